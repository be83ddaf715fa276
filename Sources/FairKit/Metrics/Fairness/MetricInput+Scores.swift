extension MetricInput {
    /// Scores, one per label: finite numbers, and within [0, 1] when they must be `probabilities`.
    static func validate(scores: [Double], labelCount: Int, probabilities: Bool = false) throws {
        if scores.count != labelCount {
            throw MetricError.lengthMismatch(what: "scores", expected: labelCount, got: scores.count)
        }
        if let i = scores.firstIndex(where: { !$0.isFinite }) {
            throw MetricError.invalidScore(row: i, value: scores[i])
        }
        if probabilities, let i = scores.firstIndex(where: { $0 < 0 || $0 > 1 }) {
            throw MetricError.invalidArgument("score at row \(i + 1) is \(scores[i]); scores must be probabilities in [0, 1]")
        }
    }
}
