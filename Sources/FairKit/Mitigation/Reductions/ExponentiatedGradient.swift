import Foundation

/// Exponentiated gradient reduction (Agarwal, Beygelzimer, Dudík, Langford & Wallach, "A
/// reductions approach to fair classification", ICML 2018), as Fairlearn 0.15's
/// `ExponentiatedGradient` runs it: a randomised classifier that minimises the error subject to
/// a parity constraint γ_k(Q) ≤ ε (`ParityConstraint`) or every group's error γ_g(Q) ≤ ζ
/// (`ReductionConstraint.boundedGroupLoss`, Fairlearn's `BoundedGroupLoss(ZeroOneLoss())`), found
/// as the saddle point of the Lagrangian L(Q, λ) = err(Q) + Σ λ_k (γ_k(Q) − b) with
/// ‖λ‖₁ ≤ B = 1/ε and b the bound (ε, or ζ).
///
/// Each iteration t: λ = B e^θ / (1 + Σ e^θ); the learner's best response to λ is the base model
/// fitted on cost-sensitive labels and weights (`Lagrangian.bestResponse`); the running average
/// of the best responses is Q_EG, and from the second iteration on a linear program over every
/// predictor found gives Q_LP; whichever has the smaller duality gap is kept. The game stops
/// when that gap is below ν (after at least 5 iterations) or after `maxIterations`; the step
/// θ += η (γ(h_t) − ε) shrinks by 0.8 when the gap stalls. The answer is the kept mixture with
/// the smallest gap (the last of those within 1e-8). Defaults (`ExponentiatedGradientConstants`):
/// ε = 0.01, 50 iterations, η₀ = 2 (η = η₀/B), ν = 0.5 · sd(|h₀(x) − y|)/√n.
///
/// The result predicts 1 for row x with probability P(x) = Σ_j Q_j h_j(x) (`predictProbability`,
/// deterministic); `predict` draws from it with the seed given at initialisation, so it is
/// reproducible. The report says how much of the decision is randomised and what a
/// derandomised variant costs in the constraint.
///
/// Worked example (the mixture step): predictors h₁ = [1, 1, 0, 0], h₂ = [1, 0, 0, 0] with
/// Q = (¼, ¾) give P = [1, ¼, 0, 0]: row 1 is positive for sure, row 2 with probability ¼.
public struct ExponentiatedGradient<Base: Classifier>: Sendable {
    /// One predictor of the mixture and what it does on the training rows.
    public struct PredictorSummary: Sendable, Equatable {
        /// Q_j, its probability in the mixture (0 for predictors found but not used).
        public let weight: Double
        /// P(h_j ≠ y) on the training rows.
        public let error: Double
        /// max_k γ_k(h_j): its largest constraint value (to compare with the bound).
        public let largestViolation: Double
    }

    /// A deterministic alternative and its cost.
    public struct Derandomised: Sendable, Equatable {
        /// "best predictor" (the single predictor with the smallest err + B·max(0, max γ − b))
        /// or "threshold 0.5" (1 when P(positive) ≥ 0.5).
        public let name: String
        public let trainingError: Double
        public let largestViolation: Double
    }

    /// What `fit` did.
    public struct Report: Sendable, Equatable {
        public let constraint: ReductionConstraint
        public let eps: Double
        /// The bound b each γ_k is held to: ε for a parity constraint, ζ for bounded group loss.
        public let constraintBound: Double
        /// ν, the gap at which the game stops (from the data unless given).
        public let nu: Double
        /// Iterations run, the iteration whose mixture was chosen, and its duality gap.
        public let iterations: Int
        public let bestIteration: Int
        public let bestGap: Double
        /// Calls of the base model's fit.
        public let oracleCalls: Int
        public let predictors: [PredictorSummary]
        /// err(Q) and max_k γ_k(Q) of the chosen mixture on the training rows (expected values).
        public let trainingError: Double
        public let largestViolation: Double
        /// Whether max_k γ_k(Q) ≤ b (within 1e-8); when not, the mixture is the closest found.
        public let constraintMet: Bool
        /// The share of training rows whose P(positive) is strictly between 0 and 1.
        public let randomisedShare: Double
        public let derandomised: [Derandomised]
    }

    public struct Fitted: Sendable {
        public let predictors: [ReductionPredictor<Base>]
        public let weights: [Double]
        public let report: Report
    }

    public let base: Base
    public let constraint: ReductionConstraint
    public let eps: Double
    public let maxIterations: Int
    public let nu: Double?
    public let eta0: Double
    /// The seed of `predict`'s draws.
    public let seed: UInt64
    public private(set) var fitted: Fitted?

