// Exercise 2 of module 2: how often each group's label is the good outcome.
// Read the lesson section "Label base rates by group" (`learn lesson label-base-rates`).
// Check your work with `learn check label-base-rates`; stuck? `learn hint label-base-rates`.

/// The favourable-label rate of each group: the share of the group's rows whose label equals
/// `favourable`. The favourable label is not always 1: in COMPAS, 0 (no new offence) is the good
/// outcome. Only groups that occur are keys; empty lists give `[:]`. Returns `nil` when the lists
/// differ in length, when a label is not 0 or 1, or when `favourable` is not 0 or 1.
func favourableRates(labels: [Int], favourable: Int, groups: [String]) -> [String: Double]? {
    // TODO: count each group's rows and its rows with the favourable label; divide.
    return nil
}

/// The base-rate ratio of `group` to `reference`: rates[group] / rates[reference]. Below 1, the
/// group gets the good label less often than the reference. `nil` when either group is absent
/// or the reference's rate is 0 (a ratio to 0 is undefined).
func baseRateRatio(_ rates: [String: Double], group: String, reference: String) -> Double? {
    // TODO: divide the group's rate by the reference group's rate.
    return 0
}
