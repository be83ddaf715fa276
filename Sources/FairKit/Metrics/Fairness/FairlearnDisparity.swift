/// Fairlearn's named disparity metrics (fairlearn 0.15 `fairlearn.metrics`), from one table of
/// (name, metrics compared): `demographic_parity_difference` is the demographic-parity entry's
/// `difference`, `equalized_odds_ratio` the equalized-odds entry's `ratio`, and so on.
///
/// With several metrics (equalized odds: TPR and FPR) each metric's disparity is taken across the
/// groups (`GroupValues.difference` / `.ratio` with the chosen `DisparityMethod`), then the
/// disparities are aggregated: the worst case (largest difference, smallest ratio; Fairlearn's
/// default) or their mean (Fairlearn 0.11+'s `agg="mean"`).
///
/// Example (Fairlearn's documentation data, groups a, b, c of 4, 6 and 8 rows): selection rates
/// 3/4, 1/2, 1/2 give demographic parity difference 1/4 and ratio 2/3; TPRs 1/2, 3/5, 2/5 and FPRs
/// 1, 0, 2/3 give equalized odds difference max(1/5, 1) = 1 and ratio min(2/3, 0) = 0.
public struct FairlearnDisparity: Sendable, Identifiable {
    /// How the per-metric disparities of a multi-metric entry combine.
    public enum Aggregation: String, Sendable, CaseIterable {
        /// The largest difference, the smallest ratio.
        case worstCase = "worst_case"
        /// The mean of the differences, or of the ratios.
        case mean
    }

    /// The fairness criterion, e.g. "equalized_odds"; the functions are "<id>_difference" and
    /// "<id>_ratio".
    public let id: String
    /// The group metrics whose parity the criterion asks for.
    public let metrics: [GroupMetric]

    /// Demographic parity: equal selection rates, E[ŷ | A = a] (Agarwal et al. 2018).
    public static let demographicParity = FairlearnDisparity(id: "demographic_parity", metrics: [.selectionRate])
    /// Equalized odds: equal TPR and FPR, P(ŷ = 1 | A = a, Y = y) for y in {0, 1} (Hardt et al. 2016).
    public static let equalizedOdds = FairlearnDisparity(id: "equalized_odds", metrics: [.truePositiveRate, .falsePositiveRate])
    /// Equal opportunity: equal TPR, P(ŷ = 1 | A = a, Y = 1) (Hardt et al. 2016).
    public static let equalOpportunity = FairlearnDisparity(id: "equal_opportunity", metrics: [.truePositiveRate])

    /// The table.
    public static let all: [FairlearnDisparity] = [demographicParity, equalizedOdds, equalOpportunity]

    /// The criterion with id `id`, or an error naming the ones there are.
    public static func named(_ id: String) throws -> FairlearnDisparity {
        all[try lookUpIndex(id, in: all, kind: "Fairlearn disparity")]
    }

    /// The "<id>_difference" of the counts: 0 is parity.
    public func difference(in counts: GroupedCounts, method: DisparityMethod = .betweenGroups,
                           aggregation: Aggregation = .worstCase) -> MetricValue {
        aggregate(metrics.map { counts.values(of: $0).difference(method: method) }, aggregation, worst: max)
    }

    /// The "<id>_ratio" of the counts: 1 is parity.
    public func ratio(in counts: GroupedCounts, method: DisparityMethod = .betweenGroups,
                      aggregation: Aggregation = .worstCase) -> MetricValue {
        aggregate(metrics.map { counts.values(of: $0).ratio(method: method) }, aggregation, worst: min)
    }

    /// The worst-case between-groups difference from group values already computed, by metric.
    func difference(_ values: (GroupMetric) -> GroupValues) -> MetricValue {
        aggregate(metrics.map { values($0).difference() }, .worstCase, worst: max)
    }

    /// The worst-case between-groups ratio from group values already computed, by metric.
    func ratio(_ values: (GroupMetric) -> GroupValues) -> MetricValue {
        aggregate(metrics.map { values($0).ratio() }, .worstCase, worst: min)
    }

    /// Combines per-metric disparities; the first undefined one makes the result undefined.
    private func aggregate(_ parts: [MetricValue], _ aggregation: Aggregation,
                           worst: (Double, Double) -> Double) -> MetricValue {
        if let undefined = parts.first(where: { !$0.isDefined }) { return undefined }
        let numbers = parts.compactMap(\.number)
        switch aggregation {
        case .worstCase: return .value(numbers.dropFirst().reduce(numbers[0], worst))
        case .mean: return .value(numbers.reduce(0, +) / Double(numbers.count))
        }
    }
}
