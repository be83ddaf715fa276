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
    /// The per-class parameters; `nil` until `fit` succeeds.
    public internal(set) var fitted: FittedState?

    /// Stores and checks the settings: priors two non-negative numbers summing to 1, varSmoothing ≥ 0.
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

    /// Estimates priors, means and smoothed variances per class from weighted rows.
    public mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws {
        fitted = nil
        let input = try ModelInput.training(x, y, sampleWeight: sampleWeight)
        let classes = Array(Set(y)).sorted()
        if let priors, classes.count < 2 {
            throw ModelError.invalidSetting(name: "priors", value: "\(priors)",
                                            requirement: "priors for two classes need both classes in the labels, which hold only \(classes)")
        }
        // Columns are contiguous rows of the transpose. A class's moments weigh the other class's
        // rows by 0; a class of total weight 0 gets mean and variance 0, as scikit-learn.
        let columns = x.transposed
        let classWeights = classes.map { k in y.indices.map { y[$0] == k ? input.weights[$0] : 0 } }
        var means = [[Double]](repeating: [], count: classes.count)
        var variances = means
        var largestVariance = 0.0
        for j in 0..<x.columns {
            let column = columns.row(j)
            largestVariance = max(largestVariance, WeightedMoments(column).variance(ddof: 0) ?? 0)
            for k in classes.indices {
                let moments = WeightedMoments(column, weights: classWeights[k])
                means[k].append(moments.mean ?? 0)
                variances[k].append(moments.variance(ddof: 0) ?? 0)
            }
        }
        let epsilon = varSmoothing * largestVariance
        variances = variances.map { row in row.map { $0 + epsilon } }
        for (k, row) in variances.enumerated() {
            if let j = row.firstIndex(where: { !($0 > 0) }) {
                throw ModelError.invalidSetting(
                    name: "varSmoothing", value: "\(varSmoothing)",
                    requirement: "feature \(j + 1) is constant within class \(classes[k]) and the smoothing "
                        + "varSmoothing · (largest feature variance) is 0, so its variance is 0; use varSmoothing > 0, "
                        + "or drop features that are constant in every row")
            }
        }
        let totals = classWeights.map { $0.reduce(0, +) }
        let total = totals.reduce(0, +)
        let fittedPriors = priors.map { given in classes.map { given[$0] } } ?? totals.map { $0 / total }
        fitted = FittedState(classes: classes, priors: fittedPriors, means: means, variances: variances, epsilon: epsilon)
    }

    /// P(y = 1 | x) by Bayes' rule over the two classes' joint log-likelihoods.
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        guard let fitted else { throw ModelError.notFitted(model: "GaussianNaiveBayes") }
        try ModelInput.features(x, expectedColumns: fitted.means[0].count)
        guard fitted.classes.count == 2 else {
            return [Double](repeating: fitted.classes == [1] ? 1 : 0, count: x.rows)
        }
        // The normalising −½ Σ log(2π σ²) terms do not depend on x: computed once per class.
        let normalisers = fitted.variances.map { v in -0.5 * v.reduce(0) { $0 + log(2 * Double.pi * $1) } }
        let logPriors = fitted.priors.map { log($0) }
        let p = x.columns
        return x.storage.withUnsafeBufferPointer { a in
            (0..<x.rows).map { r in
                var joint = (logPriors[0] + normalisers[0], logPriors[1] + normalisers[1])
                for j in 0..<p {
                    let (d0, d1) = (a[r * p + j] - fitted.means[0][j], a[r * p + j] - fitted.means[1][j])
                    joint.0 -= 0.5 * d0 * d0 / fitted.variances[0][j]
                    joint.1 -= 0.5 * d1 * d1 / fitted.variances[1][j]
                }
                return exp(joint.1 - StableFunctions.logSumExp(joint.0, joint.1))
            }
        }
    }
}
