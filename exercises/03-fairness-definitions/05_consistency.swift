// Exercise 5 of module 3: individual fairness, similar people treated alike.
// Read the lesson section "Individual fairness: consistency" (`learn lesson consistency`).
// Check your work with `learn check consistency`; stuck? `learn hint consistency`.

/// Consistency (Zemel et al. 2013, as AIF360 computes it): 1 − (1/n) Σᵢ |ŷᵢ − mean of ŷ over the k
/// rows nearest to row i|. Distance is Euclidean over the features; a row is its own nearest
/// neighbour (distance 0), and ties in distance go to the lower row index. 1 means every row is
/// predicted like its neighbourhood. `nil` when there are no rows, the lists differ in length,
/// rows differ in width, or k is not between 1 and the number of rows.
func consistency(features: [[Double]], predictions: [Int], neighbours k: Int) -> Double? {
    // TODO: for each row, find its k nearest rows, average their predictions, and sum the deviations.
    return 0
}
