/// Standardisation: each column x becomes z = (x - μ) / σ with the mean μ and the population
/// standard deviation σ (divisor n, "ddof 0") of the training data, as scikit-learn's
/// `StandardScaler`.
///
/// With sample weights w, μ = Σ wᵢxᵢ / Σ wᵢ and σ² = Σ wᵢ(xᵢ - μ)² / Σ wᵢ (scikit-learn's
/// `fit(sample_weight=)`). A column that is constant scales by 1 instead of 0, so it becomes all
/// zeros rather than NaN; "constant" uses scikit-learn's test (`_is_constant_feature`, 1.x):
/// σ² <= n·ε·σ² + (n·μ·ε)² with n = Σ wᵢ and ε the double-precision machine epsilon, which also
/// catches columns whose tiny variance is only rounding error.
///
/// Example: [1, 2, 3, 4] has μ = 2.5, σ² = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25, so 1 maps to
/// -1.5/√1.25 ≈ -1.342.
public struct StandardScaler: Sendable, Equatable {
    /// μ per column (empty before `fit`).
    public internal(set) var mean: [Double] = []
    /// σ per column, or 1 for a constant column (empty before `fit`).
    public internal(set) var scale: [Double] = []

    /// An unfitted scaler.
    public init() {}

    /// Learns μ and σ of each column of `x`.
    public mutating func fit(_ x: Matrix, sampleWeight: [Double]? = nil) throws {
        guard x.rows > 0 else { throw DataError.invalidArgument("cannot fit a StandardScaler on zero rows") }
        if let w = sampleWeight {
            guard w.count == x.rows else {
                throw DataError.shapeMismatch("\(w.count) sample weights were given for \(x.rows) rows; give one per row")
            }
            if let i = w.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
                throw DataError.invalidArgument("sample weight at row \(i + 1) is \(w[i]); weights must be finite and >= 0")
            }
        }
        if let i = x.storage.firstIndex(where: { !$0.isFinite }) {
            throw DataError.invalidArgument("the value at row \(i / x.columns + 1), column \(i % x.columns + 1) is \(x.storage[i]); "
                + "impute or drop non-finite values before scaling")
        }
        var means: [Double] = [], scales: [Double] = []
        for c in 0..<x.columns {
            let moments = WeightedMoments(x.column(c), weights: sampleWeight)
            guard let mu = moments.mean, let variance = moments.variance(ddof: 0) else {
                throw DataError.invalidArgument("the sample weights sum to 0; at least one row needs a positive weight")
            }
            let n = moments.weight
            let epsilon = Double.ulpOfOne
            let constant = variance <= n * epsilon * variance + (n * mu * epsilon) * (n * mu * epsilon)
            means.append(mu)
            scales.append(constant ? 1 : variance.squareRoot())
        }
        mean = means
        scale = scales
    }

    /// (x - μ) / σ column by column.
    public func transform(_ x: Matrix) throws -> Matrix {
        guard !mean.isEmpty else { throw DataError.notFitted("StandardScaler") }
        guard x.columns == mean.count else {
            throw DataError.shapeMismatch("the scaler was fitted on \(mean.count) columns but this matrix has \(x.columns)")
        }
        var out = x
        for r in 0..<x.rows {
            for c in 0..<x.columns {
                out.storage[r * x.columns + c] = (x.storage[r * x.columns + c] - mean[c]) / scale[c]
            }
        }
        return out
    }

    /// Fits on `x` and transforms it.
    public mutating func fitTransform(_ x: Matrix, sampleWeight: [Double]? = nil) throws -> Matrix {
        try fit(x, sampleWeight: sampleWeight)
        return try transform(x)
    }
}
