/// Checks for metrics that read continuous scores or probabilities instead of predictions.
extension MetricInput {
    /// Labels in {0, 1}, one finite score per label, weights finite and >= 0; with
    /// `probabilities`, every score must also lie in [0, 1] (as scikit-learn's log_loss,
    /// brier_score_loss and calibration_curve require).
    public static func validate(labels: [Int], scores: [Double], weights: [Double]?, probabilities: Bool) throws {
        try validate(labels: labels, weights: weights)
        guard scores.count == labels.count else {
            throw MetricError.lengthMismatch(what: probabilities ? "probabilities" : "scores",
                                             expected: labels.count, got: scores.count)
        }
        if let i = scores.firstIndex(where: { !$0.isFinite }) {
            throw MetricError.invalidScore(row: i, value: scores[i])
        }
        if probabilities, let i = scores.firstIndex(where: { $0 < 0 || $0 > 1 }) {
            throw MetricError.invalidArgument(
                "probability at row \(i + 1) is \(scores[i]); probabilities must lie in [0, 1] (pass P(y = 1), not a raw score)")
        }
    }
}
