import Foundation

/// The impurity a `DecisionTree` minimises when it splits, over the weighted class counts of a
/// node: c₀ (class 0) and c₁ (class 1), total w = c₀ + c₁, fractions p_k = c_k / w.
public enum SplitCriterion: String, Sendable, CaseIterable, Codable {
    /// Gini impurity 1 − Σ_k p_k² (Breiman, Friedman, Olshen & Stone, Classification and
    /// Regression Trees, 1984, §4.3). Example: counts (3, 1) give 1 − (9 + 1)/16 = 0.375.
    case gini
    /// Shannon entropy −Σ_k p_k log₂ p_k, in bits as scikit-learn computes it (Quinlan, C4.5,
    /// 1993). Example: counts (1, 1) give 1 bit; counts (3, 1) give 0.811278.
    case entropy

    /// The impurity of a node with class weights `c0` and `c1` (0 for an empty node).
    @inlinable
    public func impurity(_ c0: Double, _ c1: Double) -> Double {
        let w = c0 + c1
        guard w > 0 else { return 0 }
        switch self {
        case .gini:
            return 1 - (c0 * c0 + c1 * c1) / (w * w)
        case .entropy:
            // ln(p)/ln(2), as scikit-learn's tree/_utils.pyx `log`, so impurities agree to the bit.
            func term(_ c: Double) -> Double {
                guard c > 0 else { return 0 }
                let p = c / w
                return -p * (log(p) / log(2.0))
            }
            return term(c0) + term(c1)
        }
    }
}
