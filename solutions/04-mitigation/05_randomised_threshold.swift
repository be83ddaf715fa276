// Exercise 5 of module 4: a randomised threshold between two ROC points (equalized-odds post-processing).
// Read the lesson section "Equalized-odds post-processing" (`learn lesson randomised-threshold`).
// Check your work with `learn check randomised-threshold`; stuck? `learn hint randomised-threshold`.

/// A point of a ROC curve: the false and true positive rates of one decision rule.
struct RocPoint: Codable, Equatable {
    var falsePositiveRate: Double
    var truePositiveRate: Double
}

/// A randomised rule: use the first rule with this probability, the second otherwise, and the true
/// positive rate that results.
struct Mixture: Codable, Equatable {
    var probabilityOfFirst: Double
    var truePositiveRate: Double
}

/// The ROC point of "predict 1 when score >= threshold": FPR = FP / (FP + TN) among label 0,
/// TPR = TP / (TP + FN) among label 1. `nil` when the lists differ in length, or there is no row with
/// label 1 or none with label 0 (a rate would be 0/0).
func rocPoint(scores: [Double], labels: [Int], threshold: Double) -> RocPoint? {
    guard scores.count == labels.count else { return nil }
    var positives = 0, negatives = 0, truePositives = 0, falsePositives = 0
    for (score, label) in zip(scores, labels) {
        let flagged = score >= threshold
        if label == 1 {
            positives += 1
            if flagged { truePositives += 1 }
        } else {
            negatives += 1
            if flagged { falsePositives += 1 }
        }
    }
    guard positives > 0, negatives > 0 else { return nil }
    return RocPoint(falsePositiveRate: Double(falsePositives) / Double(negatives),
                    truePositiveRate: Double(truePositives) / Double(positives))
}

/// Hardt et al.'s (2016) randomisation: the probability p of using the first rule so that the mixture's
/// FPR, p · FPR₁ + (1 − p) · FPR₂, equals `target`, and its TPR, p · TPR₁ + (1 − p) · TPR₂ (the point on
/// the segment between the two ROC points). When both rules have the same FPR and the target is that
/// FPR, use the one with the higher TPR alone (p = 1 on a tie). `nil` when the target is not between the
/// two FPRs (no mixture reaches it).
func mixToFalsePositiveRate(first: RocPoint, second: RocPoint, target: Double) -> Mixture? {
    let low = min(first.falsePositiveRate, second.falsePositiveRate)
    let high = max(first.falsePositiveRate, second.falsePositiveRate)
    guard target >= low, target <= high else { return nil }
    if first.falsePositiveRate == second.falsePositiveRate {
        let firstIsBetter = first.truePositiveRate >= second.truePositiveRate
        return Mixture(probabilityOfFirst: firstIsBetter ? 1 : 0,
                       truePositiveRate: max(first.truePositiveRate, second.truePositiveRate))
    }
    let p = (target - second.falsePositiveRate) / (first.falsePositiveRate - second.falsePositiveRate)
    return Mixture(probabilityOfFirst: p, truePositiveRate: p * first.truePositiveRate + (1 - p) * second.truePositiveRate)
}
