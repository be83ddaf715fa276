/// Consistency of outcomes across similar individuals (Zemel, Wu, Swersky, Pitassi & Dwork 2013,
/// "Learning Fair Representations", ICML), as AIF360 computes it
/// (`BinaryLabelDatasetMetric.consistency`):
///
///     consistency = 1 - (1/n) Σ_i |ŷ_i - (1/k) Σ_{j ∈ kNN(x_i)} ŷ_j|
///
/// with kNN(x_i) the k nearest rows to x_i by Euclidean distance over the feature matrix,
/// including row i itself (AIF360 queries scikit-learn's NearestNeighbors with the very rows it was
/// fitted on), k = 5 by default. 1 means every individual's outcome is its neighbourhood's.
/// Ties at the k-th distance go to the lower row index (see `ExactNearestNeighbors`); AIF360's
/// ball tree breaks them by its own layout, so on data with tied distances the two can differ.
/// Unweighted, as in AIF360.
///
/// Example: x = [0, 1, 2, 10], ŷ = [1, 1, 0, 0], k = 2: neighbours {0, 1}, {1, 0}, {2, 1}, {3, 2}
/// have means 1, 1, 1/2, 0, so consistency = 1 - (0 + 0 + 1/2 + 0)/4 = 7/8.
public enum Consistency {
    /// The consistency of `outcomes` (0/1, one per row of `features`) over `neighbours` nearest rows.
    public static func score(features: Matrix, outcomes: [Int], neighbours k: Int = 5) throws -> MetricValue {
        try MetricInput.validate(labels: outcomes)
        guard features.rows == outcomes.count else {
            throw MetricError.lengthMismatch(what: "feature rows", expected: outcomes.count, got: features.rows)
        }
        guard features.rows > 0 else { return .undefined(reason: "there are no rows") }
        guard k >= 1, k <= features.rows else {
            throw MetricError.invalidArgument("consistency needs 1 <= k <= \(features.rows) neighbours (the number of rows); got k = \(k)")
        }
        if let i = features.storage.firstIndex(where: { !$0.isFinite }) {
            throw MetricError.invalidArgument(
                "feature at row \(i / max(features.columns, 1) + 1), column \(i % max(features.columns, 1) + 1) is \(features.storage[i]); features must be finite (encode or impute first)")
        }
        let neighbours = ExactNearestNeighbors.search(features, k: k)
        var total = 0.0
        for (i, list) in neighbours.enumerated() {
            let mean = Double(list.reduce(0) { $0 + outcomes[$1] }) / Double(k)
            total += abs(Double(outcomes[i]) - mean)
        }
        return .value(1 - total / Double(features.rows))
    }
}
