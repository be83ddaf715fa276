import Foundation

/// Partial dependence (Friedman, "Greedy function approximation", Annals of Statistics 29, 2001)
/// and individual conditional expectation curves (Goldstein et al., JCGS 24, 2015), as
/// scikit-learn's `partial_dependence(method="brute", kind="both")`: for each grid value v of a
/// feature, every row's output with the feature set to v (ICE), and their mean (PD):
///   PD(v) = (1/n) Σ_i f(x_i with x_ij = v).
/// Grid (scikit-learn's `_grid_from_X`): the feature's distinct values when there are fewer than
/// `resolution`; otherwise `resolution` evenly spaced values between its 5th and 95th
/// percentiles, taken as scipy's `mquantiles` (plotting positions α = β = 0.4).
///
/// Example: f(x) = x₀ + x₁ on rows [0, 1] and [2, 3], grid {0, 2} for feature 0:
/// ICE row 0 = [1, 3], row 1 = [3, 5]; PD = [2, 4].
public struct PartialDependence: Sendable, Equatable {
    public let feature: Int
    public let grid: [Double]
    /// PD(v) for each grid value.
    public let average: [Double]
    /// ICE: individual[i][k] is row i's output at grid value k.
    public let individual: [[Double]]

    public init(model: ExplainedModel, x: Matrix, feature: Int, resolution: Int = 100,
                percentiles: (Double, Double) = (0.05, 0.95)) throws {
        _ = try ExplainInput.rows(x, [], model: model)
        guard (0..<x.columns).contains(feature) else {
            throw ExplainError.invalidSetting(name: "feature", value: "\(feature)", requirement: "a column index below \(x.columns)")
        }
        guard x.rows > 0 else { throw ExplainError.invalidSetting(name: "rows", value: "0", requirement: "at least 1") }
        guard resolution >= 2 else {
            throw ExplainError.invalidSetting(name: "resolution", value: "\(resolution)", requirement: "at least 2")
        }
        let grid = try Self.grid(x.column(feature), resolution: resolution, percentiles: percentiles)
        var batch = Matrix(rows: x.rows * grid.count, columns: x.columns)
        for (k, v) in grid.enumerated() {
            for r in 0..<x.rows {
                let at = (k * x.rows + r) * x.columns
                for c in 0..<x.columns { batch.storage[at + c] = x[r, c] }
                batch.storage[at + feature] = v
            }
        }
        let out = try model.evaluateInParallel(batch)
        self.feature = feature
        self.grid = grid
        self.individual = (0..<x.rows).map { r in grid.indices.map { out[$0 * x.rows + r] } }
        self.average = grid.indices.map { k in out[k * x.rows ..< (k + 1) * x.rows].reduce(0, +) / Double(x.rows) }
    }

    static func grid(_ values: [Double], resolution: Int, percentiles: (Double, Double)) throws -> [Double] {
        let unique = Array(Set(values)).sorted()
        if unique.count < resolution { return unique }
        let sorted = values.sorted()
        let (low, high) = (mquantile(sorted, percentiles.0), mquantile(sorted, percentiles.1))
        guard low < high else {
            throw ExplainError.invalidSetting(name: "percentiles", value: "\(percentiles)",
                                              requirement: "they give equal values for this feature; widen them")
        }
        // numpy.linspace: start + k · step, the last value exactly the stop.
        let step = (high - low) / Double(resolution - 1)
        return (0..<resolution).map { $0 == resolution - 1 ? high : low + Double($0) * step }
    }

    /// scipy.stats.mstats.mquantiles with α = β = 0.4: m = α + p(1 − α − β), h = n p + m,
    /// k = ⌊clip(h, 1, n − 1)⌋, γ = clip(h − k, 0, 1), q = (1 − γ) x_(k) + γ x_(k+1) (1-based).
    static func mquantile(_ sorted: [Double], _ p: Double) -> Double {
        let n = Double(sorted.count)
        let h = n * p + 0.4 + p * 0.2
        let k = floor(min(max(h, 1), n - 1))
        let gamma = min(max(h - k, 0), 1)
        return (1 - gamma) * sorted[Int(k) - 1] + gamma * sorted[Int(k)]
    }
}
