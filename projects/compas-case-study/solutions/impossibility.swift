// Step 4 of the COMPAS case study: the impossibility result, with the data.
// Read the brief (projects/compas-case-study/brief.md, "Step 4"); check with `learn project check impossibility`.

/// Chouldechova's identity (2017): for any classifier, in any group with prevalence p,
/// FPR = p / (1 − p) · (1 − PPV) / PPV · (1 − FNR).
/// Nil unless 0 < p < 1, 0 < PPV ≤ 1 and 0 ≤ FNR ≤ 1.
func impliedFalsePositiveRate(prevalence p: Double, ppv: Double, fnr: Double) -> Double? {
    guard p > 0, p < 1, ppv > 0, ppv <= 1, fnr >= 0, fnr <= 1 else { return nil }
    return p / (1 - p) * (1 - ppv) / ppv * (1 - fnr)
}

/// The false positive rates two groups with prevalences `a` and `b` must have if a score gives
/// both the same PPV and the same FNR (predictive parity and equal miss rates): their difference
/// FPR_a − FPR_b, which is 0 only when the prevalences are equal. Nil when either is undefined.
func forcedFalsePositiveGap(prevalenceA a: Double, prevalenceB b: Double, ppv: Double, fnr: Double) -> Double? {
    guard let fa = impliedFalsePositiveRate(prevalence: a, ppv: ppv, fnr: fnr),
          let fb = impliedFalsePositiveRate(prevalence: b, ppv: ppv, fnr: fnr) else { return nil }
    return fa - fb
}
