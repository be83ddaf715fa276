/// Correlation remover, as Fairlearn 0.15's `CorrelationRemover`: removes from the other features
/// the part a linear model of the sensitive columns explains, and drops the sensitive columns.
///
/// Fit: with S the sensitive columns centred on their training means s̄ and X the other columns,
/// β = argmin ‖X − S β‖² (least squares, one column of β per feature; no intercept, so X keeps
/// its means). Transform: X' = α (X − (S − s̄) β) + (1 − α) X, α in [0, 1] (default 1, full removal).
/// After a full removal on the training rows every feature is uncorrelated with every sensitive
/// column.
///
/// When the sensitive columns are linearly dependent (every one-hot level of an attribute: the
/// centred levels sum to zero), β is not unique; Fairlearn takes numpy's minimum-norm solution,
/// FairKit keeps a maximal independent subset of the columns (in order) and gives the others
/// β = 0. S β, and so the transform, is the same either way.
///
/// Worked example: sensitive s = [0, 0, 1, 1] (mean ½, centred [−½, −½, ½, ½]) and a feature
/// x = [1, 3, 5, 7]: β = Σ s_c x / Σ s_c² = (−½ − 3/2 + 5/2 + 7/2)/1 = 4, so x' = x − 4 s_c =
/// [3, 5, 3, 5]: both groups now have mean 4.
public struct CorrelationRemover: Sendable {
    public struct Fitted: Sendable, Equatable {
        /// The sensitive column indices (dropped by `transform`), and their training means.
        public let sensitiveColumns: [Int]
        public let sensitiveMeans: [Double]
        /// β: one row per sensitive column, one column per remaining feature.
        public let coefficients: Matrix
        /// The input's column count.
        public let columnCount: Int
    }

    /// α: 1 removes the correlation fully, 0 leaves the features unchanged.
    public let alpha: Double
    public internal(set) var fitted: Fitted?

    public init(alpha: Double = 1) throws {
        guard (0...1).contains(alpha) else {
            throw MitigationError.invalidSetting(name: "alpha", value: "\(alpha)", requirement: "between 0 and 1")
        }
        self.alpha = alpha
    }

    /// Fits β on `x`, whose columns at `sensitiveColumns` hold the sensitive features (e.g. a
    /// 0/1 indicator of a group, or one-hot levels).
    public mutating func fit(_ x: Matrix, sensitiveColumns: [Int]) throws {
        fitted = nil
        try ModelInput.features(x)
        guard !sensitiveColumns.isEmpty, Set(sensitiveColumns).count == sensitiveColumns.count,
              sensitiveColumns.allSatisfy({ (0..<x.columns).contains($0) }) else {
            throw MitigationError.invalidSetting(name: "sensitiveColumns", value: "\(sensitiveColumns)",
                                                 requirement: "distinct column indices of x (0..<\(x.columns)), at least one")
        }
        guard x.rows > 0 else { throw ModelError.emptyTrainingSet }
        let others = (0..<x.columns).filter { !sensitiveColumns.contains($0) }
        let means = sensitiveColumns.map { c in x.column(c).reduce(0, +) / Double(x.rows) }
        var centred = x.selectingColumns(sensitiveColumns)
        for r in 0..<x.rows { for k in means.indices { centred[r, k] -= means[k] } }
        let features = x.selectingColumns(others)
        // A maximal independent subset: add columns while the Gram matrix stays positive definite.
        var kept: [Int] = []
        for k in sensitiveColumns.indices {
            if (try? CholeskyFactorization(Self.gram(centred.selectingColumns(kept + [k])))) != nil { kept.append(k) }
        }
        guard !kept.isEmpty else {
            throw MitigationError.invalidSetting(name: "sensitiveColumns", value: "\(sensitiveColumns)",
                                                 requirement: "columns that vary (each is constant on these rows)")
        }
        let s = centred.selectingColumns(kept)
        let factor = try CholeskyFactorization(Self.gram(s))
        var beta = Matrix(rows: sensitiveColumns.count, columns: others.count)
        for j in 0..<others.count {
            var rhs = [Double](repeating: 0, count: kept.count)
            for r in 0..<x.rows { for k in kept.indices { rhs[k] += s[r, k] * features[r, j] } }
            let solution = try factor.solve(rhs)
            for (k, column) in kept.enumerated() { beta[column, j] = solution[k] }
        }
        fitted = Fitted(sensitiveColumns: sensitiveColumns, sensitiveMeans: means, coefficients: beta, columnCount: x.columns)
    }

    /// X' = α (X − (S − s̄) β) + (1 − α) X, without the sensitive columns.
    public func transform(_ x: Matrix) throws -> Matrix {
        guard let fitted else { throw MitigationError.notFitted("CorrelationRemover") }
        try ModelInput.features(x, expectedColumns: fitted.columnCount)
        let others = (0..<x.columns).filter { !fitted.sensitiveColumns.contains($0) }
        var out = x.selectingColumns(others)
        for r in 0..<x.rows {
            for (k, c) in fitted.sensitiveColumns.enumerated() {
                let centred = x[r, c] - fitted.sensitiveMeans[k]
                guard centred != 0 else { continue }
                for j in others.indices { out[r, j] -= alpha * centred * fitted.coefficients[k, j] }
            }
        }
        return out
    }

    /// Sᵀ S.
    private static func gram(_ s: Matrix) -> Matrix {
        var g = Matrix(rows: s.columns, columns: s.columns)
        for r in 0..<s.rows { for a in 0..<s.columns { for b in 0..<s.columns { g[a, b] += s[r, a] * s[r, b] } } }
        return g
    }
}
