// Step 2 of the COMPAS case study: error rates by race.
// Read the brief (projects/compas-case-study/brief.md, "Step 2"); check with `learn project check error-rates`.

/// One group's errors under a "high risk" prediction (1) against re-offending within two years (label 1).
struct RiskErrors: Codable, Equatable {
    var rows: Int
    /// The share who re-offended: (TP + FN) / rows.
    var prevalence: Double
    /// FP / (FP + TN): of those who did not re-offend, the share labelled high risk; nil without such rows.
    var falsePositiveRate: Double?
    /// FN / (FN + TP): of those who re-offended, the share labelled low risk; nil without such rows.
    var falseNegativeRate: Double?
    /// TP / (TP + FP): of those labelled high risk, the share who re-offended; nil when no one was.
    var positivePredictiveValue: Double?
}

/// 1 for a decile score at or above `cutoff` (ProPublica: 5, "Medium" or "High"), else 0.
func highRisk(deciles: [Int], cutoff: Int) -> [Int] {
    // TODO: 1 where the decile reaches the cutoff, else 0.
    return []
}

/// The errors of every group. Nil when the lists differ in length or a label or prediction is not 0 or 1.
func riskErrors(labels: [Int], predictions: [Int], groups: [String]) -> [String: RiskErrors]? {
    // TODO: count TP, FP, TN and FN per group, then the rates.
    return nil
}
