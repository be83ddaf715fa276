// Exercise 3 of module 6: has a feature's distribution drifted since training?
// Read the lesson section "Monitoring for drift" (`learn lesson psi-drift`).
// Check your work with `learn check psi-drift`; stuck? `learn hint psi-drift`.

import Foundation

/// The baseline's deciles: its quantiles k / 10 for k = 1 ... 9, by linear interpolation between
/// sorted values (numpy's default: position k / 10 × (n - 1)), a cut equal to the one before it
/// left out. Empty input: no cuts.
func decileCuts(_ baseline: [Double]) -> [Double] {
    guard !baseline.isEmpty else { return [] }
    let sorted = baseline.sorted()
    var cuts: [Double] = []
    for k in 1...9 {
        let position = Double(k) / 10 * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        let cut = sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
        if cuts.last != cut { cuts.append(cut) }
    }
    return cuts
}

/// The share of `values` in each of the `cuts.count + 1` bins (a, b]: a value equal to a cut
/// belongs to the bin below it, the first bin is open below and the last open above. Empty
/// `values`: every share 0.
func binShares(_ values: [Double], cuts: [Double]) -> [Double] {
    var counts = [Int](repeating: 0, count: cuts.count + 1)
    for value in values {
        var bin = 0
        while bin < cuts.count && value > cuts[bin] { bin += 1 }
        counts[bin] += 1
    }
    guard !values.isEmpty else { return counts.map { _ in 0 } }
    return counts.map { Double($0) / Double(values.count) }
}

/// PSI = Σ (actual − expected) · ln(actual / expected) over the bins, each share first raised to
/// `floor` when below it (an empty bin would make the logarithm infinite). `nil` when the lists
/// differ in length or are empty, or `floor` is not positive.
func populationStabilityIndex(expected: [Double], actual: [Double], floor: Double) -> Double? {
    guard expected.count == actual.count, !expected.isEmpty, floor > 0 else { return nil }
    var sum = 0.0
    for (e, a) in zip(expected, actual) {
        let p = max(e, floor), q = max(a, floor)
        sum += (q - p) * log(q / p)
    }
    return sum
}

/// The usual reading of a PSI: "none" below 0.1, "moderate" from 0.1 up to and including 0.25,
/// "significant" above 0.25.
func driftLevel(_ psi: Double) -> String {
    if psi < 0.1 { return "none" }
    if psi <= 0.25 { return "moderate" }
    return "significant"
}
