// Step 1 of HR screening: how well the tool does for each group of candidates.
// Read the brief (projects/hr-screening/brief.md, "Step 1"); check with `learn project check group-performance`.

/// How the screening tool does for one group of candidates.
struct GroupPerformance: Codable, Equatable {
    /// Candidates in the group.
    var candidates: Int
    /// The share the tool classifies correctly.
    var accuracy: Double
    /// Among the group's strong candidates (label 1), the share the tool recommends (prediction 1);
    /// nil when the group has no strong candidate.
    var truePositiveRate: Double?
}

/// Each group's performance. Nil when the lists differ in length or hold a label or prediction
/// other than 0 or 1.
func groupPerformance(labels: [Int], predictions: [Int], groups: [String]) -> [String: GroupPerformance]? {
    // TODO: per group, count candidates, correct decisions, strong candidates and those recommended.
    return nil
}

/// The largest difference in accuracy between two groups (highest minus lowest); 0 for one group,
/// nil for none.
func accuracyGap(_ performance: [String: GroupPerformance]) -> Double? {
    // TODO: the highest accuracy minus the lowest.
    return nil
}
