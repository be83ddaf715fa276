import Foundation

/// A model whose output is g(z), z = c + Σ_j t_j(x_j) a sum of one term per feature, with g the
/// identity or the logistic function: a logistic regression (t_j(v) = β_j v) and Gaussian naive
/// Bayes (`NaiveBayesIndex`). Coalition values then need no synthetic rows: f(x_S, b_rest) =
/// g(z_b + Σ_{p ∈ S} D_bp), z_b the background row's index and D_bp = Σ_{j ∈ p} t_j(x_j) − t_j(b_j)
/// the player's shift (`CoalitionValues.indexValues`).
protocol AdditiveIndex: Sendable {
    var link: LinearIndex.Link { get }
    /// z of the row `values[0..<count]`, summed as the model sums it.
    func index(_ values: UnsafePointer<Double>, count: Int) -> Double
    /// t_j(to) − t_j(from).
    func shift(column j: Int, from: Double, to: Double) -> Double
    /// Indices and shifts beyond this size make the difference z_b + Σ D_bp lose digits the
    /// model's own evaluation keeps (rounding of about size x 1e-16): coalitions are then
    /// evaluated on built rows.
    var largestExactTerm: Double { get }
}

extension LinearIndex: AdditiveIndex {
    func index(_ values: UnsafePointer<Double>, count: Int) -> Double {
        var z = intercept
        for c in 0..<count { z += coefficients[c] * values[c] }
        return z
    }

    func shift(column j: Int, from: Double, to: Double) -> Double { coefficients[j] * (to - from) }

    /// A linear model's terms are the model's own products: no limit.
    var largestExactTerm: Double { .infinity }
}

/// Gaussian naive Bayes as an additive index in probability space: its log-odds is
/// z = log(π₁/π₀) + n₁ − n₀ + Σ_j t_j(x_j), n_k = −½ Σ_j log(2π σ²_kj) and
/// t_j(v) = −½ (v − μ_1j)² / σ²_1j + ½ (v − μ_0j)² / σ²_0j, and P(y = 1 | x) = σ(z), which is
/// `GaussianNaiveBayes.predictProbability`'s exp(log P(1, x) − logsumexp) rearranged (equal up to
/// rounding). Only in probability space: in log-odds the model's output is clipped and z is not.
///
/// Example: μ₀ = 1, μ₁ = 5, σ² = 1 in both classes, equal priors: t(v) = −½(v − 5)² + ½(v − 1)² =
/// 4v − 12, so z(4) = 4 and P(y = 1 | x = 4) = σ(4) ≈ 0.982, as the model's own example.
struct NaiveBayesIndex: AdditiveIndex {
    let means: (zero: [Double], one: [Double])
    let variances: (zero: [Double], one: [Double])
    /// log P(k) − ½ Σ_j log(2π σ²_kj) for k = 0 and 1.
    let constants: (zero: Double, one: Double)
    var link: LinearIndex.Link { .logistic }
    var largestExactTerm: Double { ExplainConstants.additiveIndexLimit }

    /// The index of a fitted two-class model; nil for a model that saw one class (its output is constant).
    init?(_ fitted: GaussianNaiveBayes.FittedState) {
        guard fitted.classes == [0, 1] else { return nil }
        means = (fitted.means[0], fitted.means[1])
        variances = (fitted.variances[0], fitted.variances[1])
        let normalisers = fitted.variances.map { v in -0.5 * v.reduce(0) { $0 + log(2 * Double.pi * $1) } }
        constants = (log(fitted.priors[0]) + normalisers[0], log(fitted.priors[1]) + normalisers[1])
    }

    /// log P(1, x) − log P(0, x), each summed feature by feature as the model sums it.
    func index(_ values: UnsafePointer<Double>, count: Int) -> Double {
        var joint = constants
        for j in 0..<count {
            let (d0, d1) = (values[j] - means.zero[j], values[j] - means.one[j])
            joint.zero -= 0.5 * d0 * d0 / variances.zero[j]
            joint.one -= 0.5 * d1 * d1 / variances.one[j]
        }
        return joint.one - joint.zero
    }

    func shift(column j: Int, from: Double, to: Double) -> Double { term(j, to) - term(j, from) }

    private func term(_ j: Int, _ v: Double) -> Double {
        let (d0, d1) = (v - means.zero[j], v - means.one[j])
        return -0.5 * d1 * d1 / variances.one[j] + 0.5 * d0 * d0 / variances.zero[j]
    }
}
