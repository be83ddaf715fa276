/// The precision-recall curve of scores against binary labels, as scikit-learn's
/// `precision_recall_curve`, and the average precision summarising it.
///
/// For each distinct score t (increasing), the classifier "predict 1 when score ≥ t" has
/// precision TP/(TP + FP) and recall TP/P (weighted). As scikit-learn returns them, the points run
/// from the lowest threshold (recall 1) to the highest, and a final point (recall 0, precision 1)
/// with no threshold closes the curve; so there is one more precision and recall than thresholds
/// (Davis & Goadrich, "The relationship between precision-recall and ROC curves", ICML 2006).
/// With `dropIntermediate` (default false, as scikit-learn), thresholds where TP stays the same on
/// both sides are dropped: they only add points of equal recall.
///
/// Example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] (scikit-learn's docstring example):
/// thresholds [0.1, 0.35, 0.4, 0.8], precision [0.5, 2/3, 0.5, 1, 1], recall [1, 1, 0.5, 0.5, 0].
public struct PrecisionRecallCurve: Sendable, Equatable {
    /// TP/(TP + FP) at each threshold, increasing thresholds, then 1.
    public let precisions: [Double]
    /// TP/P at each threshold, then 0 (decreasing).
    public let recalls: [Double]
    /// Increasing; one fewer than the precisions and recalls.
    public let thresholds: [Double]

    /// The curve; the labels must include a positive of positive weight (recall divides by P).
    public init(labels: [Int], scores: [Double], weights: [Double]? = nil, dropIntermediate: Bool = false) throws {
        try MetricInput.validate(labels: labels, scores: scores, weights: weights, probabilities: false)
        var sweep = ThresholdSweep(labels: labels, scores: scores, weights: weights)
        guard sweep.positives > 0 else { throw MetricError.invalidArgument("no precision-recall curve: \(Self.noPositives)") }
        let n = sweep.thresholds.count
        if dropIntermediate, n > 2 {
            let tps = sweep.truePositives
            sweep.keep([0] + (1..<(n - 1)).filter { tps[$0] - tps[$0 - 1] != 0 || tps[$0 + 1] - tps[$0] != 0 } + [n - 1])
        }
        let precision = zip(sweep.truePositives, sweep.falsePositives).map { tp, fp in tp + fp == 0 ? 0 : tp / (tp + fp) }
        precisions = precision.reversed() + [1]
        recalls = sweep.truePositives.map { $0 / sweep.positives }.reversed() + [0]
        thresholds = sweep.thresholds.reversed()
    }

    /// Average precision as scikit-learn's `average_precision_score`: the step-function area
    /// AP = Σ_k (R_k − R_k+1) P_k over the curve's points (no interpolation), i.e. the precision at
    /// each threshold weighted by the recall it adds (Manning, Raghavan & Schütze, Introduction to
    /// Information Retrieval, 2008, §8.4). Undefined without positive labels, where scikit-learn
    /// warns and returns a meaningless number.
    /// Example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8]: the positive at 0.8 adds recall ½
    /// at precision 1, the one at 0.35 adds ½ at precision 2/3: AP = ½ + ⅓ = 5/6.
    public static func averagePrecision(labels: [Int], scores: [Double], weights: [Double]? = nil) throws -> MetricValue {
        try MetricInput.validate(labels: labels, scores: scores, weights: weights, probabilities: false)
        guard ThresholdSweep(labels: labels, scores: scores, weights: weights).positives > 0 else {
            return .undefined(reason: noPositives)
        }
        let curve = try PrecisionRecallCurve(labels: labels, scores: scores, weights: weights)
        var sum = 0.0
        for k in 0..<(curve.recalls.count - 1) { sum -= (curve.recalls[k + 1] - curve.recalls[k]) * curve.precisions[k] }
        return .value(max(0, sum))
    }

    private static let noPositives = "no positive labels (of positive weight), so recall is undefined"
}
