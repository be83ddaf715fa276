/// The reference rows against which a feature is "absent": interventional Shapley values replace
/// the absent features of x by each background row's values and average the model's outputs,
/// weighted (Janzing, Minorics & Blöbaum, "Feature relevance quantification in explainable AI:
/// a causal problem", AISTATS 2020; shap's `Independent` masker and KernelExplainer `data`).
///
/// Weights let a summary (k-means centres weighted by cluster size, `Background.kmeans`) stand
/// for a large dataset, as shap's `kmeans` does.
public struct Background: Sendable, Equatable {
    /// The rows, encoded as the model takes them.
    public let rows: Matrix
    /// One weight per row, normalised to sum to 1.
    public let weights: [Double]

    /// A background of `rows` (at least one, every value finite) with optional non-negative
    /// weights of positive sum (equal weights when nil).
    public init(_ rows: Matrix, weights: [Double]? = nil) throws {
        guard rows.rows > 0 else { throw ExplainError.invalidBackground("it has no rows; pass at least one row") }
        for r in 0..<rows.rows {
            for c in 0..<rows.columns where !rows[r, c].isFinite {
                throw ExplainError.nonFinite(what: "the background", row: r, column: c)
            }
        }
        let raw = weights ?? [Double](repeating: 1, count: rows.rows)
        guard raw.count == rows.rows else {
            throw ExplainError.invalidBackground("\(raw.count) weights for \(rows.rows) rows; give one weight per row")
        }
        guard raw.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw ExplainError.invalidBackground("weights must be finite and >= 0")
        }
        let total = raw.reduce(0, +)
        guard total > 0 else { throw ExplainError.invalidBackground("weights sum to 0; give some row a positive weight") }
        self.rows = rows
        self.weights = raw.map { $0 / total }
    }

    /// The weighted mean of every column, E[x_j].
    public var mean: [Double] {
        var out = [Double](repeating: 0, count: rows.columns)
        for r in 0..<rows.rows {
            for c in 0..<rows.columns { out[c] += weights[r] * rows[r, c] }
        }
        return out
    }

    /// The weighted mean of per-row values (E f over the background, for instance).
    func weightedMean(_ values: ArraySlice<Double>) -> Double {
        var sum = 0.0
        for (k, v) in values.enumerated() { sum += weights[k] * v }
        return sum
    }
}
