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
    // TODO: count the group's rows and how many of them are predicted 1, then divide.
    return nil
}

/// The disparity between `unprivileged` and `privileged` (rows of other groups are ignored). Nil
/// when either group has no rows or the lists differ in length.
func groupDisparity(predictions: [Int], groups: [String], privileged: String, unprivileged: String) -> GroupDisparity? {
    // TODO: both groups' selection rates, then their ratio (unprivileged over privileged) and difference.
    return nil
}
