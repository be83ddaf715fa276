// Exercise 2 of module 2: how often each group's label is the good outcome.
// Read the lesson section "Label base rates by group" (`learn lesson label-base-rates`).
// Check your work with `learn check label-base-rates`; stuck? `learn hint label-base-rates`.

/// The favourable-label rate of each group: the share of the group's rows whose label equals
/// `favourable`. The favourable label is not always 1: in COMPAS, 0 (no new offence) is the good
/// outcome. Only groups that occur are keys; empty lists give `[:]`. Returns `nil` when the lists
/// differ in length, when a label is not 0 or 1, or when `favourable` is not 0 or 1.
func favourableRates(labels: [Int], favourable: Int, groups: [String]) -> [String: Double]? {
    guard labels.count == groups.count, favourable == 0 || favourable == 1 else { return nil }
    var rows: [String: Int] = [:]
    var good: [String: Int] = [:]
    for (label, group) in zip(labels, groups) {
        guard label == 0 || label == 1 else { return nil }
        rows[group, default: 0] += 1
        if label == favourable { good[group, default: 0] += 1 }
    }
    return rows.reduce(into: [:]) { result, entry in
        result[entry.key] = Double(good[entry.key, default: 0]) / Double(entry.value)
    }
}

/// The base-rate ratio of `group` to `reference`: rates[group] / rates[reference]. Below 1, the
/// group gets the good label less often than the reference. `nil` when either group is absent
/// or the reference's rate is 0 (a ratio to 0 is undefined).
func baseRateRatio(_ rates: [String: Double], group: String, reference: String) -> Double? {
    guard let rate = rates[group], let referenceRate = rates[reference], referenceRate > 0 else { return nil }
    return rate / referenceRate
}
