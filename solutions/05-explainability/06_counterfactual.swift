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
    guard row.count == weights.count, scales.count == weights.count else { return [] }
    let gap = threshold - score(row, weights, bias)
    guard gap > 0 else { return [] }
    var changes: [SingleChange] = []
    for j in weights.indices where weights[j] != 0 && !immutable.contains(j) {
        let to = row[j] + gap / weights[j]
        changes.append(SingleChange(feature: j, from: row[j], to: to, distance: abs(to - row[j]) / scale(scales[j])))
    }
    return changes.sorted { ($0.distance, $0.feature) < ($1.distance, $1.feature) }
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
    let d = weights.count
    guard d > 0, !options.isEmpty, row.count == d, scales.count == d,
          options.allSatisfy({ $0.count == d }) else { return nil }
    var valid = 0, distance = 0.0, changedShare = 0.0
    for option in options {
        if score(option, weights, bias) >= threshold { valid += 1 }
        var sum = 0.0, changed = 0
        for j in 0..<d {
            sum += abs(option[j] - row[j]) / scale(scales[j])
            if option[j] != row[j] { changed += 1 }
        }
        distance += sum / Double(d)
        changedShare += Double(changed) / Double(d)
    }
    let count = Double(options.count)
    return CounterfactualQuality(validity: Double(valid) / count, proximity: -distance / count,
                                 sparsity: 1 - changedShare / count)
}

/// w · x + b.
private func score(_ x: [Double], _ weights: [Double], _ bias: Double) -> Double {
    var s = bias
    for j in weights.indices { s += weights[j] * x[j] }
    return s
}

/// A feature's scale, 1 when it is not positive (a column whose MAD is 0).
private func scale(_ value: Double) -> Double { value > 0 ? value : 1 }
