// Exercise 3 of module 3: calibration within groups.
// Read the lesson section "Predictive parity and calibration within groups" (`learn lesson calibration-table`).
// Check your work with `learn check calibration-table`; stuck? `learn hint calibration-table`.

/// The calibration table: for each group, and each score that occurs in that group, the share of
/// the group's rows with that score whose label is 1 (the observed outcome rate at that score).
/// A score is calibrated within groups when the rate at each score is the same for every group.
/// Returns `nil` when the lists differ in length or a label is not 0 or 1; empty lists give `[:]`.
func calibrationTable(scores: [Int], labels: [Int], groups: [String]) -> [String: [Int: Double]]? {
    // TODO: count rows and positive labels per (group, score), then divide.
    return nil
}

/// The result of `largestCalibrationGap`: a struct, not a tuple, so that graders can run your code
/// in a separate process (only Codable values travel between the two).
struct CalibrationGap: Codable, Equatable {
    var score: Int
    var gap: Double
}

/// Where two groups' calibration differs most: over the scores both groups hold, the score with the
/// largest absolute difference |rate_a(s) − rate_b(s)| and that difference. On a tie the lowest
/// score is named. `nil` when either group is absent or they share no score.
func largestCalibrationGap(_ table: [String: [Int: Double]], between a: String, and b: String) -> CalibrationGap? {
    // TODO: compare the two groups' rates score by score and keep the largest absolute difference.
    return nil
}
