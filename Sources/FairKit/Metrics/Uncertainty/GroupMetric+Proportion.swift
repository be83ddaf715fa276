/// The rates of the metric table as proportions x / n of confusion counts, for Wilson intervals,
/// z-tests and sample sizes.
///
/// A metric is a proportion when it counts, among a set of rows (n), those with some outcome (x):
/// the TPR is TP among TP + FN. Counts (`count`, `tp`, ...) and Aequitas's share of all predicted
/// positives (a share of the whole population, not of the group) are not; they get no interval.
extension GroupMetric {
    /// The numerator x and denominator n of this metric on `counts`, or `nil` when it is not a
    /// proportion. Example: TPR on TP 2, FN 1 is (2, 3).
    public func proportion(of counts: ConfusionCounts) -> (successes: Double, trials: Double)? {
        guard let parts = Self.proportions[id] else { return nil }
        return parts(counts)
    }

    /// Whether the metric is a proportion (see `proportion(of:)`).
    public var isProportion: Bool { Self.proportions[id] != nil }

    /// By metric id: x and n from TP, FP, TN, FN (the formulas of GroupMetric+Catalog.swift).
    private static let proportions: [String: @Sendable (ConfusionCounts) -> (Double, Double)] = [
        "selection_rate": { ($0.truePositives + $0.falsePositives, $0.total) },
        "base_rate": { ($0.truePositives + $0.falseNegatives, $0.total) },
        "tpr": { ($0.truePositives, $0.truePositives + $0.falseNegatives) },
        "tnr": { ($0.trueNegatives, $0.trueNegatives + $0.falsePositives) },
        "fpr": { ($0.falsePositives, $0.falsePositives + $0.trueNegatives) },
        "fnr": { ($0.falseNegatives, $0.falseNegatives + $0.truePositives) },
        "ppv": { ($0.truePositives, $0.truePositives + $0.falsePositives) },
        "npv": { ($0.trueNegatives, $0.trueNegatives + $0.falseNegatives) },
        "fdr": { ($0.falsePositives, $0.falsePositives + $0.truePositives) },
        "for": { ($0.falseNegatives, $0.falseNegatives + $0.trueNegatives) },
        "accuracy": { ($0.truePositives + $0.trueNegatives, $0.total) },
        "error_rate": { ($0.falsePositives + $0.falseNegatives, $0.total) },
    ]
}
