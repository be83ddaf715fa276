// Exercise 6 of module 5: the smallest change that flips a linear model's decision, and DiCE's
// scores of a set of counterfactuals.
// Read the lesson section "Counterfactuals" (`learn lesson counterfactual`).
// Check your work with `learn check counterfactual`; stuck? `learn hint counterfactual`.

/// A counterfactual that changes one feature: its value `from` → `to`, and how far that is in
/// units of the feature's scale.
struct SingleChange: Codable, Equatable {
    var feature: Int
    var from: Double
    var to: Double
    var distance: Double
}

/// Single-feature counterfactuals of a linear score s(x) = w · x + b whose decision is favourable
/// when s(x) ≥ threshold (Wachter, Mittelstadt & Russell 2017). For each feature j that may change
/// (not listed in `immutable`) and moves the score (w_j ≠ 0), the value that brings the score
/// exactly to the threshold, to = x_j + (threshold − s(x)) / w_j, and its distance
/// |to − x_j| / scale_j (scales are the features' median absolute deviations, as DiCE uses; a
/// scale of 0 or less counts as 1). Sorted nearest first; equal distances by feature index.
/// `[]` when the row is already favourable (nothing to flip) or the lists differ in length.
func singleFeatureCounterfactuals(row: [Double], weights: [Double], bias: Double, threshold: Double,
                                  immutable: [Int], scales: [Double]) -> [SingleChange] {
    // TODO: compute the score's gap to the threshold and, for each feature that may move, the value that closes it.
    return []
}

/// DiCE's summary of a set of counterfactual options for one row (Mothilal, Sharma & Tan 2020).
struct CounterfactualQuality: Codable, Equatable {
    /// Share of options whose score reaches the threshold.
    var validity: Double
    /// −(mean over options of the mean over features of |c_j − x_j| / scale_j): 0 is closest.
    var proximity: Double
    /// 1 − (mean over options of the share of features the option changes).
    var sparsity: Double
}

/// Scores `options` (each a full row) as counterfactuals of `row` under the same linear model.
/// `nil` when there are no options or no features, or any list's length differs from `weights`.
func counterfactualQuality(row: [Double], options: [[Double]], weights: [Double], bias: Double,
                           threshold: Double, scales: [Double]) -> CounterfactualQuality? {
    // TODO: count the valid options and average their scaled distances and changed shares.
    return CounterfactualQuality(validity: 0, proximity: 0, sparsity: 0)
}
