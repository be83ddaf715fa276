import Foundation

/// The prejudice remover (Kamishima, Akaho, Asoh & Sakuma, "Fairness-aware classifier with
/// prejudice remover regularizer", ECML PKDD 2012), as AIF360 0.6.1's `PrejudiceRemover` runs it
/// (kamfadm-2012ecmlpkdd's `LRwPRType4`): a logistic regression with one weight vector per group,
/// s = 1 for the privileged rows and s = 0 for the rest, on the features and a constant 1, fitted
/// by minimising
///
///   L(w) = −Σ_i [y_i log p_i + (1 − y_i) log(1 − p_i)]
///          + η Σ_i [p_i log(q_{s_i} / r) + (1 − p_i) log((1 − q_{s_i}) / (1 − r))]
///          + (C/2) Σ_s ‖w_s‖²,
///
/// p_i = σ(w_{s_i} · (x_i, 1)) clipped to [1e−10, 1 − 1e−10], q_s the mean of p over group s and r
/// the mean over all rows. The middle term is the prejudice regulariser: n times the mutual
/// information between the prediction and s, estimated from the model's own probabilities. The
/// constant column is penalised like the others (kamfadm has no separate intercept).
/// Defaults (`PrejudiceRemoverConstants`): η = 1, C = 1.
///
/// The start is kamfadm's (`itype` 3): each group's own L2 logistic regression, which is the
/// minimum of L with η = 0. From there kamfadm runs scipy's `fmin_cg` (100 iterations at most)
/// with its `grad_loss`, which differentiates r as if every row's p moved with every group's
/// weights: it is not the gradient of L (scipy's `check_grad` differs by 25 at its German
/// solution), so the run stops short of a minimum. FairKit minimises the same L with its exact
/// gradient (L-BFGS, `LimitedMemoryBFGS`) to max |∂L/∂w| ≤ 1e-5 (fmin_cg's gtol): its objective is never above
/// AIF360's on the same data and equals an independent exact minimisation
/// (scripts/reference/mitigation_prejudice_remover.py). The gradient is
/// ∂L/∂w_s = Σ_{i ∈ s} [p_i − y_i + η p_i (1 − p_i) (log(q_s/r) − log((1 − q_s)/(1 − r)))] (x_i, 1) + C w_s
/// (the terms from differentiating q and r sum to zero, since Σ_{i∈s} p_i = n_s q_s).
///
/// Labels are 1 where p > ½ (kamfadm's argmax; a tie is 0), deterministic.
///
/// Worked example (the regulariser): four rows, groups (1, 1, 0, 0), p = (0.8, 0.8, 0.4, 0.4):
/// q₁ = 0.8, q₀ = 0.4, r = 0.6; a row of group 1 adds 0.8 log(0.8/0.6) + 0.2 log(0.2/0.4) =
/// 0.0915, a row of group 0 adds 0.4 log(0.4/0.6) + 0.6 log(0.6/0.4) = 0.0811: the term is
/// 2 · 0.0915 + 2 · 0.0811 = 0.3452, 4 × the mutual information of (prediction, s). Equal
/// q₁ = q₀ would make it 0.
public struct PrejudiceRemover: Sendable {
    /// What `fit` did.
    public struct Report: Sendable, Equatable {
        /// L at the start (the per-group fits) and at the end, and its three parts at the end.
        public let startObjective: Double
        public let objective: Double
        public let negativeLogLikelihood: Double
        /// Σ_i [...] (n times the estimated mutual information), before the factor η.
        public let prejudiceTerm: Double
        public let penalty: Double
        public let iterations: Int
        /// Whether the gradient tolerance was reached.
        public let converged: Bool
    }

    public struct Fitted: Sendable, Equatable {
        /// w_s for s = 0 (unprivileged) and s = 1 (privileged): one weight per feature, then the
        /// constant's.
        public let weights: [[Double]]
        /// nil for a model read from a model file (it keeps the weights, not the fit's history).
        public let report: Report?
    }

    public let privilegedValues: [String]
    public let eta: Double
    public let c: Double
    public var fitted: Fitted?

    /// Stores and checks the settings: privileged values named, η ≥ 0, C > 0.
    public init(privilegedValues: [String], eta: Double = PrejudiceRemoverConstants.eta, c: Double = PrejudiceRemoverConstants.c) throws {
        guard !privilegedValues.isEmpty else {
            throw MitigationError.invalidSetting(name: "privilegedValues", value: "[]", requirement: "the protected column's privileged values")
        }
        guard eta >= 0, eta.isFinite else { throw MitigationError.invalidSetting(name: "eta", value: "\(eta)", requirement: "a finite number >= 0") }
        guard c > 0, c.isFinite else { throw MitigationError.invalidSetting(name: "c", value: "\(c)", requirement: "a finite number > 0") }
        (self.privilegedValues, self.eta, self.c) = (privilegedValues, eta, c)
    }

