/// The performance summaries of a confusion matrix that are not single rates, built on the rates
/// `ConfusionCounts` already defines.
extension ConfusionCounts {
    /// The matrix as scikit-learn's `confusion_matrix(labels=[0, 1])` lays it out: rows are true
    /// labels, columns predictions, [[TN, FP], [FN, TP]].
    public var matrix: [[Double]] {
        [[trueNegatives, falsePositives], [falseNegatives, truePositives]]
    }

    /// Balanced accuracy ½(TPR + TNR), the mean recall of the two classes (Brodersen et al., "The
    /// balanced accuracy and its posterior distribution", ICPR 2010; scikit-learn's
    /// `balanced_accuracy_score`). Undefined when either class has no labels: scikit-learn then
    /// warns and averages the one recall it has, which is plain recall under another name.
    /// Example: TP 2, FN 1, TN 1, FP 1 gives ½(2/3 + 1/2) = 7/12.
    public var balancedAccuracy: MetricValue {
        MetricValue.combine(truePositiveRate, trueNegativeRate) { .value(($0 + $1) / 2) }
    }

    /// The F-beta score, the weighted harmonic mean of precision and recall with recall counted β
    /// times as much (van Rijsbergen, Information Retrieval, 2nd ed., 1979, ch. 7):
    ///   F_β = (1 + β²) TP / ((1 + β²) TP + β² FN + FP).
    /// Written over counts, as scikit-learn ≥ 1.3 computes it, so F is 0 (not undefined) when
    /// TP = 0 but there are false negatives or false positives; undefined only when
    /// TP + FN + FP = 0 (no positive labels and no positive predictions).
    /// Example: TP 2, FN 1, FP 1, β = 1: 4 / (4 + 1 + 1) = 2/3; β = 2: 10 / (10 + 4 + 1) = 2/3.
    public func fScore(beta: Double) -> MetricValue {
        let b2 = beta * beta
        return .ratio((1 + b2) * truePositives, (1 + b2) * truePositives + b2 * falseNegatives + falsePositives,
                      undefinedWhenZero: "no positive labels and no positive predictions (TP + FN + FP = 0)")
    }

    /// F1 = 2 TP / (2 TP + FN + FP), the harmonic mean of precision and recall (`fScore(beta: 1)`).
    public var f1Score: MetricValue { fScore(beta: 1) }
}
