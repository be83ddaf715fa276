// Exercise 4 of module 1: one number hides a group.
// Read the lesson section "One number hides a group" (`learn lesson group-gap`).
// Check your work with `learn check group-gap`; stuck? `learn hint group-gap`.

/// Accuracy within each group: for every distinct name `g` in `groups`, the share of the rows with
/// `groups[i] == g` whose prediction equals their label. Each group is divided by its own row
/// count, not by the total. Only groups that occur are keys; empty lists give `[:]`.
/// Returns `nil` when the three lists differ in length.
func accuracyByGroup(labels: [Int], predictions: [Int], groups: [String]) -> [String: Double]? {
    // TODO: count, for each group, its rows and its correct rows; then divide one by the other.
    return [:]
}

/// The accuracy gap: the best group's accuracy minus the worst group's, max − min, so never
/// negative and independent of the order the groups come in. One group has a gap of 0;
/// no groups at all have no gap, `nil`.
func accuracyGap(_ accuracies: [String: Double]) -> Double? {
    // TODO: return the largest accuracy minus the smallest, or nil when there are none.
    return nil
}
