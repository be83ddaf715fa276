/// The penalised log-likelihood a `LogisticRegression` minimises, with its gradient and Hessian,
/// over a sparse design.
///
/// Parameters θ = (β₁ … β_p, b), the intercept b last and present only when fitted. With margins
/// z_i = x_i·β + b, p_i = σ(z_i), weights w_i, data multiplier c (the setting C, or 1 without a
/// penalty) and ridge factor λ (1 with the L2 penalty, 0 without):
///   f(θ)   = c Σ_i w_i ℓ_i + (λ/2)‖β‖²,  ℓ_i = log(1 + e^(−z_i)) if y_i = 1, log(1 + e^(z_i)) if 0,
///   ∇_β f  = c Xᵀ r + λβ,  ∂f/∂b = c Σ_i r_i,  r_i = w_i (p_i − y_i),
///   ∇²f    = c [X 1]ᵀ diag(w_i p_i (1 − p_i)) [X 1] + λ diag(1, …, 1, 0).
/// (Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §4.4.1; the
/// intercept is not penalised, as in scikit-learn.)
/// Each ℓ_i is a softplus of ∓z_i, and p_i − y_i for y_i = 1 is computed as −σ(−z_i): neither
/// cancels when the margin is large.
struct LogisticObjective {
    let design: SparseRowMatrix
    let labels: [Int]
    let weights: [Double]
    /// c: the multiplier of the data term.
    let dataScale: Double
    /// λ: 1 with the L2 penalty, 0 without.
    let ridge: Double
    let fitIntercept: Bool

    /// Length of θ: p coefficients, plus the intercept when fitted.
    var parameterCount: Int { design.columns + (fitIntercept ? 1 : 0) }

    /// The margins z = Xβ + b.
    func margins(_ theta: [Double]) -> [Double] {
        var z = design.multiplied(by: Array(theta.prefix(design.columns)))
        if fitIntercept {
            let b = theta[design.columns]
            for i in z.indices { z[i] += b }
        }
        return z
    }

    /// f(θ) given the margins z = margins(θ).
    func value(_ theta: [Double], margins z: [Double]) -> Double {
        var loss = 0.0
        for i in z.indices where weights[i] != 0 {
            loss += weights[i] * StableFunctions.softplus(labels[i] == 1 ? -z[i] : z[i])
        }
        var penalty = 0.0
        for j in 0..<design.columns { penalty += theta[j] * theta[j] }
        return dataScale * loss + 0.5 * ridge * penalty
    }

    /// ∇f(θ) given the margins.
    func gradient(_ theta: [Double], margins z: [Double]) -> [Double] {
        let residuals = z.indices.map { i -> Double in
            guard weights[i] != 0 else { return 0 }
            let r = labels[i] == 1 ? -StableFunctions.logistic(-z[i]) : StableFunctions.logistic(z[i])
            return dataScale * weights[i] * r
        }
        var g = design.transposeMultiplied(by: residuals)
        for j in 0..<design.columns { g[j] += ridge * theta[j] }
        if fitIntercept { g.append(residuals.reduce(0, +)) }
        return g
    }

    /// ∇²f given the margins, as a dense symmetric matrix.
    func hessian(margins z: [Double]) -> Matrix {
        let curvature = z.indices.map { i -> Double in
            dataScale * weights[i] * StableFunctions.logistic(z[i]) * StableFunctions.logistic(-z[i])
        }
        let p = design.columns
        let gram = design.weightedGram(weights: curvature)
        guard fitIntercept else {
            var h = gram
            for j in 0..<p { h[j, j] += ridge }
            return h
        }
        var h = Matrix(rows: p + 1, columns: p + 1)
        for i in 0..<p {
            for j in 0..<p { h[i, j] = gram[i, j] }
            h[i, i] += ridge
        }
        let interceptColumn = design.transposeMultiplied(by: curvature)
        for j in 0..<p {
            h[j, p] = interceptColumn[j]
            h[p, j] = interceptColumn[j]
        }
        h[p, p] = curvature.reduce(0, +)
        return h
    }
}
