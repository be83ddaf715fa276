/// A reliability diagram's points, as scikit-learn's `calibration_curve`: predicted probabilities
/// are grouped into bins, and each non-empty bin gives the mean predicted probability against the
/// observed fraction of positives (DeGroot & Fienberg, "The comparison and evaluation of
/// forecasters", The Statistician 32, 1983). A calibrated model's points lie on the diagonal.
///
/// Bins, with B bins (numpy's arithmetic reproduced, so a probability on an edge lands where
/// scikit-learn puts it):
/// - `.uniform`: edges k·(1/B) for k = 0…B, the last exactly 1 (numpy's `linspace`);
/// - `.quantile`: edges at the k/B quantiles of the probabilities (numpy's default linear
///   interpolation, unweighted as scikit-learn), so bins hold about equally many rows; tied
///   probabilities can make bins empty.
/// A probability goes to the bin whose inner edges below it are strictly smaller (numpy's
/// `searchsorted(edges[1:-1], p, side="left")`): one on an inner edge joins the lower bin.
/// Weights: each bin's mean probability and positive fraction are weighted means; scikit-learn has
/// no weights, and with unit weights the numbers are its own. Bins with no rows (or only rows of
/// weight 0) are omitted, as scikit-learn omits empty bins.
///
/// Example: p = [0.1, 0.3, 0.35, 0.8], labels [0, 1, 0, 1], 2 uniform bins (edge 0.5): bin 1 holds
/// 0.1, 0.3, 0.35 (mean 0.25, positive fraction 1/3), bin 2 holds 0.8 (mean 0.8, fraction 1).
///
/// The curve also summarises calibration in one number, the expected calibration error
/// ECE = Σ_b (W_b / W) · |fraction positive_b − mean predicted_b| (Naeini, Cooper & Hauskrecht,
/// "Obtaining well calibrated probabilities using Bayesian binning", AAAI 2015), with W_b a bin's
/// weight; in the example, ECE = (3/4)·|1/3 − 0.25| + (1/4)·|1 − 0.8| = 0.1125. Calibration by
/// group (`GroupCalibration`) compares these curves across groups.
public struct CalibrationCurve: Sendable, Equatable, Codable {
    /// How the bin edges are placed: evenly on [0, 1], or at quantiles of the probabilities.
    public enum Strategy: String, Sendable, CaseIterable, Codable {
        case uniform, quantile
    }

    /// One non-empty bin.
    public struct Bin: Sendable, Equatable, Codable {
        /// The bin's index among all `binEdges.count − 1` bins, and its edges.
        public let index: Int
        public let lower: Double
        public let upper: Double
        /// Rows in the bin, and their total weight (equal without weights).
        public let rows: Int
        public let weight: Double
        /// Weighted mean predicted probability (scikit-learn's `prob_pred`).
        public let meanPredicted: Double
        /// Weighted fraction of positive labels (scikit-learn's `prob_true`).
        public let fractionPositive: Double

        private enum CodingKeys: String, CodingKey {
            case index, lower, upper, rows, weight
            case meanPredicted = "mean_predicted", fractionPositive = "fraction_positive"
        }
    }

    /// The bins that hold any weight, in probability order.
    public let bins: [Bin]
    /// The B + 1 bin edges.
    public let binEdges: [Double]
    /// Weighted mean predicted probability over all rows of the curve.
    public let meanPredictedOverall: MetricValue
    /// Weighted fraction of positive labels over all rows of the curve.
    public let baseRate: MetricValue
    /// Σ_b (W_b / W) · |fraction positive_b − mean predicted_b|.
    public let expectedCalibrationError: MetricValue

    private enum CodingKeys: String, CodingKey {
        case bins, binEdges = "bin_edges", meanPredictedOverall = "mean_predicted", baseRate = "base_rate"
        case expectedCalibrationError = "expected_calibration_error"
    }

    /// Mean predicted probability of each non-empty bin (scikit-learn's `prob_pred`).
    public var meanPredicted: [Double] { bins.map(\.meanPredicted) }
    /// Fraction of positive labels of each non-empty bin (scikit-learn's `prob_true`).
    public var fractionPositive: [Double] { bins.map(\.fractionPositive) }
    /// Total weight of each non-empty bin.
    public var binWeights: [Double] { bins.map(\.weight) }
    /// Index of each non-empty bin.
    public var binIndices: [Int] { bins.map(\.index) }

    /// The curve of `probabilities` (P(y = 1), in [0, 1]) against `labels` with `bins` bins
    /// (at least 1) placed by `strategy`, over `rows` only when given (a group's rows; quantile
    /// edges then come from those rows' probabilities). At least one row is needed.
    public init(labels: [Int], probabilities: [Double], weights: [Double]? = nil, rows: [Int]? = nil,
                bins: Int = 5, strategy: Strategy = .uniform) throws {
        try MetricInput.validate(labels: labels, scores: probabilities, weights: weights, probabilities: true)
        guard bins >= 1 else { throw MetricError.invalidArgument("a calibration curve needs at least 1 bin, got \(bins)") }
        let rows = rows ?? Array(probabilities.indices)
        guard !rows.isEmpty else { throw MetricError.invalidArgument("a calibration curve needs at least one row") }
        let fractions = (0...bins).map { $0 == bins ? 1.0 : Double($0) * (1.0 / Double(bins)) }
        let edges: [Double]
        switch strategy {
        case .uniform: edges = fractions
        case .quantile:
            // np.percentile(p, fractions * 100) divides by 100 again before interpolating.
            edges = linearQuantiles(sorted: rows.map { probabilities[$0] }.sorted(), at: fractions.map { $0 * 100 / 100 })
        }
        let inner = Array(edges.dropFirst().dropLast())
        var sums = [Double](repeating: 0, count: bins), positives = sums, totals = sums
        var counts = [Int](repeating: 0, count: bins)
        for i in rows {
            let w = weights?[i] ?? 1
            let bin = Self.countBelow(probabilities[i], in: inner)
            sums[bin] += w * probabilities[i]
            positives[bin] += w * Double(labels[i])
            totals[bin] += w
            counts[bin] += 1
        }
        self.bins = (0..<bins).filter { totals[$0] > 0 }.map { b in
            Bin(index: b, lower: edges[b], upper: edges[b + 1], rows: counts[b], weight: totals[b],
                meanPredicted: sums[b] / totals[b], fractionPositive: positives[b] / totals[b])
        }
        binEdges = edges
        let total = totals.reduce(0, +)
        let reason = "no rows (total weight 0)"
        meanPredictedOverall = .ratio(sums.reduce(0, +), total, undefinedWhenZero: reason)
        baseRate = .ratio(positives.reduce(0, +), total, undefinedWhenZero: reason)
        expectedCalibrationError = .ratio(self.bins.reduce(0) { $0 + $1.weight * abs($1.fractionPositive - $1.meanPredicted) },
                                          total, undefinedWhenZero: reason)
    }

    /// How many of the increasing `edges` are strictly below `value` (binary search).
    private static func countBelow(_ value: Double, in edges: [Double]) -> Int {
        var low = 0, high = edges.count
        while low < high {
            let mid = (low + high) / 2
            if edges[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
