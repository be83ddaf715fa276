import Foundation

/// Inequality of benefits across individuals: the generalized entropy family, after Speicher et
/// al. 2018, "A Unified Approach to Quantifying Algorithmic Unfairness: Measuring Individual &
/// Group Unfairness via Inequality Indices" (KDD), as AIF360's `ClassificationMetric` computes it.
///
/// With benefits b_i >= 0, weights w_i (1 when not given), W = Σ w_i and mean μ = Σ w_i b_i / W:
///
///     GE(α) = 1 / (W α (α - 1)) · Σ w_i [(b_i / μ)^α - 1]     α ≠ 0, 1
///     GE(1) = 1 / W · Σ w_i (b_i / μ) ln(b_i / μ)              Theil index (0 · ln 0 = 0)
///     GE(0) = -1 / W · Σ w_i ln(b_i / μ)                       mean log deviation
///
/// 0 is perfect equality. AIF360 ignores instance weights here; with unit weights the values are
/// AIF360's. One difference: AIF360 0.6.1's code divides the α = 0 case by μ once more than its own
/// documented formula (and the paper) say; FairKit follows the formula (the two agree when μ = 1).
///
/// Example (AIF360's test vector): y = [1,0,0,1,0,0,1,0,1,1], ŷ = [1,0,0,0,1,1,1,0,1,0] give
/// b = [1,1,1,0,2,2,1,1,1,0], μ = 1, GE(2) = (Σ b² / n - 1) / 2 = (14/10 - 1) / 2 = 0.2 and
/// Theil = (1/10)(2 · 2 ln 2) = 4 ln 2 / 10.
public enum InequalityIndex {
    /// AIF360's benefit of a prediction, b_i = ŷ_i - y_i + 1: 2 for a false positive (an unearned
    /// favorable outcome), 0 for a false negative, 1 when the prediction is right.
    public static func benefits(labels: [Int], predictions: [Int]) throws -> [Double] {
        try MetricInput.validate(labels: labels, predictions: predictions)
        return zip(labels, predictions).map { Double($1 - $0 + 1) }
    }

    /// GE(α) of `benefits` (see the type's documentation). Undefined when the total weight or the
    /// mean benefit is 0, and for α <= 0 when some individual's benefit is 0 (its logarithm or
    /// negative power is infinite).
    public static func generalizedEntropy(_ benefits: [Double], weights: [Double]? = nil, alpha: Double) throws -> MetricValue {
        guard alpha.isFinite else { throw MetricError.invalidArgument("α is \(alpha); the generalized entropy index needs a finite α") }
        if let i = benefits.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw MetricError.invalidArgument("benefit at row \(i + 1) is \(benefits[i]); benefits must be finite and >= 0")
        }
        if let weights {
            try MetricInput.validate(labels: [Int](repeating: 0, count: benefits.count), weights: weights)
        }
        func w(_ i: Int) -> Double { weights?[i] ?? 1 }
        let moments = WeightedMoments(benefits, weights: weights)
        let total = moments.weight
        guard let mean = moments.mean else { return .undefined(reason: "there are no individuals (total weight 0)") }
        guard mean > 0 else { return .undefined(reason: "the mean benefit is 0, so no benefit can be compared with it") }
        if alpha <= 0, let i = benefits.indices.first(where: { benefits[$0] == 0 && w($0) > 0 }) {
            return .undefined(reason: "row \(i + 1) has benefit 0 and GE(\(formatNumber(alpha))) takes the logarithm or a negative power of every benefit")
        }
        let sum = benefits.indices.reduce(0.0) { sum, i in
            let r = benefits[i] / mean
            let term: Double
            switch alpha {
            case 0: term = log(r)
            case 1: term = r == 0 ? 0 : r * log(r)
            default: term = pow(r, alpha) - 1
            }
            return sum + w(i) * term
        }
        switch alpha {
        case 0: return .value(-sum / total)
        case 1: return .value(sum / total)
        default: return .value(sum / (total * alpha * (alpha - 1)))
        }
    }

    /// Theil index, GE(1). Example: 4 ln 2 / 10 on the type's example.
    public static func theil(_ benefits: [Double], weights: [Double]? = nil) throws -> MetricValue {
        try generalizedEntropy(benefits, weights: weights, alpha: 1)
    }

    /// Coefficient of variation of the benefits, σ / μ = √(2 GE(2)), as AIF360 0.6.1 computes it
    /// (`np.sqrt(2 * generalized_entropy_index(alpha=2))`). Example: √(2 · 0.2) = √0.4.
    public static func coefficientOfVariation(_ benefits: [Double], weights: [Double]? = nil) throws -> MetricValue {
        try generalizedEntropy(benefits, weights: weights, alpha: 2).map { (2 * $0).squareRoot() }
    }
}
