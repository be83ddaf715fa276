// Exercise 1 of module 3: demographic parity as a difference, a ratio and the four-fifths rule.
// Read the lesson section "Demographic parity" (`learn lesson disparate-impact`).
// Check your work with `learn check disparate-impact`; stuck? `learn hint disparate-impact`.

/// The selection rate of each group: the share of its rows predicted 1. Only groups that occur
/// are keys. Returns `nil` when the lists differ in length.
func selectionRates(predictions: [Int], groups: [String]) -> [String: Double]? {
    guard predictions.count == groups.count else { return nil }
    var rows: [String: Int] = [:]
    var selected: [String: Int] = [:]
    for (prediction, group) in zip(predictions, groups) {
        rows[group, default: 0] += 1
        if prediction == 1 { selected[group, default: 0] += 1 }
    }
    return rows.reduce(into: [:]) { result, entry in
        result[entry.key] = Double(selected[entry.key, default: 0]) / Double(entry.value)
    }
}

/// Statistical parity difference, SR(unprivileged) − SR(privileged), as AIF360 signs it: below 0
/// the unprivileged group is selected less often. `nil` when either group has no rate.
func statisticalParityDifference(_ rates: [String: Double], unprivileged: String, privileged: String) -> Double? {
    guard let u = rates[unprivileged], let p = rates[privileged] else { return nil }
    return u - p
}

/// Disparate impact, SR(unprivileged) / SR(privileged). `nil` when either group has no rate, or
/// when the privileged group's rate is 0 (nobody selected: the ratio is undefined, not infinite).
func disparateImpact(_ rates: [String: Double], unprivileged: String, privileged: String) -> Double? {
    guard let u = rates[unprivileged], let p = rates[privileged], p > 0 else { return nil }
    return u / p
}

/// The four-fifths rule of the US Uniform Guidelines (29 CFR 1607.4(D)): every group's selection
/// rate is at least four fifths (0.8) of the highest group's rate. Exactly 0.8 passes. `nil` when
/// there are no groups or nobody at all is selected (there is no highest rate to compare with).
func passesFourFifthsRule(_ rates: [String: Double]) -> Bool? {
    guard let highest = rates.values.max(), highest > 0 else { return nil }
    return rates.values.allSatisfy { $0 >= 0.8 * highest }
}
