/// Checks every model runs on its input before fitting or predicting, so that bad data stops with
/// an error naming the row and column instead of a crash or a silently wrong model. Models
/// written outside FairKit (mitigation wrappers, learners' own classifiers) use them too.
public enum ModelInput {
    /// Training data as a model reads it once validated: weights filled in (1 per row when none
    /// were given) and their total.
    public struct Training: Sendable {
        /// The design, one row per example.
        public let x: Matrix
        /// Labels, 0 or 1.
        public let labels: [Int]
        /// One weight per row (1 when none were given).
        public let weights: [Double]
        /// Σ weights (> 0).
        public let totalWeight: Double
    }

    /// Validates `x`, labels `y` and optional `sampleWeight` for `fit`:
    /// one label and one weight per row of `x`, labels 0 or 1, weights finite and >= 0, every
    /// feature finite, at least one row of positive weight.
    public static func training(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws -> Training {
        let (weights, total) = try labelsAndWeights(y, sampleWeight: sampleWeight, rows: x.rows)
        try features(x)
        return Training(x: x, labels: y, weights: weights, totalWeight: total)
    }

    /// The checks of `training` on labels and weights alone, for `rows` rows of a design already
    /// checked (a model refitted many times on the same rows): the weights (1 per row when none
    /// were given) and their total.
    static func labelsAndWeights(_ y: [Int], sampleWeight: [Double]?, rows: Int) throws -> (weights: [Double], total: Double) {
        guard y.count == rows else {
            throw ModelError.dimensionMismatch(expected: rows, got: y.count, what: "number of labels (one per row of x)")
        }
        if let sampleWeight, sampleWeight.count != rows {
            throw ModelError.dimensionMismatch(expected: rows, got: sampleWeight.count, what: "number of sample weights (one per row of x)")
        }
        if let row = y.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw ModelError.nonBinaryLabel(row: row, value: y[row])
        }
        let weights = sampleWeight ?? [Double](repeating: 1, count: rows)
        if let row = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw ModelError.invalidWeight(row: row, value: weights[row])
        }
        let total = weights.reduce(0, +)
        guard rows > 0, total > 0 else { throw ModelError.emptyTrainingSet }
        return (weights, total)
    }

    /// Validates a matrix to predict on: `expectedColumns` features when given, all finite.
    public static func features(_ x: Matrix, expectedColumns: Int? = nil) throws {
        if let expectedColumns, x.columns != expectedColumns {
            throw ModelError.dimensionMismatch(expected: expectedColumns, got: x.columns,
                                               what: "number of feature columns (as in the training data)")
        }
        let bad = x.storage.withUnsafeBufferPointer { a -> Int? in
            for i in 0..<a.count where !a[i].isFinite { return i }
            return nil
        }
        if let bad {
            throw ModelError.nonFiniteFeature(row: bad / x.columns, column: bad % x.columns)
        }
    }
}
