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
    // TODO: count rows per group, per label and per (group, label) cell; then one CellWeight per non-empty cell.
    return []
}

/// Each row's weight, W(its group, its label), in row order; `nil` for the input `reweighingTable`
/// refuses.
func reweighingWeights(labels: [Int], groups: [String]) -> [Double]? {
    // TODO: look each row's cell up in the table.
    return []
}
