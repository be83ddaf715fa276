/// Weighted count, mean and squared deviations of a list of numbers: what scalers, summaries and
/// group means share.
///
/// Two passes: the weighted mean μ = Σ wᵢxᵢ / Σ wᵢ first, then S = Σ wᵢ(xᵢ - μ)² about it, which
/// stays accurate when the mean is large next to the spread, where the one-pass Σx² - nμ² loses
/// every digit (Chan, Golub & LeVeque, "Algorithms for computing the sample variance", 1983).
struct WeightedMoments: Sendable, Equatable {
    /// How many values.
    let count: Int
    /// Σ wᵢ (the count when unweighted).
    let weight: Double
    /// μ, or `nil` when the total weight is 0.
    let mean: Double?
    /// Σ wᵢ(xᵢ - μ)².
    let squaredDeviations: Double

    /// The moments of `values`, each weighing `weights[i]` (1 when `weights` is nil).
    init(_ values: [Double], weights: [Double]? = nil) {
        count = values.count
        var total = 0.0, sum = 0.0
        for (i, x) in values.enumerated() {
            let w = weights?[i] ?? 1
            total += w
            sum += w * x
        }
        weight = total
        guard total > 0 else {
            mean = nil
            squaredDeviations = 0
            return
        }
        let mu = sum / total
        var s = 0.0
        for (i, x) in values.enumerated() { s += (weights?[i] ?? 1) * (x - mu) * (x - mu) }
        mean = mu
        squaredDeviations = s
    }

    /// S / (Σw - ddof): ddof 0 is the population variance (scikit-learn's StandardScaler), ddof 1
    /// the sample variance (pandas' describe). `nil` when the denominator is not positive.
    func variance(ddof: Double) -> Double? {
        weight - ddof > 0 ? squaredDeviations / (weight - ddof) : nil
    }
}
