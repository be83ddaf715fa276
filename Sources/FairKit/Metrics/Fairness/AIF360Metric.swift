/// AIF360's named group fairness metrics (`ClassificationMetric`, aif360 0.6.1), each derived from
/// the metric table through `PrivilegedComparison`; u is the unprivileged group, p the privileged.
///
/// Worked example for every entry: privileged TP 3, FP 1, TN 3, FN 1 (selection rate 1/2, TPR 3/4,
/// FPR 1/4, FNR 1/4, PPV 3/4, FDR 1/4, FOR 1/4, error rate 1/4) and unprivileged TP 1, FP 1, TN 4,
/// FN 2 (selection rate 1/4, TPR 1/3, FPR 1/5, FNR 2/3, PPV 1/2, FDR 1/2, FOR 1/3, error rate 3/8).
/// Each entry's value on it is given as "Example".
public struct AIF360Metric: Sendable, Identifiable {
    /// AIF360's method name, e.g. "average_odds_difference".
    public let id: String
    /// The formula in symbols.
    public let formula: String
    private let evaluate: @Sendable (PrivilegedComparison) -> MetricValue

    init(_ id: String, _ formula: String, _ evaluate: @escaping @Sendable (PrivilegedComparison) -> MetricValue) {
        self.id = id
        self.formula = formula
        self.evaluate = evaluate
    }

    /// The metric on a comparison.
    public func value(on comparison: PrivilegedComparison) -> MetricValue { evaluate(comparison) }

    /// The metric with AIF360 name `id`, or an error naming the ones there are.
    public static func named(_ id: String) throws -> AIF360Metric {
        all[try lookUpIndex(id, in: all, kind: "AIF360 metric")]
    }

    /// Statistical parity difference, SR_u - SR_p (selection rates; on labels, AIF360's dataset
    /// metric uses base rates -- see `DatasetFairness`). Example: 1/4 - 1/2 = -1/4.
    public static let statisticalParityDifference = AIF360Metric(
        "statistical_parity_difference", "SR_u - SR_p") { $0.difference(.selectionRate) }

    /// Disparate impact, SR_u / SR_p; the "four-fifths rule" asks for at least 0.8.
    /// Example: (1/4) / (1/2) = 1/2.
    public static let disparateImpact = AIF360Metric(
        "disparate_impact", "SR_u / SR_p") { $0.ratio(.selectionRate) }

    /// Equal opportunity difference, TPR_u - TPR_p (Hardt, Price & Srebro 2016).
    /// Example: 1/3 - 3/4 = -5/12.
    public static let equalOpportunityDifference = AIF360Metric(
        "equal_opportunity_difference", "TPR_u - TPR_p") { $0.difference(.truePositiveRate) }

    /// Average odds difference, ½[(FPR_u - FPR_p) + (TPR_u - TPR_p)].
    /// Example: ½[(1/5 - 1/4) + (1/3 - 3/4)] = ½(-1/20 - 5/12) = -7/30.
    public static let averageOddsDifference = AIF360Metric(
        "average_odds_difference", "½[(FPR_u - FPR_p) + (TPR_u - TPR_p)]") {
        .combine($0.difference(.falsePositiveRate), $0.difference(.truePositiveRate)) { .value(($0 + $1) / 2) }
    }

    /// Average absolute odds difference, ½[|FPR_u - FPR_p| + |TPR_u - TPR_p|].
    /// Example: ½(1/20 + 5/12) = 7/30.
    public static let averageAbsOddsDifference = AIF360Metric(
        "average_abs_odds_difference", "½[|FPR_u - FPR_p| + |TPR_u - TPR_p|]") {
        .combine($0.difference(.falsePositiveRate), $0.difference(.truePositiveRate)) { .value((abs($0) + abs($1)) / 2) }
    }

    /// Equalized odds difference, max(|FPR_u - FPR_p|, |TPR_u - TPR_p|). Example: max(1/20, 5/12) = 5/12.
    public static let equalizedOddsDifference = AIF360Metric(
        "equalized_odds_difference", "max(|FPR_u - FPR_p|, |TPR_u - TPR_p|)") {
        .combine($0.difference(.falsePositiveRate), $0.difference(.truePositiveRate)) { .value(max(abs($0), abs($1))) }
    }

    /// Average predictive value difference, ½[(PPV_u - PPV_p) + (FOR_u - FOR_p)], as AIF360's code
    /// defines it (with FOR, not NPV). Example: ½[(1/2 - 3/4) + (1/3 - 1/4)] = -1/12.
    public static let averagePredictiveValueDifference = AIF360Metric(
        "average_predictive_value_difference", "½[(PPV_u - PPV_p) + (FOR_u - FOR_p)]") {
        .combine($0.difference(.positivePredictiveValue), $0.difference(.falseOmissionRate)) { .value(($0 + $1) / 2) }
    }

    /// AIF360's plain differences and ratios of one rate, "<rate>_difference" = rate_u - rate_p and
    /// "<rate>_ratio" = rate_u / rate_p, for the error rate, FPR, FNR, FOR and FDR.
    /// Examples: error_rate_difference 3/8 - 1/4 = 1/8, error_rate_ratio (3/8) / (1/4) = 3/2,
    /// false_negative_rate_difference 2/3 - 1/4 = 5/12, false_discovery_rate_ratio (1/2) / (1/4) = 2.
    public static let rateComparisons: [AIF360Metric] = [
        ("error_rate", "ERR", GroupMetric.errorRate), ("false_positive_rate", "FPR", .falsePositiveRate),
        ("false_negative_rate", "FNR", .falseNegativeRate), ("false_omission_rate", "FOR", .falseOmissionRate),
        ("false_discovery_rate", "FDR", .falseDiscoveryRate),
    ].flatMap { name, symbol, metric in [
        AIF360Metric("\(name)_difference", "\(symbol)_u - \(symbol)_p") { $0.difference(metric) },
        AIF360Metric("\(name)_ratio", "\(symbol)_u / \(symbol)_p") { $0.ratio(metric) },
    ] }

    /// Every AIF360 metric FairKit reproduces.
    public static let all: [AIF360Metric] = [
        statisticalParityDifference, disparateImpact, equalOpportunityDifference, averageOddsDifference,
        averageAbsOddsDifference, equalizedOddsDifference, averagePredictiveValueDifference,
    ] + rateComparisons
}
