// Exercise 6 of module 3: an inequality index over individuals.
// Read the lesson section "Inequality indices" (`learn lesson generalized-entropy`).
// Check your work with `learn check generalized-entropy`; stuck? `learn hint generalized-entropy`.

import Foundation

/// Each person's benefit from a decision, as Speicher et al. (KDD 2018) define it:
/// b = prediction − label + 1. A false positive gets 2 (a benefit not earned), a correct decision 1,
/// a false negative 0 (a benefit denied). `nil` when the lists differ in length or hold anything
/// but 0 and 1.
func benefits(labels: [Int], predictions: [Int]) -> [Double]? {
    // TODO: one benefit per person, prediction - label + 1.
    return []
}

/// The generalized entropy index GE(α) of benefits b₁ … bₙ with mean μ:
/// GE(α) = 1 / (n·α·(α − 1)) · Σ [(bᵢ/μ)^α − 1] for α other than 0 and 1;
/// GE(1) = (1/n) Σ (bᵢ/μ) · ln(bᵢ/μ), the Theil index, where a term with bᵢ = 0 counts 0;
/// GE(0) = −(1/n) Σ ln(bᵢ/μ), the mean log deviation, undefined if any bᵢ = 0.
/// 0 when everyone's benefit is equal. `nil` when there are no benefits, one is negative, the mean
/// is 0, or α = 0 meets a zero benefit.
func generalizedEntropyIndex(_ benefits: [Double], alpha: Double) -> Double? {
    // TODO: divide each benefit by the mean, then apply the formula for this alpha (three cases).
    return 0
}
