/// Weighted counts of a binary classifier's outcomes, and every rate derived from them.
///
/// With labels y, predictions ŷ in {0, 1} and instance weights w (1 when not given):
/// TP = Σ w·[y=1, ŷ=1], FP = Σ w·[y=0, ŷ=1], TN = Σ w·[y=0, ŷ=0], FN = Σ w·[y=1, ŷ=0].
/// Weights enter every count, as in AIF360's `ClassificationMetric` (instance weights) and
/// scikit-learn's `confusion_matrix(sample_weight=)`.
///
/// Example (hand-checked): y = [1, 1, 0, 0, 1], ŷ = [1, 0, 0, 1, 1] gives TP 2, FN 1, TN 1, FP 1;
/// TPR = 2/3, FPR = 1/2, PPV = 2/3, accuracy = 3/5.
///
/// Every rate is a `MetricValue`: a rate whose denominator is zero (the TPR of a group with no
/// positive labels) is undefined, with the reason, never 0 and never a bare NaN.
public struct ConfusionCounts: Sendable, Hashable, Codable {
    public var truePositives: Double
    public var falsePositives: Double
    public var trueNegatives: Double
    public var falseNegatives: Double

    public init(truePositives: Double, falsePositives: Double, trueNegatives: Double, falseNegatives: Double) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.trueNegatives = trueNegatives
        self.falseNegatives = falseNegatives
    }

    /// Counts over all rows, or over `rows` only (a group). Labels and predictions must be 0 or 1,
    /// weights finite and non-negative, all of one length.
    public init(labels: [Int], predictions: [Int], weights: [Double]? = nil, rows: [Int]? = nil) throws {
        try MetricInput.validate(labels: labels, predictions: predictions, weights: weights)
        var tp = 0.0, fp = 0.0, tn = 0.0, fn = 0.0
        func add(_ i: Int) {
            let w = weights?[i] ?? 1
            switch (labels[i], predictions[i]) {
            case (1, 1): tp += w
            case (0, 1): fp += w
            case (0, 0): tn += w
            default: fn += w
            }
        }
        if let rows { rows.forEach(add) } else { (0..<labels.count).forEach(add) }
        self.init(truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn)
    }

    public static let zero = ConfusionCounts(truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0)

    public static func + (a: ConfusionCounts, b: ConfusionCounts) -> ConfusionCounts {
        ConfusionCounts(truePositives: a.truePositives + b.truePositives,
                        falsePositives: a.falsePositives + b.falsePositives,
                        trueNegatives: a.trueNegatives + b.trueNegatives,
                        falseNegatives: a.falseNegatives + b.falseNegatives)
    }

    /// Total weight: TP + FP + TN + FN.
    public var total: Double { truePositives + falsePositives + trueNegatives + falseNegatives }
    /// Weight of positive labels, P = TP + FN.
    public var positives: Double { truePositives + falseNegatives }
    /// Weight of negative labels, N = TN + FP.
    public var negatives: Double { trueNegatives + falsePositives }
    /// Weight of positive predictions, TP + FP.
    public var predictedPositives: Double { truePositives + falsePositives }
    /// Weight of negative predictions, TN + FN.
    public var predictedNegatives: Double { trueNegatives + falseNegatives }

    /// True positive rate (recall, sensitivity): TP / (TP + FN).
    public var truePositiveRate: MetricValue {
        .ratio(truePositives, positives, undefinedWhenZero: "no positive labels (TP + FN = 0)")
    }
    /// True negative rate (specificity): TN / (TN + FP).
    public var trueNegativeRate: MetricValue {
        .ratio(trueNegatives, negatives, undefinedWhenZero: "no negative labels (TN + FP = 0)")
    }
    /// False positive rate: FP / (FP + TN).
    public var falsePositiveRate: MetricValue {
        .ratio(falsePositives, negatives, undefinedWhenZero: "no negative labels (TN + FP = 0)")
    }
    /// False negative rate (miss rate): FN / (FN + TP).
    public var falseNegativeRate: MetricValue {
        .ratio(falseNegatives, positives, undefinedWhenZero: "no positive labels (TP + FN = 0)")
    }
    /// Positive predictive value (precision): TP / (TP + FP).
    public var positivePredictiveValue: MetricValue {
        .ratio(truePositives, predictedPositives, undefinedWhenZero: "no positive predictions (TP + FP = 0)")
    }
    /// Negative predictive value: TN / (TN + FN).
    public var negativePredictiveValue: MetricValue {
        .ratio(trueNegatives, predictedNegatives, undefinedWhenZero: "no negative predictions (TN + FN = 0)")
    }
    /// False discovery rate: FP / (TP + FP) = 1 - PPV.
    public var falseDiscoveryRate: MetricValue {
        .ratio(falsePositives, predictedPositives, undefinedWhenZero: "no positive predictions (TP + FP = 0)")
    }
    /// False omission rate: FN / (TN + FN) = 1 - NPV.
    public var falseOmissionRate: MetricValue {
        .ratio(falseNegatives, predictedNegatives, undefinedWhenZero: "no negative predictions (TN + FN = 0)")
    }
    /// Accuracy: (TP + TN) / total.
    public var accuracy: MetricValue {
        .ratio(truePositives + trueNegatives, total, undefinedWhenZero: "no rows (total weight 0)")
    }
    /// Error rate: (FP + FN) / total = 1 - accuracy.
    public var errorRate: MetricValue {
        .ratio(falsePositives + falseNegatives, total, undefinedWhenZero: "no rows (total weight 0)")
    }
    /// Selection rate (positive prediction rate): (TP + FP) / total.
    public var selectionRate: MetricValue {
        .ratio(predictedPositives, total, undefinedWhenZero: "no rows (total weight 0)")
    }
    /// Base rate (prevalence of the positive label): (TP + FN) / total.
    public var baseRate: MetricValue {
        .ratio(positives, total, undefinedWhenZero: "no rows (total weight 0)")
    }
}

