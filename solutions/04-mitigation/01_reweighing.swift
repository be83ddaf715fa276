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
    var cellCounts: [String: [Int: Int]] = [:]
    var groupCounts: [String: Int] = [:], labelCounts: [Int: Int] = [:]
    for (label, group) in zip(labels, groups) {
        cellCounts[group, default: [:]][label, default: 0] += 1
        groupCounts[group, default: 0] += 1
        labelCounts[label, default: 0] += 1
    }
    var table: [CellWeight] = []
    for group in groupCounts.keys.sorted() {
        for (label, count) in (cellCounts[group] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let pGroup = Double(groupCounts[group] ?? 0) / n
            let pLabel = Double(labelCounts[label] ?? 0) / n
            table.append(CellWeight(group: group, label: label, count: count, weight: pGroup * pLabel / (Double(count) / n)))
        }
    }
    return table
}

/// Each row's weight, W(its group, its label), in row order; `nil` for the input `reweighingTable`
/// refuses.
func reweighingWeights(labels: [Int], groups: [String]) -> [Double]? {
    guard let table = reweighingTable(labels: labels, groups: groups) else { return nil }
    var weight: [String: [Int: Double]] = [:]
    for cell in table { weight[cell.group, default: [:]][cell.label] = cell.weight }
    return zip(labels, groups).map { label, group in weight[group]?[label] ?? 0 }
}
