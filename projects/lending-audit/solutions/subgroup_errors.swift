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
    guard labels.count == predictions.count, labels.count == groups.count else { return nil }
    var counts: [String: (tp: Int, fp: Int, tn: Int, fn: Int)] = [:]
    for i in labels.indices {
        let y = labels[i], p = predictions[i]
        guard (y == 0 || y == 1) && (p == 0 || p == 1) else { return nil }
        var c = counts[groups[i]] ?? (0, 0, 0, 0)
        switch (y, p) {
        case (1, 1): c.tp += 1
        case (0, 1): c.fp += 1
        case (0, 0): c.tn += 1
        default: c.fn += 1
        }
        counts[groups[i]] = c
    }
    return counts.mapValues { c in
        let rows = c.tp + c.fp + c.tn + c.fn
        return ErrorRates(rows: rows,
                          falsePositiveRate: c.fp + c.tn == 0 ? nil : Double(c.fp) / Double(c.fp + c.tn),
                          falseNegativeRate: c.fn + c.tp == 0 ? nil : Double(c.fn) / Double(c.fn + c.tp),
                          errorRate: Double(c.fp + c.fn) / Double(rows))
    }
}

/// The subgroup of each row under two attributes at once, named "<first> & <second>"
/// ("female & age <= 25"). Nil when the lists differ in length.
func intersectionGroups(_ first: [String], _ second: [String]) -> [String]? {
    guard first.count == second.count else { return nil }
    return zip(first, second).map { "\($0) & \($1)" }
}
