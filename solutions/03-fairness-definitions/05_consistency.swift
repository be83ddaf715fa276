// Exercise 5 of module 3: individual fairness, similar people treated alike.
// Read the lesson section "Individual fairness: consistency" (`learn lesson consistency`).
// Check your work with `learn check consistency`; stuck? `learn hint consistency`.

/// Consistency (Zemel et al. 2013, as AIF360 computes it): 1 − (1/n) Σᵢ |ŷᵢ − mean of ŷ over the k
/// rows nearest to row i|. Distance is Euclidean over the features; a row is its own nearest
/// neighbour (distance 0), and ties in distance go to the lower row index. 1 means every row is
/// predicted like its neighbourhood. `nil` when there are no rows, the lists differ in length,
/// rows differ in width, or k is not between 1 and the number of rows.
func consistency(features: [[Double]], predictions: [Int], neighbours k: Int) -> Double? {
    let n = features.count
    guard n > 0, predictions.count == n, k >= 1, k <= n,
          features.allSatisfy({ $0.count == features[0].count }) else { return nil }
    var totalDeviation = 0.0
    for i in 0..<n {
        let nearest = (0..<n).sorted { a, b in
            let da = squaredDistance(features[i], features[a]), db = squaredDistance(features[i], features[b])
            return da != db ? da < db : a < b
        }.prefix(k)
        let neighbourhood = Double(nearest.reduce(0) { $0 + predictions[$1] }) / Double(k)
        totalDeviation += abs(Double(predictions[i]) - neighbourhood)
    }
    return 1 - totalDeviation / Double(n)
}

/// Σ (x − y)², which orders rows as the Euclidean distance does.
private func squaredDistance(_ x: [Double], _ y: [Double]) -> Double {
    zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
}
