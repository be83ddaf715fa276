// Exercise 3 of module 6: has a feature's distribution drifted since training?
// Read the lesson section "Monitoring for drift" (`learn lesson psi-drift`).
// Check your work with `learn check psi-drift`; stuck? `learn hint psi-drift`.

import Foundation

/// The baseline's deciles: its quantiles k / 10 for k = 1 ... 9, by linear interpolation between
/// sorted values (numpy's default: position k / 10 × (n - 1)), a cut equal to the one before it
/// left out. Empty input: no cuts.
func decileCuts(_ baseline: [Double]) -> [Double] {
    // TODO: sort, then interpolate at position k / 10 × (n − 1) for k = 1 ... 9; skip repeats.
    return []
}

/// The share of `values` in each of the `cuts.count + 1` bins (a, b]: a value equal to a cut
/// belongs to the bin below it, the first bin is open below and the last open above. Empty
/// `values`: every share 0.
func binShares(_ values: [Double], cuts: [Double]) -> [Double] {
    // TODO: count each value into its (a, b] bin, then divide by the number of values.
    return []
}

/// PSI = Σ (actual − expected) · ln(actual / expected) over the bins, each share first raised to
/// `floor` when below it (an empty bin would make the logarithm infinite). `nil` when the lists
/// differ in length or are empty, or `floor` is not positive.
func populationStabilityIndex(expected: [Double], actual: [Double], floor: Double) -> Double? {
    // TODO: floor both shares, then add up (actual − expected) · ln(actual / expected).
    return 0
}

/// The usual reading of a PSI: "none" below 0.1, "moderate" from 0.1 up to and including 0.25,
/// "significant" above 0.25.
func driftLevel(_ psi: Double) -> String {
    // TODO: compare with 0.1 and 0.25 as the doc comment says.
    return ""
}