/// Checks shared by every metric that reads labels, predictions and weights.
public enum MetricInput {
    /// Labels and predictions in {0, 1}, weights finite and >= 0, all of one length.
    public static func validate(labels: [Int], predictions: [Int]? = nil, weights: [Double]? = nil) throws {
        if let predictions, predictions.count != labels.count {
            throw MetricError.lengthMismatch(what: "predictions", expected: labels.count, got: predictions.count)
        }
        if let weights, weights.count != labels.count {
            throw MetricError.lengthMismatch(what: "weights", expected: labels.count, got: weights.count)
        }
        if let i = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw MetricError.nonBinary(what: "label", row: i, value: labels[i])
        }
        if let predictions, let i = predictions.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw MetricError.nonBinary(what: "prediction", row: i, value: predictions[i])
        }
        if let weights, let i = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw MetricError.invalidWeight(row: i, value: weights[i])
        }
    }
}

/// What can go wrong computing a metric (as opposed to a metric being undefined, which is a value).
public enum MetricError: Error, Equatable, CustomStringConvertible {
    case lengthMismatch(what: String, expected: Int, got: Int)
    case nonBinary(what: String, row: Int, value: Int)
    case invalidWeight(row: Int, value: Double)
    case invalidScore(row: Int, value: Double)
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, expected, got):
            return "\(what) has \(got) values but there are \(expected) labels; pass one per row"
        case let .nonBinary(what, row, value):
            return "\(what) at row \(row + 1) is \(value); \(what)s must be 0 or 1"
        case let .invalidWeight(row, value):
            return "weight at row \(row + 1) is \(value); weights must be finite and >= 0"
        case let .invalidScore(row, value):
            return "score at row \(row + 1) is \(value); scores must be finite numbers"
        case let .invalidArgument(text):
            return text
        }
    }
}
