// Exercise 5 of module 1: a per-group audit table.
// Read the lesson section "A per-group audit table" (`learn lesson audit-table`).
// Check your work with `learn check audit-table`; stuck? `learn hint audit-table`.

import FairKit

/// One line of the audit table: what happened to one group.
struct GroupAudit: Equatable {
    /// The group's name.
    var group: String
    /// How many rows belong to the group.
    var rowCount: Int
    /// Base rate: the share of the group's rows with label 1, (TP + FN) / rows.
    var baseRate: Double
    /// Selection rate: the share of the group's rows with prediction 1, (TP + FP) / rows.
    var selectionRate: Double
    /// True positive rate: of the group's rows with label 1, the share predicted 1, TP / (TP + FN);
    /// `nil` when the group has no row with label 1.
    var truePositiveRate: Double?
}

/// One `GroupAudit` per distinct name in `groups`, sorted by group name. Returns `nil` when the
/// three lists differ in length or a label or prediction is not 0 or 1; empty lists give `[]`.
func auditTable(labels: [Int], predictions: [Int], groups: [String]) -> [GroupAudit]? {
    // TODO: collect each group's rows, count its outcomes (FairKit's ConfusionCounts can), fill a GroupAudit.
    return []
}

/// Demographic parity difference: the largest selection rate minus the smallest, over the
/// groups of the table; `nil` for an empty table.
func selectionRateGap(_ table: [GroupAudit]) -> Double? {
    // TODO: largest selection rate minus smallest.
    return nil
}

/// Equal opportunity difference: the largest true positive rate minus the smallest; `nil` for an
/// empty table, and `nil` when any group's true positive rate is undefined (a gap that skipped
/// that group, or counted its rate as 0, would be a number about groups you did not compare).
func truePositiveRateGap(_ table: [GroupAudit]) -> Double? {
    // TODO: largest true positive rate minus smallest, or nil if any is undefined.
    return nil
}
