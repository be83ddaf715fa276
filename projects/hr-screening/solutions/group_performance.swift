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
    guard labels.count == predictions.count, labels.count == groups.count else { return nil }
    var rows: [String: (n: Int, correct: Int, positives: Int, found: Int)] = [:]
    for i in labels.indices {
        guard [0, 1].contains(labels[i]), [0, 1].contains(predictions[i]) else { return nil }
        var r = rows[groups[i]] ?? (0, 0, 0, 0)
        r.n += 1
        if labels[i] == predictions[i] { r.correct += 1 }
        if labels[i] == 1 { r.positives += 1; if predictions[i] == 1 { r.found += 1 } }
        rows[groups[i]] = r
    }
    return rows.mapValues { r in
        GroupPerformance(candidates: r.n, accuracy: Double(r.correct) / Double(r.n),
                         truePositiveRate: r.positives == 0 ? nil : Double(r.found) / Double(r.positives))
    }
}

/// The largest difference in accuracy between two groups (highest minus lowest); 0 for one group,
/// nil for none.
func accuracyGap(_ performance: [String: GroupPerformance]) -> Double? {
    let values = performance.values.map(\.accuracy)
    guard let low = values.min(), let high = values.max() else { return nil }
    return high - low
}
