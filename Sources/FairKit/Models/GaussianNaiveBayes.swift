import Foundation

/// Gaussian naive Bayes, as scikit-learn's `GaussianNB`.
///
/// Model (Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §6.6.3):
/// features are independent normals within each class k, so
///   log P(y = k, x) = log π_k − ½ Σ_j log(2π σ²_kj) − ½ Σ_j (x_j − μ_kj)² / σ²_kj,
/// and P(y = 1 | x) = exp(log P(1, x) − logsumexp_k log P(k, x)).
/// Fitting, with sample weights w_i: μ_kj and σ²_kj are the weighted mean and (biased, divide by
/// Σ w) variance of feature j over class k; every variance gets ε = varSmoothing · max_j Var(x_j)
/// added, Var the unweighted variance of column j over all rows (exactly scikit-learn's
/// `epsilon_`), so a feature constant within a class does not divide by zero; the priors π_k are
/// the classes' shares of the total weight unless given.
///
/// Example: x = [0, 2] for class 0 and [4, 6] for class 1, equal priors: μ = 1 and 5, σ² = 1 + ε
/// each (ε = 1e-9 · Var([0, 2, 4, 6]) = 5e-9). At x = 3 both classes are equally likely
/// (P(y = 1) = ½); at x = 4, log-odds = −½(1 − 9)/σ² = 4, so P(y = 1) = σ(4) ≈ 0.982.
///
/// A class absent from the training labels gets probability 0, as scikit-learn (which only knows
/// the classes it saw).
public struct GaussianNaiveBayes: Classifier {
    /// Per-class parameters after fitting.
    public struct FittedState: Sendable, Equatable {
        /// The classes seen in training, in increasing order ([0], [1] or [0, 1]).
        public let classes: [Int]
        /// π_k for each class in `classes`.
        public let priors: [Double]
        /// μ_kj: one row per class in `classes`.
        public let means: [[Double]]
        /// σ²_kj + ε: one row per class in `classes`.
        public let variances: [[Double]]
        /// ε, the variance added to every σ²_kj.
        public let epsilon: Double
    }

    /// Prior probabilities [P(y = 0), P(y = 1)], or `nil` to use the weighted class shares.
    public let priors: [Double]?
    /// The fraction of the largest feature variance added to every variance (default 1e-9).
    public let varSmoothing: Double
    public private(set) var fitted: FittedState?

    public init(priors: [Double]? = nil, varSmoothing: Double = 1e-9) throws {
        if let priors {
            guard priors.count == 2, priors.allSatisfy({ $0 >= 0 && $0.isFinite }),
                  abs(priors[0] + priors[1] - 1) <= 1e-10 else {
                throw ModelError.invalidSetting(name: "priors", value: "\(priors)",
                                                requirement: "two non-negative numbers [P(y = 0), P(y = 1)] that sum to 1")
            }
        }
        guard varSmoothing >= 0, varSmoothing.isFinite else {
            throw ModelError.invalidSetting(name: "varSmoothing", value: "\(varSmoothing)", requirement: "a finite number >= 0")
        }
        self.priors = priors
        self.varSmoothing = varSmoothing
    }

    public mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws {
        fitted = nil
        let input = try ModelInput.training(x, y, sampleWeight: sampleWeight)
        let p = x.columns
        let largestVariance = (0..<p).map { Self.variance(of: x.column($0), weights: nil).variance }.max() ?? 0
        let epsilon = varSmoothing * largestVariance
        let classes = Array(Set(y)).sorted()
        if let priors, classes.count < 2 {
            throw ModelError.invalidSetting(name: "priors", value: "\(priors)",
                                            requirement: "priors for two classes need both classes in the labels, which hold only \(classes)")
        }
        var means: [[Double]] = [], variances: [[Double]] = [], classWeights: [Double] = []
        for k in classes {
            let rows = y.indices.filter { y[$0] == k }
            let weights = rows.map { input.weights[$0] }
            classWeights.append(weights.reduce(0, +))
            let moments = (0..<p).map { j in Self.variance(of: rows.map { x[$0, j] }, weights: weights) }
            means.append(moments.map(\.mean))
            variances.append(moments.map { $0.variance + epsilon })
        }
        for (k, row) in variances.enumerated() {
            if let j = row.firstIndex(where: { !($0 > 0) }) {
                throw ModelError.invalidSetting(
                    name: "varSmoothing", value: "\(varSmoothing)",
                    requirement: "feature \(j + 1) is constant within class \(classes[k]) and the smoothing "
                        + "varSmoothing · (largest feature variance) is 0, so its variance is 0; use varSmoothing > 0, "
                        + "or drop features that are constant in every row")
            }
        }
        let total = classWeights.reduce(0, +)
        let fittedPriors = priors.map { given in classes.map { given[$0] } } ?? classWeights.map { $0 / total }
        fitted = FittedState(classes: classes, priors: fittedPriors, means: means, variances: variances, epsilon: epsilon)
    }

    public func predictProbability(_ x: Matrix) throws -> [Double] {
        guard let fitted else { throw ModelError.notFitted(model: "GaussianNaiveBayes") }
        try ModelInput.features(x, expectedColumns: fitted.means[0].count)
        guard fitted.classes.count == 2 else {
            return [Double](repeating: fitted.classes == [1] ? 1 : 0, count: x.rows)
        }
        // The normalising −½ Σ log(2π σ²) terms do not depend on x: computed once per class.
        let normalisers = fitted.variances.map { v in -0.5 * v.reduce(0) { $0 + log(2 * Double.pi * $1) } }
        return (0..<x.rows).map { r in
            let joint = (0..<2).map { k -> Double in
                var quadratic = 0.0
                for j in 0..<x.columns {
                    let d = x[r, j] - fitted.means[k][j]
                    quadratic += d * d / fitted.variances[k][j]
                }
                return log(fitted.priors[k]) + normalisers[k] - 0.5 * quadratic
            }
            return exp(joint[1] - StableFunctions.logSumExp(joint[0], joint[1]))
        }
    }

    /// Weighted mean and biased variance Σ w (v − μ)² / Σ w (unweighted when `weights` is nil);
    /// two passes, so the variance does not suffer the cancellation of E[v²] − μ². A class whose
    /// weights are all zero gets mean and variance 0, as scikit-learn.
    static func variance(of values: [Double], weights: [Double]?) -> (mean: Double, variance: Double) {
        let w = weights ?? [Double](repeating: 1, count: values.count)
        let total = w.reduce(0, +)
        guard total > 0 else { return (0, 0) }
        let mean = zip(values, w).reduce(0) { $0 + $1.0 * $1.1 } / total
        let variance = zip(values, w).reduce(0) { $0 + $1.1 * ($1.0 - mean) * ($1.0 - mean) } / total
        return (mean, variance)
    }
}
