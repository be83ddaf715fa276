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
///
/// A categorical source column, one-hot encoded (`init(model:x:block:)`), varies as a whole: the
/// grid is the block's levels that some row holds (scikit-learn's grid for a categorical feature is
/// the column's unique values), and each row gets exactly that level's indicator set.
/// Example: f = 2·[c = b] + x on rows (a, 0) and (b, 1) (features c=a, c=b, x): levels a, b; ICE
/// row 0 = [0, 2], row 1 = [1, 3]; PD = [0.5, 2.5].
public struct PartialDependence: Sendable, Equatable {
    /// The feature varied (a categorical column's first indicator).
    public let feature: Int
    /// The features varied: [feature] for a numeric column, the one-hot block for a categorical one.
    public let block: [Int]
    /// The grid: values of `feature`, or for a block the index in `block` of each level's indicator.
    public let grid: [Double]
    /// PD(v) for each grid value.
    public let average: [Double]
    /// ICE: individual[i][k] is row i's output at grid value k.
    public let individual: [[Double]]

    public init(model: ExplainedModel, x: Matrix, feature: Int, resolution: Int = 100,
                percentiles: (Double, Double) = (0.05, 0.95)) throws {
        try Self.check(model, x, [feature], resolution: resolution)
        let grid = try Self.grid(x.column(feature), resolution: resolution, percentiles: percentiles)
        let out = try Self.evaluate(model, x, count: grid.count) { k, row in row[feature] = grid[k] }
        self.init(feature: feature, block: [feature], grid: grid, out: out, rows: x.rows)
    }

    /// Partial dependence over a one-hot block (`block`: the indicators of one categorical column,
    /// in level order).
    public init(model: ExplainedModel, x: Matrix, block: [Int]) throws {
        try Self.check(model, x, block, resolution: 2)
        guard let first = block.first else { throw ExplainError.invalidSetting(name: "block", value: "[]", requirement: "at least one feature") }
        let present = block.indices.filter { i in (0..<x.rows).contains { x[$0, block[i]] == 1 } }
        let out = try Self.evaluate(model, x, count: present.count) { k, row in
            for f in block { row[f] = 0 }
            row[block[present[k]]] = 1
        }
        self.init(feature: first, block: block, grid: present.map(Double.init), out: out, rows: x.rows)
    }

    private init(feature: Int, block: [Int], grid: [Double], out: [Double], rows: Int) {
        self.feature = feature
        self.block = block
        self.grid = grid
        self.individual = (0..<rows).map { r in grid.indices.map { out[$0 * rows + r] } }
        self.average = grid.indices.map { k in out[k * rows ..< (k + 1) * rows].reduce(0, +) / Double(rows) }
    }

    private static func check(_ model: ExplainedModel, _ x: Matrix, _ features: [Int], resolution: Int) throws {
        _ = try ExplainInput.rows(x, [], model: model)
        if let bad = features.first(where: { !(0..<x.columns).contains($0) }) {
            throw ExplainError.invalidSetting(name: "feature", value: "\(bad)", requirement: "a column index below \(x.columns)")
        }
        guard x.rows > 0 else { throw ExplainError.invalidSetting(name: "rows", value: "0", requirement: "at least 1") }
        guard resolution >= 2 else {
            throw ExplainError.invalidSetting(name: "resolution", value: "\(resolution)", requirement: "at least 2")
        }
    }

    /// The model on `count` copies of the rows, copy k changed by `set(k, row)`: outputs copy-major.
    private static func evaluate(_ model: ExplainedModel, _ x: Matrix, count: Int,
                                 set: (Int, inout [Double]) -> Void) throws -> [Double] {
        var batch = Matrix(rows: x.rows * count, columns: x.columns)
        for k in 0..<count {
            for r in 0..<x.rows {
                var row = x.row(r)
                set(k, &row)
                let at = (k * x.rows + r) * x.columns
                for c in 0..<x.columns { batch.storage[at + c] = row[c] }
            }
        }
        return try model.evaluateInParallel(batch)
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
