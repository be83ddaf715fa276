// Step 2 of the governance framework: monitoring for drift and fairness decay.
// Read the brief (projects/governance-framework/brief.md, "Step 2"); check with `learn project check fairness-decay`.

import Foundation

/// The population stability index of a batch against the baseline, from each bin's share:
/// PSI = Σ (q − p) · ln(q / p), every share below `floor` raised to `floor` first (an empty bin
/// would make the logarithm infinite). Nil when the lists differ in length, are empty, or hold a
/// negative or non-finite share, or when `floor` is not positive.
func populationStability(baseline: [Double], batch: [Double], floor: Double) -> Double? {
    // TODO: check the input, floor each share, and sum (q - p) * log(q / p).
    return nil
}

/// The index of the first batch at which the selection-rate ratio has been below `tau` for
/// `consecutive` batches in a row (that batch included): fairness that has decayed, not one noisy
/// month. A non-finite ratio breaks a run. Nil when it never happens or `consecutive` < 1.
func firstDecayAlert(ratios: [Double], tau: Double, consecutive: Int) -> Int? {
    // TODO: count the current run of ratios below tau; report the index where it reaches `consecutive`.
    return nil
}
