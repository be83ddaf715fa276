/// The metric table: every group classification metric FairKit knows, each defined once.
///
/// Each entry gives its formula, its source and its value on the worked example of `GroupMetric`
/// (TP 2, FN 1, TN 1, FP 1, n = 5), which a reader can check on paper. Weights enter every count
/// (see `ConfusionCounts`). Rates whose denominator is zero are undefined, with the reason.
extension GroupMetric {
    /// Selection rate, P(ŷ = 1) = (TP + FP) / n: the share of the group predicted positive.
    /// AIF360 `selection_rate`, Fairlearn `selection_rate`, Aequitas `pprev`. Example: 3/5.
    public static let selectionRate = GroupMetric(
        id: "selection_rate", displayName: "selection rate", formula: "(TP + FP) / n",
        direction: .higherIsFavorable) { c, _ in c.selectionRate }

    /// Base rate, P(y = 1) = (TP + FN) / n: the share of the group with a positive label.
    /// AIF360 `base_rate`, Aequitas `prev`. Example: 3/5.
    public static let baseRate = GroupMetric(
        id: "base_rate", displayName: "base rate", formula: "(TP + FN) / n",
        direction: .neutral) { c, _ in c.baseRate }

    /// True positive rate (recall), P(ŷ = 1 | y = 1) = TP / (TP + FN).
    /// AIF360 `true_positive_rate`, Fairlearn `true_positive_rate`, Aequitas `tpr`. Example: 2/3.
    public static let truePositiveRate = GroupMetric(
        id: "tpr", displayName: "true positive rate", formula: "TP / (TP + FN)",
        direction: .higherIsFavorable) { c, _ in c.truePositiveRate }

    /// True negative rate (specificity), P(ŷ = 0 | y = 0) = TN / (TN + FP).
    /// AIF360 `true_negative_rate`, Fairlearn `true_negative_rate`, Aequitas `tnr`. Example: 1/2.
    public static let trueNegativeRate = GroupMetric(
        id: "tnr", displayName: "true negative rate", formula: "TN / (TN + FP)",
        direction: .higherIsFavorable) { c, _ in c.trueNegativeRate }

    /// False positive rate, P(ŷ = 1 | y = 0) = FP / (FP + TN).
    /// AIF360 `false_positive_rate`, Fairlearn `false_positive_rate`, Aequitas `fpr`. Example: 1/2.
    public static let falsePositiveRate = GroupMetric(
        id: "fpr", displayName: "false positive rate", formula: "FP / (FP + TN)",
        direction: .lowerIsFavorable) { c, _ in c.falsePositiveRate }

    /// False negative rate (miss rate), P(ŷ = 0 | y = 1) = FN / (FN + TP).
    /// AIF360 `false_negative_rate`, Fairlearn `false_negative_rate`, Aequitas `fnr`. Example: 1/3.
    public static let falseNegativeRate = GroupMetric(
        id: "fnr", displayName: "false negative rate", formula: "FN / (FN + TP)",
        direction: .lowerIsFavorable) { c, _ in c.falseNegativeRate }

    /// Positive predictive value (precision), P(y = 1 | ŷ = 1) = TP / (TP + FP).
    /// AIF360 `positive_predictive_value`, scikit-learn `precision_score`, Aequitas `precision`.
    /// Example: 2/3.
    public static let positivePredictiveValue = GroupMetric(
        id: "ppv", displayName: "positive predictive value", formula: "TP / (TP + FP)",
        direction: .higherIsFavorable) { c, _ in c.positivePredictiveValue }

    /// Negative predictive value, P(y = 0 | ŷ = 0) = TN / (TN + FN).
    /// AIF360 `negative_predictive_value`, Aequitas `npv`. Example: 1/2.
    public static let negativePredictiveValue = GroupMetric(
        id: "npv", displayName: "negative predictive value", formula: "TN / (TN + FN)",
        direction: .higherIsFavorable) { c, _ in c.negativePredictiveValue }

