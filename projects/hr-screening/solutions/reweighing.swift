// Step 2 of HR screening: reweighing (Kamiran & Calders 2012, AIF360's Reweighing).
// Read the brief (projects/hr-screening/brief.md, "Step 2"); check with `learn project check reweighing`.

/// One weight per candidate so that, weighted, group and label are independent:
/// W(g, y) = P(g) · P(y) / P(g, y) = (n_g · n_y) / (n · n_gy), with n_g the candidates of group g,
/// n_y those with label y and n_gy those with both. Nil when the lists differ in length, are
/// empty, or hold a label other than 0 or 1.
func reweighingWeights(groups: [String], labels: [Int]) -> [Double]? {
    guard groups.count == labels.count, !labels.isEmpty, labels.allSatisfy({ $0 == 0 || $0 == 1 }) else { return nil }
    // Each group gets an index, so the counts are plain arrays: no dictionary default can hide a
    // miscount.
    var index: [String: Int] = [:]
    let g = groups.map { name in
        if let i = index[name] { return i }
        index[name] = index.count
        return index.count - 1
    }
    var nG = [Int](repeating: 0, count: index.count), nY = [0, 0]
    var nGY = [[Int]](repeating: [0, 0], count: index.count)
    for (i, y) in zip(g, labels) {
        nG[i] += 1
        nY[y] += 1
        nGY[i][y] += 1
    }
    let n = Double(labels.count)
    return zip(g, labels).map { i, y in Double(nG[i] * nY[y]) / (n * Double(nGY[i][y])) }
}
