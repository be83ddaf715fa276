// Exercise 1 of module 4: Kamiran and Calders' reweighing.
// Read the lesson section "Reweighing" (`learn lesson reweighing`).
// Check your work with `learn check reweighing`; stuck? `learn hint reweighing`.

/// One cell of the reweighing table: the rows of one group with one label, how many there are, and
/// the weight each of them gets.
struct CellWeight: Codable, Equatable {
    var group: String
    var label: Int
    var count: Int
    var weight: Double
}

/// Kamiran and Calders' (2012) reweighing table: for every (group s, label y) cell that has rows,
/// W(s, y) = P(s) · P(y) / P(s, y), the weight that makes group and label independent in the weighted
/// data (AIF360's `Reweighing`). Cells are sorted by group, then by label; a cell without rows is left
/// out (no row needs its weight). `nil` when the lists differ in length or are empty.
func reweighingTable(labels: [Int], groups: [String]) -> [CellWeight]? {
    guard labels.count == groups.count, !labels.isEmpty else { return nil }
    let n = Double(labels.count)
    var table: [CellWeight] = []
    for group in Set(groups).sorted() {
        let inGroup = labels.indices.filter { groups[$0] == group }
        for label in Set(labels).sorted() {
            let count = inGroup.filter { labels[$0] == label }.count
            guard count > 0 else { continue }
            let pGroup = Double(inGroup.count) / n
            let pLabel = Double(labels.filter { $0 == label }.count) / n
            table.append(CellWeight(group: group, label: label, count: count, weight: pGroup * pLabel / (Double(count) / n)))
        }
    }
    return table
}

/// Each row's weight, W(its group, its label), in row order; `nil` for the input `reweighingTable`
/// refuses.
func reweighingWeights(labels: [Int], groups: [String]) -> [Double]? {
    guard let table = reweighingTable(labels: labels, groups: groups) else { return nil }
    // Exactly one cell matches each row, so the sum is that cell's weight.
    return zip(labels, groups).map { label, group in
        table.filter { $0.group == group && $0.label == label }.map(\.weight).reduce(0, +)
    }
}
