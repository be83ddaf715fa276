/// Named performance metrics of hard predictions, as one table: each is a function of the weighted
/// `ConfusionCounts`, so a MetricFrame or a report can compute any of them per group from counts it
/// gathered once, and look them up by the ids used in JSON and on the command line.
///
/// The rates themselves (TPR, FPR, PPV, selection rate...) live on `ConfusionCounts`; this table
/// names the ones a performance report shows, under scikit-learn's names, and adds the summaries
/// that are not single rates (balanced accuracy, F-scores).
public struct PerformanceMetric: Sendable {
    /// Stable identifier (snake case, as scikit-learn's scorer names).
    public let id: String
    /// Display name.
    public let name: String
    /// The scikit-learn function computing the same number (with `sample_weight=`).
    public let scikitLearnName: String
    /// The metric over weighted counts.
    public let compute: @Sendable (ConfusionCounts) -> MetricValue

    /// A metric for the table; `compute` maps counts to the value.
    public init(id: String, name: String, scikitLearnName: String,
                compute: @escaping @Sendable (ConfusionCounts) -> MetricValue) {
        self.id = id
        self.name = name
        self.scikitLearnName = scikitLearnName
        self.compute = compute
    }

    /// The metric on labels and predictions (0 or 1) with optional weights.
    public func evaluate(labels: [Int], predictions: [Int], weights: [Double]? = nil) throws -> MetricValue {
        compute(try ConfusionCounts(labels: labels, predictions: predictions, weights: weights))
    }

    /// (TP + TN) / total.
    public static let accuracy = PerformanceMetric(id: "accuracy", name: "Accuracy",
                                                   scikitLearnName: "accuracy_score", compute: \.accuracy)
    /// ½(TPR + TNR).
    public static let balancedAccuracy = PerformanceMetric(id: "balanced_accuracy", name: "Balanced accuracy",
                                                           scikitLearnName: "balanced_accuracy_score", compute: \.balancedAccuracy)
    /// TP / (TP + FP).
    public static let precision = PerformanceMetric(id: "precision", name: "Precision",
                                                    scikitLearnName: "precision_score", compute: \.positivePredictiveValue)
    /// TP / (TP + FN).
    public static let recall = PerformanceMetric(id: "recall", name: "Recall",
                                                 scikitLearnName: "recall_score", compute: \.truePositiveRate)
    /// TN / (TN + FP).
    public static let specificity = PerformanceMetric(id: "specificity", name: "Specificity",
                                                      scikitLearnName: "recall_score(pos_label=0)", compute: \.trueNegativeRate)
    /// 2 TP / (2 TP + FN + FP).
    public static let f1 = PerformanceMetric(id: "f1", name: "F1 score", scikitLearnName: "f1_score", compute: \.f1Score)

    /// F_β (id "fbeta_<β>", e.g. "fbeta_2" and "fbeta_0.5").
    public static func fBeta(_ beta: Double) -> PerformanceMetric {
        PerformanceMetric(id: "fbeta_\(formatNumber(beta))", name: "F\(formatNumber(beta)) score",
                          scikitLearnName: "fbeta_score(beta=\(formatNumber(beta)))") { $0.fScore(beta: beta) }
    }

    /// Every fixed metric of the table, in report order.
    public static let all: [PerformanceMetric] = [accuracy, balancedAccuracy, precision, recall, specificity, f1]

    /// The metric with identifier `id` (an "fbeta_<β>" id builds its F-beta), or `nil`.
    public static func named(_ id: String) -> PerformanceMetric? {
        if let metric = all.first(where: { $0.id == id }) { return metric }
        if id.hasPrefix("fbeta_"), let beta = Double(id.dropFirst("fbeta_".count)), beta > 0, beta.isFinite {
            return fBeta(beta)
        }
        return nil
    }
}
