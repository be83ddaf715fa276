import Foundation

/// Smoothed empirical differential fairness (Foulds, Islam, Keya & Pan 2020, "An Intersectional
/// Definition of Fairness", ICDE; AIF360 `BinaryLabelDatasetMetric.smoothed_empirical_differential_fairness`).
///
/// Over the intersections s of the protected attributes present in the data, with weighted
/// counts N_s and positives N_{y=1,s}, and Dirichlet concentration α (AIF360's default 1) shared
/// over the two outcomes:
///
///     P̂(y = 1 | s) = (N_{y=1,s} + α/2) / (N_s + α)
///     ε = max over s ≠ s' and y in {0, 1} of |ln P̂(y | s) - ln P̂(y | s')|
///
/// The mechanism is ε-differentially fair; 0 means every intersection has the same smoothed
/// positive rate. Since ln is increasing, the maximum over pairs is taken between the largest and
/// smallest rate, so the cost is linear in the number of groups (AIF360 compares every pair).
///
/// Example: two groups with 3 of 4 and 1 of 4 positive labels give smoothed rates (3 + 0.5) / 5 =
/// 0.7 and (1 + 0.5) / 5 = 0.3; ε = max(|ln 0.7 - ln 0.3|, |ln 0.3 - ln 0.7|) = ln(7/3).
public enum DifferentialFairness {
    /// ε of the outcomes `outcomes` (labels for the dataset, predictions for a classifier) over the
    /// groups of `groups`. Undefined with fewer than two groups.
    public static func smoothedEpsilon(outcomes: [Int], weights: [Double]? = nil, groups: GroupIndex,
                                       concentration: Double = 1) throws -> MetricValue {
        guard concentration.isFinite, concentration >= 0 else {
            throw MetricError.invalidArgument("the concentration α is \(concentration); it must be finite and >= 0 (AIF360 uses 1)")
        }
        let counts = try GroupedCounts(labels: outcomes, predictions: outcomes, weights: weights, groups: groups)
        guard counts.counts.count >= 2 else {
            return .undefined(reason: "differential fairness compares groups, and there is only \(counts.counts.count)")
        }
        var rates: [Double] = []
        for (g, c) in counts.counts.enumerated() {
            let denominator = c.total + concentration
            guard denominator > 0 else {
                return .undefined(reason: "group '\(groups.name(of: g))' has total weight 0 and α = 0, so its rate is undefined")
            }
            rates.append((c.positives + concentration / 2) / denominator)
        }
        let positive = log(rates.max()!) - log(rates.min()!)
        let negative = log(1 - rates.min()!) - log(1 - rates.max()!)
        guard positive.isFinite, negative.isFinite else {
            return .undefined(reason: "with α = 0 a group's rate is 0 or 1, so its log-ratio with another group is infinite")
        }
        return .value(max(positive, negative))
    }
}
