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
public struct CalibrationCurve: Sendable, Equatable {
    /// How the bin edges are placed: evenly on [0, 1], or at quantiles of the probabilities.
    public enum Strategy: String, Sendable, CaseIterable, Codable {
        case uniform, quantile
    }

    /// Weighted mean predicted probability of each non-empty bin (scikit-learn's `prob_pred`).
    public let meanPredicted: [Double]
    /// Weighted fraction of positive labels of each non-empty bin (scikit-learn's `prob_true`).
    public let fractionPositive: [Double]
    /// Total weight of each non-empty bin (its row count without weights): what an expected
    /// calibration error weighs the bins by.
    public let binWeights: [Double]
    /// Index (0-based, of `binEdges.count − 1` bins) of each non-empty bin.
    public let binIndices: [Int]
    /// The B + 1 bin edges.
    public let binEdges: [Double]

    /// The curve of `probabilities` (P(y = 1), in [0, 1]) against `labels` with `bins` bins
    /// (at least 1) placed by `strategy`; at least one row is needed.
    public init(labels: [Int], probabilities: [Double], weights: [Double]? = nil,
                bins: Int = 5, strategy: Strategy = .uniform) throws {
        try MetricInput.validate(labels: labels, scores: probabilities, weights: weights, probabilities: true)
        guard bins >= 1 else { throw MetricError.invalidArgument("a calibration curve needs at least 1 bin, got \(bins)") }
        guard !probabilities.isEmpty else { throw MetricError.invalidArgument("a calibration curve needs at least one row") }
        let fractions = (0...bins).map { $0 == bins ? 1.0 : Double($0) * (1.0 / Double(bins)) }
        let edges: [Double]
        switch strategy {
        case .uniform: edges = fractions
        case .quantile:
            // np.percentile(p, fractions * 100) divides by 100 again before interpolating.
            edges = Self.linearQuantiles(sorted: probabilities.sorted(), at: fractions.map { $0 * 100 / 100 })
        }
        let inner = Array(edges.dropFirst().dropLast())
        var sums = [Double](repeating: 0, count: bins), positives = sums, totals = sums
        for i in probabilities.indices {
            let w = weights?[i] ?? 1
            let bin = Self.countBelow(probabilities[i], in: inner)
            sums[bin] += w * probabilities[i]
            positives[bin] += w * Double(labels[i])
            totals[bin] += w
        }
        let kept = (0..<bins).filter { totals[$0] > 0 }
        meanPredicted = kept.map { sums[$0] / totals[$0] }
        fractionPositive = kept.map { positives[$0] / totals[$0] }
        binWeights = kept.map { totals[$0] }
        binIndices = kept
        binEdges = edges
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

    /// numpy's default ("linear", Hyndman & Fan type 7) quantiles of sorted data: position
    /// h = (n − 1)·q, result = lerp(x[⌊h⌋], x[⌊h⌋ + 1], h − ⌊h⌋) with numpy's two-sided lerp
    /// (a + (b − a)t for t < ½, b − (b − a)(1 − t) otherwise), the last value when h ≥ n − 1.
    static func linearQuantiles(sorted x: [Double], at qs: [Double]) -> [Double] {
        let n = x.count
        return qs.map { q in
            let h = Double(n - 1) * q
            guard h < Double(n - 1) else { return x[n - 1] }
            let below = h.rounded(.down)
            let (a, b) = (x[Int(below)], x[Int(below) + 1])
            let t = h - below
            return t < 0.5 ? a + (b - a) * t : b - (b - a) * (1 - t)
        }
    }
}