    /// Stores and checks the settings: ε > 0, at least one iteration, η₀ > 0, ν > 0 when given.
    public init(base: Base, constraint: ParityConstraint = .demographicParity,
                eps: Double = ExponentiatedGradientConstants.eps,
                maxIterations: Int = ExponentiatedGradientConstants.maxIterations, nu: Double? = nil,
                eta0: Double = ExponentiatedGradientConstants.eta0, seed: UInt64 = 0) throws {
        try self.init(base: base, constraint: .parity(constraint), eps: eps, maxIterations: maxIterations, nu: nu, eta0: eta0, seed: seed)
    }

    /// The same with any reduction constraint; for `.boundedGroupLoss(upperBound: ζ)`, ζ is
    /// checked (finite, ≥ 0) and ε only sets B = 1/ε.
    public init(base: Base, constraint: ReductionConstraint, eps: Double = ExponentiatedGradientConstants.eps,
                maxIterations: Int = ExponentiatedGradientConstants.maxIterations, nu: Double? = nil,
                eta0: Double = ExponentiatedGradientConstants.eta0, seed: UInt64 = 0) throws {
        if case .boundedGroupLoss(let upperBound) = constraint, !(upperBound.isFinite && upperBound >= 0) {
            throw MitigationError.invalidSetting(name: "upperBound", value: "\(upperBound)",
                                                 requirement: "a finite loss bound >= 0 (a share of rows misclassified)")
        }
        guard eps > 0, eps.isFinite else {
            throw MitigationError.invalidSetting(name: "eps", value: "\(eps)", requirement: "a finite number > 0")
        }
        guard maxIterations >= 1 else {
            throw MitigationError.invalidSetting(name: "maxIterations", value: "\(maxIterations)", requirement: "at least 1")
        }
        guard eta0 > 0, eta0.isFinite else {
            throw MitigationError.invalidSetting(name: "eta0", value: "\(eta0)", requirement: "a finite number > 0")
        }
        if let nu, !(nu > 0 && nu.isFinite) {
            throw MitigationError.invalidSetting(name: "nu", value: "\(nu)", requirement: "a finite number > 0, or nil to derive it from the data")
        }
        (self.base, self.constraint, self.eps, self.maxIterations, self.nu, self.eta0, self.seed) =
            (base, constraint, eps, maxIterations, nu, eta0, seed)
    }

    /// Runs the game on features `x`, labels `y` and the rows' `sensitive` groups.
    public mutating func fit(_ x: Matrix, _ y: [Int], sensitive: SensitiveFeature) throws {
        fitted = nil
        let rows = try MitigationInput.rows(labels: y, sensitive: sensitive)
        try MitigationInput.check(count: x.rows, of: "the feature matrix", rows: rows.count)
        switch constraint {
        case .parity(let parity):
            var game = try Lagrangian(x: x, labels: y, moment: try UtilityParity(parity, rows: rows), eps: eps, base: base)
            fitted = try play(&game)
        case .boundedGroupLoss(let upperBound):
            var game = try Lagrangian(x: x, labels: y, moment: try BoundedGroupLoss(upperBound: upperBound, rows: rows), eps: eps, base: base)
            fitted = try play(&game)
        }
    }

    /// The game itself, for any moment.
    private func play<Moment>(_ game: inout Lagrangian<Base, Moment>) throws -> Fitted {
        typealias C = ExponentiatedGradientConstants
        let y = game.labels
        let K = game.moment.count, B = game.bound
        var theta = [Double](repeating: 0, count: K)
        var lambdaSum = [Double](repeating: 0, count: K)
        var counts: [Double] = []
        var gapsEG: [Double] = [], gaps: [Double] = [], mixtures: [[Double]] = []
        var lastRegretCheck = C.regretCheckStart, lastGap = Double.infinity
        var nu = self.nu ?? 0, eta = 0.0
        for t in 0..<maxIterations {
            let e = theta.map(exp), denominator = 1 + e.reduce(0, +)
            let lambda = e.map { B * $0 / denominator }
            for k in 0..<K { lambdaSum[k] += lambda[k] }
            let lambdaEG = lambdaSum.map { $0 / Double(t + 1) }
            let h = try game.bestResponse(lambda)
            if t == 0 {
                if self.nu == nil { nu = C.accuracyMultiplier * Self.errorDeviation(game.predictions[h], y) / Double(y.count).squareRoot() }
                eta = eta0 / B
            }
            if counts.count < game.predictors.count { counts += [Double](repeating: 0, count: game.predictors.count - counts.count) }
            counts[h] += 1
            let gamma = game.gammas[h]
            let total = counts.reduce(0, +)
            let qEG = counts.map { $0 / total }
            let gapEG = try game.gap(qEG, lambdaEG, nu: nu).gap
            gapsEG.append(gapEG)
            var gapLP = Double.infinity, qLP: [Double] = []
            if t > 0 {
                let lp = try game.solveLinearProgram(nu: nu)
                (gapLP, qLP) = (lp.result.gap, lp.q)
            }
            if gapEG < gapLP { mixtures.append(qEG); gaps.append(gapEG) } else { mixtures.append(qLP); gaps.append(gapLP) }
            if gaps[t] < nu, t >= C.minimumIterations { break }
            if Double(t) >= lastRegretCheck * C.regretCheckIncrease {
                let best = gapsEG.min() ?? .infinity
                if best > lastGap * C.shrinkRegret { eta *= C.shrinkEta }
                (lastRegretCheck, lastGap) = (Double(t), best)
            }
            for k in 0..<K { theta[k] += eta * (gamma[k] - game.constraintBound) }
        }
        let smallest = gaps.min() ?? 0
        let bestIteration = gaps.lastIndex { $0 <= smallest + C.precision } ?? 0
        var weights = mixtures[bestIteration]
        weights += [Double](repeating: 0, count: game.predictors.count - weights.count)
        // The simplex leaves weights a few ulps off (0.9999999999999991 for a single predictor),
        // which would make every row look randomised: drop rounding-level weights, renormalise.
        weights = weights.map { $0 < ExponentiatedGradientConstants.precision * 1e-4 ? 0 : $0 }
        let weightSum = weights.reduce(0, +)
        weights = weights.map { $0 / weightSum }
        return Fitted(predictors: game.predictors, weights: weights,
                      report: Self.report(game: game, constraint: constraint, weights: weights, nu: nu, iterations: gaps.count,
                                          bestIteration: bestIteration, bestGap: gaps[bestIteration], eps: eps))
    }

