// Step 1 of the lending audit: selection rates, disparate impact and statistical parity difference.
// Read the brief (projects/lending-audit/brief.md, "Step 1"); check with `learn project check selection-rates`.

/// How two groups fare under a set of decisions: each group's selection rate (the share of its
/// rows predicted 1, the favourable decision), their ratio (disparate impact) and their
/// difference (statistical parity difference), unprivileged against privileged.
struct GroupDisparity: Codable, Equatable {
    var unprivilegedRate: Double
    var privilegedRate: Double
    /// unprivilegedRate / privilegedRate; nil when the privileged rate is 0 (no ratio exists).
    var disparateImpact: Double?
    /// unprivilegedRate − privilegedRate (negative: the unprivileged group is selected less).
    var statisticalParityDifference: Double
}

/// The share of `group`'s rows whose prediction is 1. Nil when the lists differ in length or no
/// row belongs to `group`.
func selectionRate(predictions: [Int], groups: [String], group: String) -> Double? {
    guard predictions.count == groups.count else { return nil }
    var rows = 0, selected = 0
    for (prediction, member) in zip(predictions, groups) where member == group {
        rows += 1
        if prediction == 1 { selected += 1 }
    }
    return rows == 0 ? nil : Double(selected) / Double(rows)
}

/// The disparity between `unprivileged` and `privileged` (rows of other groups are ignored). Nil
/// when either group has no rows or the lists differ in length.
func groupDisparity(predictions: [Int], groups: [String], privileged: String, unprivileged: String) -> GroupDisparity? {
    guard let p = selectionRate(predictions: predictions, groups: groups, group: privileged),
          let u = selectionRate(predictions: predictions, groups: groups, group: unprivileged) else { return nil }
    return GroupDisparity(unprivilegedRate: u, privilegedRate: p, disparateImpact: p == 0 ? nil : u / p,
                          statisticalParityDifference: u - p)
}
