// Exercise 3 of module 4: per-group thresholds for demographic parity.
// Read the lesson section "The threshold optimizer" (`learn lesson parity-thresholds`).
// Check your work with `learn check parity-thresholds`; stuck? `learn hint parity-thresholds`.

/// One group's decision rule: predict 1 when score >= threshold; its share of rows predicted 1.
struct GroupThreshold: Codable, Equatable {
    var group: String
    var threshold: Double
    var selectionRate: Double
}

/// The chosen pair of thresholds, the rows they get right, accuracy = correct / rows, and the
/// selection-rate gap |rate of the first group − rate of the second|.
struct ThresholdChoice: Codable, Equatable {
    var thresholds: [GroupThreshold]
    var correct: Int
    var accuracy: Double
    var gap: Double
}

/// The per-group thresholds that maximise accuracy subject to demographic parity within a tolerance,
/// for scores in [0, 1] and exactly two groups. Each group's candidate thresholds are its own distinct
/// scores plus 2.0, which selects nobody. Among all pairs whose selection-rate gap is at most
/// `tolerance`, choose the most correct rows; on a tie, the smaller gap; on a further tie, the lower
/// threshold of the first group (groups sorted by name), then of the second. `thresholds` lists the two
/// groups sorted by name. `nil` when the lists differ in length, the tolerance is negative, or there
/// are not exactly two groups (an empty group leaves nothing to compare).
func parityThresholds(scores: [Double], labels: [Int], groups: [String], tolerance: Double) -> ThresholdChoice? {
    // TODO: list each group's candidate thresholds with their selection rate and correct rows, then try
    // every pair, keep those within the tolerance, and return the best by the rules above.
    return nil
}
