import Foundation

/// Proper scoring rules for predicted probabilities p_i = P(y_i = 1): losses that are smallest in
/// expectation when p is the true probability (Gneiting & Raftery, "Strictly proper scoring rules,
/// prediction, and estimation", JASA 102, 2007). Both are weighted means over rows; both are
/// undefined when the total weight is 0.
public enum ScoringRule {
    /// Log loss (cross-entropy), as scikit-learn's `log_loss`:
    ///   L = −Σ_i w_i [y_i log p_i + (1 − y_i) log(1 − p_i)] / Σ_i w_i,
    /// with p_i and 1 − p_i each clipped to [ε, 1 − ε], ε = 2.220446e-16 (double machine
    /// epsilon), as scikit-learn ≥ 1.5 does (it clipped at 1e-15 before), so a confident wrong
    /// prediction costs −log ε ≈ 36.04 instead of infinity.
    /// Example: labels [1, 0], p [0.8, 0.4]: −(log 0.8 + log 0.6)/2 = 0.366985.
    public static func logLoss(labels: [Int], probabilities: [Double], weights: [Double]? = nil) throws -> MetricValue {
        try MetricInput.validate(labels: labels, scores: probabilities, weights: weights, probabilities: true)
        let eps = Double.ulpOfOne
        return weightedMean(labels.indices.map { i in
            let p = labels[i] == 1 ? probabilities[i] : 1 - probabilities[i]
            return -log(min(max(p, eps), 1 - eps))
        }, weights)
    }

    /// Brier score, as scikit-learn's `brier_score_loss` for binary labels:
    ///   B = Σ_i w_i (y_i − p_i)² / Σ_i w_i  (Brier, Monthly Weather Review 78, 1950).
    /// Example: labels [1, 0], p [0.8, 0.4]: (0.04 + 0.16)/2 = 0.1.
    public static func brierScore(labels: [Int], probabilities: [Double], weights: [Double]? = nil) throws -> MetricValue {
        try MetricInput.validate(labels: labels, scores: probabilities, weights: weights, probabilities: true)
        return weightedMean(labels.indices.map { i in
            let d = Double(labels[i]) - probabilities[i]
            return d * d
        }, weights)
    }

    private static func weightedMean(_ losses: [Double], _ weights: [Double]?) -> MetricValue {
        let w = weights ?? [Double](repeating: 1, count: losses.count)
        return .ratio(zip(losses, w).reduce(0) { $0 + $1.0 * $1.1 }, w.reduce(0, +),
                      undefinedWhenZero: "no rows (total weight 0)")
    }
}