    /// P(positive) = Σ_j Q_j h_j(x) for each row (deterministic: the expected value of `predict`).
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("ExponentiatedGradient") }
        var p = [Double](repeating: 0, count: x.rows)
        for (predictor, weight) in zip(fitted.predictors, fitted.weights) where weight > 0 {
            let h = try predictor.predict(x)
            for i in 0..<x.rows where h[i] == 1 { p[i] += weight }
        }
        return p.map { min(max($0, 0), 1) }
    }

    /// Labels drawn from `predictProbability` with the stored seed (reproducible).
    public func predict(_ x: Matrix) throws -> [Int] {
        RandomisedDecision.sample(try predictProbability(x), seed: seed)
    }

    /// The single predictor with the smallest err + B·max(0, max γ − b) on the training rows:
    /// a deterministic classifier whose cost in the constraint the report shows.
    public func bestSinglePredictor() throws -> ReductionPredictor<Base> {
        guard let fitted else { throw MitigationError.notFitted("ExponentiatedGradient") }
        return fitted.predictors[Self.bestSingle(fitted.report.predictors, bound: fitted.report.constraintBound, eps: eps)]
    }

    private static func bestSingle(_ summaries: [PredictorSummary], bound: Double, eps: Double) -> Int {
        let scores = summaries.map { $0.error + max(0, $0.largestViolation - bound) / eps }
        return scores.indices.min { scores[$0] < scores[$1] } ?? 0
    }

    /// The sample standard deviation (n − 1) of |h − y|, as pandas' `std`.
    static func errorDeviation(_ h: [Int], _ y: [Int]) -> Double {
        let e = zip(h, y).map { Double(abs($0 - $1)) }
        guard e.count > 1 else { return 0 }
        let mean = e.reduce(0, +) / Double(e.count)
        return (e.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(e.count - 1)).squareRoot()
    }

    private static func report<Moment>(game: Lagrangian<Base, Moment>, constraint: ReductionConstraint, weights: [Double],
                                       nu: Double, iterations: Int, bestIteration: Int, bestGap: Double, eps: Double) -> Report {
        let chosen = game.evaluate(weights, [Double](repeating: 0, count: game.moment.count))
        let largest = chosen.gamma.max() ?? 0
        let summaries = game.predictors.indices.map { j in
            PredictorSummary(weight: weights[j], error: game.errors[j], largestViolation: game.gammas[j].max() ?? 0)
        }
        var p = [Double](repeating: 0, count: game.labels.count)
        for j in weights.indices where weights[j] > 0 {
            for i in p.indices where game.predictions[j][i] == 1 { p[i] += weights[j] }
        }
        let best = bestSingle(summaries, bound: game.constraintBound, eps: eps)
        let thresholded = p.map { $0 >= 0.5 ? 1 : 0 }
        let derandomised = [
            Derandomised(name: "best predictor", trainingError: summaries[best].error, largestViolation: summaries[best].largestViolation),
            Derandomised(name: "threshold 0.5", trainingError: game.error(thresholded),
                         largestViolation: game.moment.gamma(thresholded).max() ?? 0),
        ]
        return Report(constraint: constraint, eps: eps, constraintBound: game.constraintBound, nu: nu, iterations: iterations, bestIteration: bestIteration,
                      bestGap: bestGap, oracleCalls: game.oracleCalls, predictors: summaries, trainingError: chosen.error,
                      largestViolation: largest, constraintMet: largest <= game.constraintBound + ExponentiatedGradientConstants.precision,
                      randomisedShare: RandomisedDecision.randomisedShare(p), derandomised: derandomised)
    }
}
