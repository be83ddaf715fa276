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
    deciles.map { $0 >= cutoff ? 1 : 0 }
}

/// The errors of every group. Nil when the lists differ in length or a label or prediction is not 0 or 1.
func riskErrors(labels: [Int], predictions: [Int], groups: [String]) -> [String: RiskErrors]? {
    guard labels.count == predictions.count, labels.count == groups.count else { return nil }
    var counts: [String: [Int]] = [:]   // [TP, FP, TN, FN]
    for i in labels.indices {
        let (y, p) = (labels[i], predictions[i])
        guard (y == 0 || y == 1) && (p == 0 || p == 1) else { return nil }
        let cell = y == 1 ? (p == 1 ? 0 : 3) : (p == 1 ? 1 : 2)
        counts[groups[i], default: [0, 0, 0, 0]][cell] += 1
    }
    func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
    return counts.mapValues { c in
        let (tp, fp, tn, fn) = (c[0], c[1], c[2], c[3])
        return RiskErrors(rows: tp + fp + tn + fn, prevalence: Double(tp + fn) / Double(tp + fp + tn + fn),
                          falsePositiveRate: ratio(fp, fp + tn), falseNegativeRate: ratio(fn, fn + tp), positivePredictiveValue: ratio(tp, tp + fp))
    }
}
