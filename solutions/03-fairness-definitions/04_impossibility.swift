// Exercise 4 of module 3: why the criteria cannot all hold at once.
// Read the lesson section "Why they cannot all hold at once" (`learn lesson impossibility`).
// Check your work with `learn check impossibility`; stuck? `learn hint impossibility`.

/// The result of `groupRates`: a struct, not a tuple, so that graders can run your code in a
/// separate process (only Codable values travel between the two).
struct GroupRates: Codable, Equatable {
    var prevalence: Double
    var ppv: Double
    var fnr: Double
    var fpr: Double
}

/// The rates Chouldechova's identity links, from a group's confusion counts:
/// prevalence p = (TP + FN) / n, positive predictive value PPV = TP / (TP + FP),
/// false negative rate FNR = FN / (FN + TP), false positive rate FPR = FP / (FP + TN).
/// `nil` when any of the four is undefined (a zero denominator) or a count is negative.
func groupRates(tp: Int, fp: Int, tn: Int, fn: Int) -> GroupRates? {
    guard tp >= 0, fp >= 0, tn >= 0, fn >= 0, tp + fn > 0, tp + fp > 0, fp + tn > 0 else { return nil }
    let n = Double(tp + fp + tn + fn)
    return GroupRates(prevalence: Double(tp + fn) / n,
                      ppv: Double(tp) / Double(tp + fp),
                      fnr: Double(fn) / Double(fn + tp),
                      fpr: Double(fp) / Double(fp + tn))
}

/// Chouldechova's (2017) identity: a group's false positive rate is fixed by its prevalence p, the
/// PPV and the FNR: FPR = p / (1 − p) · (1 − PPV) / PPV · (1 − FNR). Two groups with different p
/// cannot share PPV, FNR and FPR unless the classifier is perfect. `nil` unless 0 < p < 1,
/// 0 < PPV ≤ 1 and 0 ≤ FNR ≤ 1.
func impliedFalsePositiveRate(prevalence p: Double, ppv: Double, falseNegativeRate fnr: Double) -> Double? {
    guard p > 0, p < 1, ppv > 0, ppv <= 1, fnr >= 0, fnr <= 1 else { return nil }
    return p / (1 - p) * (1 - ppv) / ppv * (1 - fnr)
}
