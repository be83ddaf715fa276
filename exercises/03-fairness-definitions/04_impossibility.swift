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
    // TODO: compute the four rates, returning nil when a denominator is zero.
    return nil
}

/// Chouldechova's (2017) identity: a group's false positive rate is fixed by its prevalence p, the
/// PPV and the FNR: FPR = p / (1 − p) · (1 − PPV) / PPV · (1 − FNR). Two groups with different p
/// cannot share PPV, FNR and FPR unless the classifier is perfect. `nil` unless 0 < p < 1,
/// 0 < PPV ≤ 1 and 0 ≤ FNR ≤ 1.
func impliedFalsePositiveRate(prevalence p: Double, ppv: Double, falseNegativeRate fnr: Double) -> Double? {
    // TODO: apply the identity after checking the ranges.
    return 0
}
