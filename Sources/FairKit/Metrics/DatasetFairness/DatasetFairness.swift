/// Group fairness of a dataset's labels alone, before any model: AIF360's
/// `BinaryLabelDatasetMetric` (base rates, statistical parity difference, disparate impact) and
/// `aif360.sklearn.metrics.class_imbalance`, with AIF360's privileged/unprivileged convention
/// (see `PrivilegedComparison`). Weights enter every count.
///
/// Example: privileged labels [1, 1, 0, 0] and unprivileged labels [1, 0, 0, 0, 0, 0] give base
/// rates 1/2 and 1/6; statistical parity difference 1/6 - 1/2 = -1/3; disparate impact
/// (1/6) / (1/2) = 1/3; class imbalance (6 - 4) / (6 + 4) = 1/5.
public struct DatasetFairness: Sendable {
    /// The label counts of each side. The labels stand in for predictions too, so only the base
    /// rate, selection rate (equal to it) and counts of these are meaningful.
    public let comparison: PrivilegedComparison

    /// Label statistics for `privileged` and `unprivileged` (everyone else when `nil`).
    public init(labels: [Int], weights: [Double]? = nil, features: [SensitiveFeature],
                privileged: ProtectedGroup, unprivileged: ProtectedGroup? = nil) throws {
        comparison = try PrivilegedComparison(labels: labels, predictions: labels, weights: weights, features: features,
                                              privileged: privileged, unprivileged: unprivileged)
    }

    /// Base rate P(y = 1) over one side (AIF360 `base_rate(privileged=)`; `.overall` is the
    /// dataset-level base rate, `base_rate()`).
    public func baseRate(_ side: PrivilegedComparison.Side) -> MetricValue {
        comparison.value(.baseRate, for: side)
    }

    /// Statistical parity difference of the labels, BR_u - BR_p (AIF360
    /// `BinaryLabelDatasetMetric.statistical_parity_difference`).
    public var statisticalParityDifference: MetricValue { comparison.difference(.baseRate) }

    /// Disparate impact of the labels, BR_u / BR_p (AIF360 `BinaryLabelDatasetMetric.disparate_impact`).
    public var disparateImpact: MetricValue { comparison.ratio(.baseRate) }

    /// Class imbalance, (n_u - n_p) / (n_u + n_p) with weighted group sizes n: how much larger the
    /// unprivileged group is, from -1 to 1 (aif360.sklearn.metrics.class_imbalance, which divides
    /// by the whole dataset's size; the two agree when the groups cover every row).
    public var classImbalance: MetricValue {
        let nu = comparison.unprivileged.total, np = comparison.privileged.total
        return .ratio(nu - np, nu + np, undefinedWhenZero: "neither group has any rows")
    }

    /// The base rate of each group of `groups` and overall: a dataset's label bias across every
    /// group, not only two. `Table.labelBaseRates`, the data-bias report's view with counts and
    /// unlabelled rows, computes its rates with the same `GroupedCounts`.
    public static func baseRates(labels: [Int], weights: [Double]? = nil, groups: GroupIndex) throws -> GroupValues {
        try GroupedCounts(labels: labels, predictions: labels, weights: weights, groups: groups).values(of: .baseRate)
    }
}
