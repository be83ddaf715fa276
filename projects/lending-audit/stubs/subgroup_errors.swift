// Step 2 of the lending audit: error rates by subgroup, and subgroups of two attributes at once.
// Read the brief (projects/lending-audit/brief.md, "Step 2"); check with `learn project check subgroup-errors`.

/// One group's errors. Label 1 is a good credit risk and prediction 1 an approval, so a false
/// positive approves a bad risk and a false negative turns a good risk away.
struct ErrorRates: Codable, Equatable {
    /// The group's rows.
    var rows: Int
    /// FP / (FP + TN): the share of the group's bad risks who were approved; nil without bad risks.
    var falsePositiveRate: Double?
    /// FN / (FN + TP): the share of the group's good risks who were turned away; nil without good risks.
    var falseNegativeRate: Double?
    /// (FP + FN) / rows: the share of the group's rows decided wrongly.
    var errorRate: Double
}

/// Error rates for every group in `groups`. Nil when the lists differ in length or a label or a
/// prediction is not 0 or 1.
func errorRates(labels: [Int], predictions: [Int], groups: [String]) -> [String: ErrorRates]? {
    // TODO: count true and false positives and negatives per group, then turn them into rates.
    return nil
}

/// The subgroup of each row under two attributes at once, named "<first> & <second>"
/// ("female & age <= 25"). Nil when the lists differ in length.
func intersectionGroups(_ first: [String], _ second: [String]) -> [String]? {
    // TODO: join each row's two values with " & ".
    return nil
}
