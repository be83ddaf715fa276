/// Weighted ridge regression with an unpenalised intercept, as scikit-learn's
/// `Ridge(alpha=α, fit_intercept=True).fit(X, y, sample_weight=w)`:
///   minimise Σ_i w_i (y_i − b − x_i·β)² + α ‖β‖²,
/// solved by centring X and y on their weighted means (x̄, ȳ), then (X̃ᵀ W X̃ + α I) β = X̃ᵀ W ỹ,
/// b = ȳ − x̄·β. `score` is the weighted R², 1 − Σ w (y − ŷ)² / Σ w (y − ȳ)² (sklearn's `score`).
///
/// Example: x = [0, 1, 2], y = [1, 3, 5], equal weights, α = 0: β = 2, b = 1, R² = 1; with α = 1
/// the centred Gram is 2, so β = 4 / (2 + 1) = 4/3 and b = 3 − 4/3 = 5/3.
struct WeightedRidge {
    let coefficients: [Double]
    let intercept: Double

    init(x: Matrix, y: [Double], weights w: [Double], alpha: Double) throws {
        let p = x.columns
        let total = w.reduce(0, +)
        var xMean = [Double](repeating: 0, count: p)
        var yMean = 0.0
        for r in 0..<x.rows {
            yMean += w[r] * y[r]
            for c in 0..<p { xMean[c] += w[r] * x[r, c] }
        }
        yMean /= total
        xMean = xMean.map { $0 / total }
        var gram = Matrix(rows: p, columns: p)
        var rhs = [Double](repeating: 0, count: p)
        var centred = [Double](repeating: 0, count: p)
        for r in 0..<x.rows {
            for c in 0..<p { centred[c] = x[r, c] - xMean[c] }
            let yc = y[r] - yMean
            for i in 0..<p where centred[i] != 0 {
                let wi = w[r] * centred[i]
                rhs[i] += wi * yc
                for j in 0...i { gram[i, j] += wi * centred[j] }
            }
        }
        for i in 0..<p {
            gram[i, i] += alpha
            for j in 0..<i { gram[j, i] = gram[i, j] }
        }
        let beta: [Double]
        if p == 0 {
            beta = []
        } else if let factor = try? CholeskyFactorization(gram) {
            beta = try factor.solve(rhs)
        } else {
            // A constant column with α = 0 (lime's forward selection can meet one): ridge it by
            // the smallest amount that makes the system definite, as lstsq would pick a solution.
            for i in 0..<p { gram[i, i] += 1e-10 * max(1, gram[i, i]) }
            beta = try CholeskyFactorization(gram).solve(rhs)
        }
        coefficients = beta
        intercept = yMean - xMean.dot(beta)
    }

    func predict(_ row: [Double]) -> Double { intercept + coefficients.dot(row) }

    /// The weighted R² on (x, y, w).
    func score(x: Matrix, y: [Double], weights w: [Double]) -> Double {
        let total = w.reduce(0, +)
        let yMean = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / total
        var residual = 0.0, spread = 0.0
        for r in 0..<x.rows {
            let e = y[r] - predict(x.row(r))
            residual += w[r] * e * e
            spread += w[r] * (y[r] - yMean) * (y[r] - yMean)
        }
        return spread > 0 ? 1 - residual / spread : (residual == 0 ? 1 : 0)
    }
}