    /// Fits the two weight vectors on features `x`, labels `y` and the rows' `sensitive` groups
    /// (each group needs rows of both labels, as kamfadm's per-group start does).
    public mutating func fit(_ x: Matrix, _ y: [Int], sensitive: SensitiveFeature) throws {
        fitted = nil
        try MitigationInput.check(count: x.rows, of: "the feature matrix", rows: y.count)
        let groups = try PrivilegedGroups(training: sensitive, privilegedValues: privilegedValues, labels: y,
                                          scores: [Double](repeating: 0, count: y.count))
        let problem = Objective(x: x, y: y.map(Double.init), s: groups.isPrivileged.map { $0 ? 1 : 0 }, c: c)
        var solver = LimitedMemoryBFGS()
        solver.gradientTolerance = PrejudiceRemoverConstants.gradientTolerance
        solver.maxIterations = PrejudiceRemoverConstants.maxIterations
        let zero = [Double](repeating: 0, count: 2 * problem.width)
        let start = solver.minimise(from: zero) { problem.evaluate($0, eta: 0) }
        let startObjective = problem.evaluate(start.x, eta: eta).value
        let end = solver.minimise(from: start.x) { problem.evaluate($0, eta: eta) }
        let parts = problem.parts(end.x)
        let width = problem.width
        fitted = Fitted(weights: [Array(end.x[0..<width]), Array(end.x[width...])],
                        report: Report(startObjective: startObjective, objective: end.value, negativeLogLikelihood: parts.negativeLogLikelihood,
                                       prejudiceTerm: parts.prejudice, penalty: parts.penalty,
                                       iterations: start.iterations + end.iterations, converged: end.converged))
    }

    /// P(y = 1) of each row from its group's weights.
    public func predictProbability(_ x: Matrix, sensitive: SensitiveFeature) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("PrejudiceRemover") }
        try MitigationInput.check(count: sensitive.count, of: "the sensitive column '\(sensitive.name)'", rows: x.rows)
        guard x.columns + 1 == fitted.weights[0].count else {
            throw MitigationError.lengthMismatch(what: "feature columns", expected: fitted.weights[0].count - 1, got: x.columns)
        }
        let privileged = PrivilegedGroups(sensitive, privilegedValues: privilegedValues).isPrivileged
        return (0..<x.rows).map { i in Objective.probability(x, row: i, weights: fitted.weights[privileged[i] ? 1 : 0][...]) }
    }

    /// 1 where P(y = 1) > ½ (deterministic).
    public func predict(_ x: Matrix, sensitive: SensitiveFeature) throws -> [Int] {
        try predictProbability(x, sensitive: sensitive).map { $0 > 0.5 ? 1 : 0 }
    }

    /// L and its gradient over the flattened weights (w₀ then w₁, each the features then the constant).
    struct Objective {
        let x: Matrix
        let y: [Double]
        let s: [Int]
        let c: Double
        var width: Int { x.columns + 1 }

        static func probability(_ x: Matrix, row i: Int, weights w: ArraySlice<Double>) -> Double {
            let clip = log((1 - PrejudiceRemoverConstants.probabilityClip) / PrejudiceRemoverConstants.probabilityClip)
            var z = w[w.endIndex - 1]
            x.withRow(i) { r in
                for j in 0..<r.count { z += r[j] * w[w.startIndex + j] }
            }
            return 1 / (1 + exp(-min(max(z, -clip), clip)))
        }

        func probabilities(_ w: [Double]) -> [Double] {
            (0..<x.rows).map { i in Self.probability(x, row: i, weights: w[(s[i] * width)..<((s[i] + 1) * width)]) }
        }

        /// (q₀, q₁, r) of probabilities `p`.
        func means(_ p: [Double]) -> (q: [Double], r: Double) {
            var sums = [0.0, 0.0], counts = [0.0, 0.0]
            for i in p.indices { sums[s[i]] += p[i]; counts[s[i]] += 1 }
            return ([sums[0] / counts[0], sums[1] / counts[1]], (sums[0] + sums[1]) / Double(p.count))
        }

        func parts(_ w: [Double]) -> (negativeLogLikelihood: Double, prejudice: Double, penalty: Double) {
            let p = probabilities(w)
            let (q, r) = means(p)
            var nll = 0.0, prejudice = 0.0
            for i in p.indices {
                nll -= y[i] * log(p[i]) + (1 - y[i]) * log(1 - p[i])
                prejudice += p[i] * (log(q[s[i]]) - log(r)) + (1 - p[i]) * (log(1 - q[s[i]]) - log(1 - r))
            }
            return (nll, prejudice, 0.5 * c * w.reduce(0) { $0 + $1 * $1 })
        }

        func evaluate(_ w: [Double], eta: Double) -> (value: Double, gradient: [Double]) {
            let p = probabilities(w)
            let (q, r) = means(p)
            let a = q.map { log($0 / r) - log((1 - $0) / (1 - r)) }
            var nll = 0.0, prejudice = 0.0
            var gradient = w.map { c * $0 }
            for i in p.indices {
                let g = s[i]
                nll -= y[i] * log(p[i]) + (1 - y[i]) * log(1 - p[i])
                prejudice += p[i] * (log(q[g]) - log(r)) + (1 - p[i]) * (log(1 - q[g]) - log(1 - r))
                let dz = p[i] - y[i] + eta * p[i] * (1 - p[i]) * a[g]
                let base = g * width
                x.withRow(i) { row in
                    for j in 0..<row.count { gradient[base + j] += dz * row[j] }
                }
                gradient[base + width - 1] += dz
            }
            return (nll + eta * prejudice + 0.5 * c * w.reduce(0) { $0 + $1 * $1 }, gradient)
        }
    }
}
