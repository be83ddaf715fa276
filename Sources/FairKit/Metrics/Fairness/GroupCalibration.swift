/// Calibration of scores within each group: the calibration curve (reliability diagram), the mean
/// score against the base rate, and the expected calibration error.
///
/// A score is calibrated within groups when, in every group, the people given score s turn out
/// positive a share s of the time (Kleinberg, Mullainathan & Raghavan 2017; Pleiss et al. 2017).
/// Scores in [0, 1] fall in B equal-width bins as in scikit-learn's
/// `calibration_curve(strategy="uniform")`: bin b holds edge_b < s <= edge_{b+1} (the first bin also
/// holds 0), with edges j · (1/B) as numpy.linspace computes them. Per bin, with weights w:
///
///     mean score  = Σ w s / Σ w          observed rate = Σ w y / Σ w
///     ECE         = Σ_b (W_b / W) · |observed rate_b - mean score_b|
///
/// (expected calibration error, Naeini, Cooper & Hauskrecht 2015; Guo et al. 2017). Bins without
/// weight are left out, as scikit-learn leaves out empty bins; unweighted, the curves are
/// scikit-learn's.
///
/// Example: scores [0.1, 0.3, 0.35, 0.8, 0.9], labels [0, 0, 1, 1, 1], 2 bins: bin 1 has mean
/// score 0.25 and observed rate 1/3, bin 2 mean score 0.85 and observed rate 1; ECE =
/// (3/5)(1/12) + (2/5)(0.15) = 0.11; mean score 0.49 against base rate 3/5.
public struct CalibrationCurve: Sendable, Codable {
    /// One bin of the curve.
    public struct Bin: Sendable, Equatable, Codable {
        /// The bin's score range, (lower, upper].
        public let lower: Double
        public let upper: Double
        /// Rows and their total weight in the bin.
        public let rows: Int
        public let weight: Double
        public let meanScore: Double
        public let observedRate: Double

        private enum CodingKeys: String, CodingKey {
            case lower, upper, rows, weight, meanScore = "mean_score", observedRate = "observed_rate"
        }
    }

    /// The bins that hold any weight, in score order.
    public let bins: [Bin]
    /// Mean score and base rate over all rows of the curve.
    public let meanScore: MetricValue
    public let baseRate: MetricValue
    public let expectedCalibrationError: MetricValue

    private enum CodingKeys: String, CodingKey {
        case bins, meanScore = "mean_score", baseRate = "base_rate", expectedCalibrationError = "expected_calibration_error"
    }

    /// The curve of `rows` (all rows when `nil`) with `binCount` bins. Inputs must be validated.
    init(labels: [Int], scores: [Double], weights: [Double]?, rows: [Int]?, binCount: Int) {
        let step = 1 / Double(binCount)
        func edge(_ j: Int) -> Double { j == binCount ? 1 : Double(j) * step }
        var count = [Int](repeating: 0, count: binCount)
        var weight = [Double](repeating: 0, count: binCount)
        var scoreSum = [Double](repeating: 0, count: binCount)
        var positives = [Double](repeating: 0, count: binCount)
        for i in rows ?? Array(labels.indices) {
            let s = scores[i]
            // The number of inner edges strictly below s (numpy.searchsorted, side "left").
            var b = min(Int(s * Double(binCount)), binCount - 1)
            while b > 0 && edge(b) >= s { b -= 1 }
            while b < binCount - 1 && edge(b + 1) < s { b += 1 }
            let w = weights?[i] ?? 1
            count[b] += 1
            weight[b] += w
            scoreSum[b] += w * s
            positives[b] += w * Double(labels[i])
        }
        bins = (0..<binCount).filter { weight[$0] > 0 }.map { b in
            Bin(lower: edge(b), upper: edge(b + 1), rows: count[b], weight: weight[b],
                meanScore: scoreSum[b] / weight[b], observedRate: positives[b] / weight[b])
        }
        let total = weight.reduce(0, +)
        let reason = "no rows (total weight 0)"
        meanScore = .ratio(scoreSum.reduce(0, +), total, undefinedWhenZero: reason)
        baseRate = .ratio(positives.reduce(0, +), total, undefinedWhenZero: reason)
        expectedCalibrationError = .ratio(bins.reduce(0) { $0 + $1.weight * abs($1.observedRate - $1.meanScore) },
                                          total, undefinedWhenZero: reason)
    }
}

/// Calibration curves of every group of a `GroupIndex`, and overall.
public struct GroupCalibration: Sendable, Codable {
    public let binCount: Int
    /// Group names and their curves, in group order.
    public let groups: [String]
    public let curves: [CalibrationCurve]
    public let overall: CalibrationCurve

    private enum CodingKeys: String, CodingKey {
        case binCount = "bin_count", groups, curves, overall
    }

    /// Curves with `bins` equal-width bins (scikit-learn's default is 5; 10 is common in fairness
    /// audits). Scores must lie in [0, 1], labels be 0 or 1, weights finite and >= 0.
    public init(labels: [Int], scores: [Double], weights: [Double]? = nil, groups: GroupIndex, bins: Int = 10) throws {
        try MetricInput.validate(labels: labels, weights: weights)
        try MetricInput.validate(scores: scores, labelCount: labels.count, probabilities: true)
        try groups.requireRows(labels.count)
        guard bins >= 1 else { throw MetricError.invalidArgument("a calibration curve needs at least 1 bin; got \(bins)") }
        binCount = bins
        self.groups = groups.names
        curves = groups.rowsByGroup().map {
            CalibrationCurve(labels: labels, scores: scores, weights: weights, rows: $0, binCount: bins)
        }
        overall = CalibrationCurve(labels: labels, scores: scores, weights: weights, rows: nil, binCount: bins)
    }

    /// The expected calibration error of each group and overall, to compare across groups
    /// (e.g. `.difference()`: the gap between the best- and worst-calibrated group).
    public var expectedCalibrationErrors: GroupValues {
        GroupValues(metricID: "expected_calibration_error", displayName: "expected calibration error",
                    groups: groups, values: curves.map(\.expectedCalibrationError),
                    overall: overall.expectedCalibrationError)
    }
}
