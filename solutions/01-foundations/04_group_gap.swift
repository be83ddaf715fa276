// Exercise 4 of module 1: one number hides a group.
// Read the lesson section "One number hides a group" (`learn lesson group-gap`).
// Check your work with `learn check group-gap`; stuck? `learn hint group-gap`.

/// Accuracy within each group: for every distinct name `g` in `groups`, the share of the rows with
/// `groups[i] == g` whose prediction equals their label. Each group is divided by its own row
/// count, not by the total. Only groups that occur are keys; empty lists give `[:]`.
/// Returns `nil` when the three lists differ in length.
func accuracyByGroup(labels: [Int], predictions: [Int], groups: [String]) -> [String: Double]? {
    guard labels.count == groups.count, predictions.count == groups.count else { return nil }
    var rows: [String: Int] = [:]
    var correct: [String: Int] = [:]
    for i in groups.indices {
        rows[groups[i], default: 0] += 1
        if labels[i] == predictions[i] { correct[groups[i], default: 0] += 1 }
    }
    return rows.reduce(into: [:]) { result, entry in
        result[entry.key] = Double(correct[entry.key, default: 0]) / Double(entry.value)
    }
}

/// The accuracy gap: the best group's accuracy minus the worst group's, max − min, so never
/// negative and independent of the order the groups come in. One group has a gap of 0;
/// no groups at all have no gap, `nil`.
func accuracyGap(_ accuracies: [String: Double]) -> Double? {
    guard let best = accuracies.values.max(), let worst = accuracies.values.min() else { return nil }
    return best - worst
}
