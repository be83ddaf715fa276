/// The receiver operating characteristic curve of scores against binary labels, as scikit-learn's
/// `roc_curve`, and the area under it.
///
/// Each point is the classifier "predict 1 when score ≥ t": its false positive rate
/// FPR(t) = FP(t)/N and true positive rate TPR(t) = TP(t)/P, weighted (Fawcett, "An introduction to
/// ROC analysis", Pattern Recognition Letters 27, 2006, Algorithm 2). Thresholds are the distinct
/// scores in decreasing order, preceded by +∞ (the point (0, 0): nothing predicted positive), as
/// scikit-learn ≥ 1.3 does. With `dropIntermediate`, points collinear with both neighbours (second
/// differences of FP and TP both zero) are dropped, which leaves the curve and its area unchanged.
///
/// Example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] (scikit-learn's docstring example):
/// thresholds [∞, 0.8, 0.4, 0.35, 0.1], FPR [0, 0, 0.5, 0.5, 1], TPR [0, 0.5, 0.5, 1, 1], area 0.75.
public struct ROCCurve: Sendable, Equatable {
    /// FP(t)/N at each threshold (increasing from 0 to 1).
    public let falsePositiveRates: [Double]
    /// TP(t)/P at each threshold (increasing from 0 to 1).
    public let truePositiveRates: [Double]
    /// Decreasing; the first is +∞.
    public let thresholds: [Double]

    /// The curve of `scores` (any finite numbers: probabilities or decision values) against
    /// `labels`. Both classes must carry positive weight, since each rate divides by one class's
    /// total; use `areaUnderCurve` for a value that is undefined instead.
    public init(labels: [Int], scores: [Double], weights: [Double]? = nil, dropIntermediate: Bool = true) throws {
        try MetricInput.validate(labels: labels, scores: scores, weights: weights, probabilities: false)
        var sweep = ThresholdSweep(labels: labels, scores: scores, weights: weights)
        if let reason = Self.undefinedReason(sweep) { throw MetricError.invalidArgument("no ROC curve: \(reason)") }
        let n = sweep.thresholds.count
        if dropIntermediate, n > 2 {
            // numpy's diff(x, 2)[i − 1] = (x[i+1] − x[i]) − (x[i] − x[i−1]), compared exactly with 0.
            func bends(_ x: [Double], _ i: Int) -> Bool { (x[i + 1] - x[i]) - (x[i] - x[i - 1]) != 0 }
            sweep.keep([0] + (1..<(n - 1)).filter { bends(sweep.falsePositives, $0) || bends(sweep.truePositives, $0) } + [n - 1])
        }
        falsePositiveRates = [0] + sweep.falsePositives.map { $0 / sweep.negatives }
        truePositiveRates = [0] + sweep.truePositives.map { $0 / sweep.positives }
        thresholds = [.infinity] + sweep.thresholds
    }

    /// The area under the curve by the trapezoidal rule, Σ_k (FPR_k+1 − FPR_k)(TPR_k+1 + TPR_k)/2
    /// (scikit-learn's `auc`). It equals the probability that a random positive row scores above a
    /// random negative one, ties counting ½ (Hanley & McNeil, Radiology 143, 1982), weights applied
    /// to both draws.
    public var area: Double {
        var sum = 0.0
        for k in 0..<(falsePositiveRates.count - 1) {
            sum += (falsePositiveRates[k + 1] - falsePositiveRates[k]) * (truePositiveRates[k + 1] + truePositiveRates[k]) / 2
        }
        return sum
    }

    /// ROC AUC as scikit-learn's `roc_auc_score` (binary): undefined when a class has no labels of
    /// positive weight, where scikit-learn raises "Only one class present in y_true".
    /// Example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8]: of the 4 (positive, negative)
    /// pairs, 3 are ordered correctly (0.35 < 0.4 is not), so AUC = 3/4.
    public static func areaUnderCurve(labels: [Int], scores: [Double], weights: [Double]? = nil) throws -> MetricValue {
        try MetricInput.validate(labels: labels, scores: scores, weights: weights, probabilities: false)
        if let reason = undefinedReason(ThresholdSweep(labels: labels, scores: scores, weights: weights)) {
            return .undefined(reason: reason)
        }
        return .value(try ROCCurve(labels: labels, scores: scores, weights: weights).area)
    }

    private static func undefinedReason(_ sweep: ThresholdSweep) -> String? {
        if sweep.positives == 0 { return "no positive labels (of positive weight), so the true positive rate is undefined" }
        if sweep.negatives == 0 { return "no negative labels (of positive weight), so the false positive rate is undefined" }
        return nil
    }
}
