/// Weighted confusion counts of every group of a `GroupIndex`, tallied in one pass over the rows,
/// and the overall counts: their sum, plus the rows in no group (missing values `.excluded`), which
/// count only overall, as rows in neither group do in `PrivilegedComparison`.
///
/// Every group metric then costs one evaluation per group: this is what makes the group metrics,
/// Fairlearn's disparities and Aequitas's audit fast on large tables.
public struct GroupedCounts: Sendable {
    /// The groups counted over.
    public let groups: GroupIndex
    /// Counts per group, in group order.
    public let counts: [ConfusionCounts]
    /// Counts over all rows, those in no group included.
    public let overall: ConfusionCounts

    /// Counts per group. Labels and predictions must be 0 or 1, weights finite and >= 0, all of the
    /// groups' length.
    public init(labels: [Int], predictions: [Int], weights: [Double]? = nil, groups: GroupIndex) throws {
        try MetricInput.validate(labels: labels, predictions: predictions, weights: weights)
        try groups.requireRows(labels.count, allowingExcludedRows: true)
        self.groups = groups
        let tally = ConfusionCounts.tally(labels: labels, predictions: predictions, weights: weights,
                                          codes: groups.codes, cells: groups.count)
        self.counts = tally.counts
        self.overall = tally.counts.reduce(tally.outside, +)
    }

    /// Counts already tallied (the audit's bootstrap resamples).
    init(groups: GroupIndex, counts: [ConfusionCounts], overall: ConfusionCounts) {
        self.groups = groups
        self.counts = counts
        self.overall = overall
    }

    /// `metric` in every group (each group as a part of the whole, for share metrics) and overall.
    public func values(of metric: GroupMetric) -> GroupValues {
        GroupValues(metricID: metric.id, displayName: metric.displayName, groups: groups.names,
                    values: counts.map { metric.value(of: $0, in: overall) },
                    overall: metric.value(of: overall))
    }
}

extension ConfusionCounts {
    /// Counts per cell code in one pass, and the counts of the rows in no cell (a negative code).
    /// Inputs must already be validated; `codes` are in `0..<cells` or negative.
    static func tally(labels: [Int], predictions: [Int], weights: [Double]?,
                      codes: [Int32], cells: Int) -> (counts: [ConfusionCounts], outside: ConfusionCounts) {
        // Four accumulators per cell, indexed 2·y + ŷ: TN, FP, FN, TP; cell `cells` is "no cell".
        var sums = [Double](repeating: 0, count: 4 * (cells + 1))
        labels.withUnsafeBufferPointer { y in
            predictions.withUnsafeBufferPointer { p in
                codes.withUnsafeBufferPointer { c in
                    for i in 0..<y.count {
                        let cell = c[i] < 0 ? cells : Int(c[i])
                        sums[4 * cell + 2 * y[i] + p[i]] += weights?[i] ?? 1
                    }
                }
            }
        }
        let counts = (0...cells).map { cell in
            ConfusionCounts(truePositives: sums[4 * cell + 3], falsePositives: sums[4 * cell + 1],
                            trueNegatives: sums[4 * cell], falseNegatives: sums[4 * cell + 2])
        }
        return (Array(counts.prefix(cells)), counts[cells])
    }
}
