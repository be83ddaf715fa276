/// Named metrics of scores or probabilities (not hard predictions), as one table beside
/// `PerformanceMetric`, so a MetricFrame or a report can compute them per group by id.
public struct ScoreMetric: Sendable {
    /// Stable identifier (scikit-learn's scorer name).
    public let id: String
    /// Display name.
    public let name: String
    /// The scikit-learn function computing the same number.
    public let scikitLearnName: String
    /// Whether a larger value is better (AUC) or worse (a loss).
    public let higherIsBetter: Bool
    /// The metric on labels, scores (probabilities for the losses) and optional weights.
    public let evaluate: @Sendable (_ labels: [Int], _ scores: [Double], _ weights: [Double]?) throws -> MetricValue

    /// A metric for the table.
    public init(id: String, name: String, scikitLearnName: String, higherIsBetter: Bool,
                evaluate: @escaping @Sendable ([Int], [Double], [Double]?) throws -> MetricValue) {
        self.id = id
        self.name = name
        self.scikitLearnName = scikitLearnName
        self.higherIsBetter = higherIsBetter
        self.evaluate = evaluate
    }

    /// Area under the ROC curve (`ROCCurve.areaUnderCurve`).
    public static let rocAUC = ScoreMetric(id: "roc_auc", name: "ROC AUC", scikitLearnName: "roc_auc_score",
                                           higherIsBetter: true) { try ROCCurve.areaUnderCurve(labels: $0, scores: $1, weights: $2) }
    /// Average precision (`PrecisionRecallCurve.averagePrecision`).
    public static let averagePrecision = ScoreMetric(
        id: "average_precision", name: "Average precision", scikitLearnName: "average_precision_score",
        higherIsBetter: true) { try PrecisionRecallCurve.averagePrecision(labels: $0, scores: $1, weights: $2) }
    /// Log loss (`ScoringRule.logLoss`).
    public static let logLoss = ScoreMetric(id: "log_loss", name: "Log loss", scikitLearnName: "log_loss",
                                            higherIsBetter: false) { try ScoringRule.logLoss(labels: $0, probabilities: $1, weights: $2) }
    /// Brier score (`ScoringRule.brierScore`).
    public static let brierScore = ScoreMetric(id: "brier_score", name: "Brier score", scikitLearnName: "brier_score_loss",
                                               higherIsBetter: false) { try ScoringRule.brierScore(labels: $0, probabilities: $1, weights: $2) }

    /// Every metric of the table, in report order.
    public static let all: [ScoreMetric] = [rocAUC, averagePrecision, logLoss, brierScore]

    /// The metric with identifier `id`, or `nil`.
    public static func named(_ id: String) -> ScoreMetric? { all.first { $0.id == id } }
}
