import FairKit

/// Recomputes a numeric quiz answer the way its `recompute` says: the value of an arithmetic
/// `expression` (`QuizArithmetic`), or a `metric` of `labels` and `predictions` counted by FairKit's
/// `ConfusionCounts` (over `rows` only, when given), so a number quoted from a lesson's table is
/// the toolkit's number.
///
/// Example: labels [1, 0, 1, 1], predictions [1, 1, 0, 1], metric "precision": TP = 2, FP = 1,
/// precision = 2 / 3.
public enum QuizRecomputation {
    /// The metrics a recompute may name, and how each comes out of the counts.
    static let metrics: [String: @Sendable (ConfusionCounts) -> MetricValue] = [
        "accuracy": { $0.accuracy },
        "precision": { $0.positivePredictiveValue },
        "recall": { $0.truePositiveRate },
        "true_positive_rate": { $0.truePositiveRate },
        "false_positive_rate": { $0.falsePositiveRate },
        "false_negative_rate": { $0.falseNegativeRate },
        "selection_rate": { $0.selectionRate },
        "base_rate": { $0.baseRate },
        "f1": { $0.f1Score },
    ]

    public static func value(of recompute: QuizRecompute) -> Result<Double, QuizAnswerError> {
        if let expression = recompute.expression {
            guard let value = QuizArithmetic.evaluate(expression) else {
                return .failure(QuizAnswerError(description: "expression '\(expression)' is not arithmetic of numbers, "
                    + "+ - * / and parentheses (or divides by zero)"))
            }
            return .success(value)
        }
        guard let name = recompute.metric, let metric = metrics[name] else {
            return .failure(QuizAnswerError(description: "needs an \"expression\", or a \"metric\" (one of "
                + metrics.keys.sorted().joined(separator: ", ") + ") with \"labels\" and \"predictions\""))
        }
        guard let labels = recompute.labels, let predictions = recompute.predictions else {
            return .failure(QuizAnswerError(description: "metric '\(name)' needs \"labels\" and \"predictions\" (lists of 0 and 1)"))
        }
        do {
            let counts = try ConfusionCounts(labels: labels, predictions: predictions, rows: recompute.rows)
            guard let value = metric(counts).number else {
                return .failure(QuizAnswerError(description: "metric '\(name)' is undefined for these rows: \(metric(counts))"))
            }
            return .success(value)
        } catch {
            return .failure(QuizAnswerError(description: "labels and predictions cannot be counted: \(error)"))
        }
    }
}
