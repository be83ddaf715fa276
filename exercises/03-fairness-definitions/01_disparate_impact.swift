// Exercise 1 of module 3: demographic parity as a difference, a ratio and the four-fifths rule.
// Read the lesson section "Demographic parity" (`learn lesson disparate-impact`).
// Check your work with `learn check disparate-impact`; stuck? `learn hint disparate-impact`.

/// The selection rate of each group: the share of its rows predicted 1. Only groups that occur
/// are keys. Returns `nil` when the lists differ in length.
func selectionRates(predictions: [Int], groups: [String]) -> [String: Double]? {
    // TODO: count each group's rows and its rows predicted 1; divide.
    return nil
}

/// Statistical parity difference, SR(unprivileged) − SR(privileged), as AIF360 signs it: below 0
/// the unprivileged group is selected less often. `nil` when either group has no rate.
func statisticalParityDifference(_ rates: [String: Double], unprivileged: String, privileged: String) -> Double? {
    // TODO: subtract the privileged group's rate from the unprivileged group's.
    return 0
}

/// Disparate impact, SR(unprivileged) / SR(privileged). `nil` when either group has no rate, or
/// when the privileged group's rate is 0 (nobody selected: the ratio is undefined, not infinite).
func disparateImpact(_ rates: [String: Double], unprivileged: String, privileged: String) -> Double? {
    // TODO: divide the unprivileged group's rate by the privileged group's, guarding the undefined case.
    return 0
}

/// The four-fifths rule of the US Uniform Guidelines (29 CFR 1607.4(D)): every group's selection
/// rate is at least four fifths (0.8) of the highest group's rate. Exactly 0.8 passes. `nil` when
/// there are no groups or nobody at all is selected (there is no highest rate to compare with).
func passesFourFifthsRule(_ rates: [String: Double]) -> Bool? {
    // TODO: compare every group's rate with 0.8 times the highest rate.
    return nil
}
