// Step 3 of the COMPAS case study: calibration by race.
// Read the brief (projects/compas-case-study/brief.md, "Step 3"); check with `learn project check calibration`.

/// Defendants of one group with one score, and the share who re-offended.
struct ScoreCell: Codable, Equatable {
    var score: Int
    var rows: Int
    var reoffended: Int
    /// reoffended / rows.
    var rate: Double
}

/// For each group, a cell per score the group holds, lowest score first. Nil when the lists differ
/// in length or a label is not 0 or 1.
func reoffendingByScore(scores: [Int], labels: [Int], groups: [String]) -> [String: [ScoreCell]]? {
    // TODO: count rows and re-offences per group and score.
    return nil
}

/// How far apart two groups' calibration is: the mean of |rate_a(s) − rate_b(s)| over the scores
/// both hold. Nil when they share no score.
func meanCalibrationGap(_ a: [ScoreCell], _ b: [ScoreCell]) -> Double? {
    // TODO: average |rate_a - rate_b| over the shared scores.
    return nil
}