    /// False discovery rate, P(y = 0 | ŷ = 1) = FP / (TP + FP) = 1 - PPV.
    /// AIF360 `false_discovery_rate`, Aequitas `fdr`. Example: 1/3.
    public static let falseDiscoveryRate = GroupMetric(
        id: "fdr", displayName: "false discovery rate", formula: "FP / (TP + FP)",
        direction: .lowerIsFavorable) { c, _ in c.falseDiscoveryRate }

    /// False omission rate, P(y = 1 | ŷ = 0) = FN / (TN + FN) = 1 - NPV.
    /// AIF360 `false_omission_rate`, Aequitas `for`. Example: 1/2.
    public static let falseOmissionRate = GroupMetric(
        id: "for", displayName: "false omission rate", formula: "FN / (TN + FN)",
        direction: .lowerIsFavorable) { c, _ in c.falseOmissionRate }

    /// Accuracy, P(ŷ = y) = (TP + TN) / n.
    /// AIF360 `accuracy`, scikit-learn `accuracy_score`. Example: 3/5.
    public static let accuracy = GroupMetric(
        id: "accuracy", displayName: "accuracy", formula: "(TP + TN) / n",
        direction: .higherIsFavorable) { c, _ in c.accuracy }

    /// Error rate, P(ŷ ≠ y) = (FP + FN) / n = 1 - accuracy.
    /// AIF360 `error_rate`. Example: 2/5.
    public static let errorRate = GroupMetric(
        id: "error_rate", displayName: "error rate", formula: "(FP + FN) / n",
        direction: .lowerIsFavorable) { c, _ in c.errorRate }

    /// Share of all predicted positives that fall in the group, (TP + FP) / (TP + FP over the
    /// population). Aequitas `ppr` ("predicted positive rate"), the input of its Statistical Parity.
    /// Example: the worked example's 3 predicted positives among a population's 6 give 1/2.
    public static let predictedPositiveShare = GroupMetric(
        id: "predicted_positive_share", displayName: "share of predicted positives",
        formula: "(TP + FP) / (TP + FP)_population", direction: .higherIsFavorable) { c, population in
        .ratio(c.predictedPositives, population.predictedPositives,
               undefinedWhenZero: "the population has no positive predictions")
    }

    /// Weighted number of rows, n = TP + FP + TN + FN (the row count when unweighted; Fairlearn's
    /// `count` ignores weights). Example: 5.
    public static let count = GroupMetric(
        id: "count", displayName: "count", formula: "TP + FP + TN + FN",
        direction: .neutral) { c, _ in .value(c.total) }

    /// Weighted true positives, Σ w·[y = 1, ŷ = 1]. AIF360 `num_true_positives`. Example: 2.
    public static let truePositives = GroupMetric(
        id: "tp", displayName: "true positives", formula: "TP", direction: .neutral) { c, _ in .value(c.truePositives) }

    /// Weighted false positives, Σ w·[y = 0, ŷ = 1]. AIF360 `num_false_positives`. Example: 1.
    public static let falsePositives = GroupMetric(
        id: "fp", displayName: "false positives", formula: "FP", direction: .neutral) { c, _ in .value(c.falsePositives) }

    /// Weighted true negatives, Σ w·[y = 0, ŷ = 0]. AIF360 `num_true_negatives`. Example: 1.
    public static let trueNegatives = GroupMetric(
        id: "tn", displayName: "true negatives", formula: "TN", direction: .neutral) { c, _ in .value(c.trueNegatives) }

    /// Weighted false negatives, Σ w·[y = 1, ŷ = 0]. AIF360 `num_false_negatives`. Example: 1.
    public static let falseNegatives = GroupMetric(
        id: "fn", displayName: "false negatives", formula: "FN", direction: .neutral) { c, _ in .value(c.falseNegatives) }

    /// The whole table, in the order reports list it.
    public static let all: [GroupMetric] = [
        selectionRate, baseRate, truePositiveRate, trueNegativeRate, falsePositiveRate, falseNegativeRate,
        positivePredictiveValue, negativePredictiveValue, falseDiscoveryRate, falseOmissionRate,
        accuracy, errorRate, predictedPositiveShare, count, truePositives, falsePositives,
        trueNegatives, falseNegatives,
    ]
}
