/// One predictor the reductions found: a base model fitted on relabelled, reweighted rows, or a
/// constant when the relabelling left a single label (Fairlearn uses a `DummyClassifier` then).
public enum ReductionPredictor<Base: Classifier>: Sendable {
    case model(Base)
    case constant(Int)

    /// Hard labels (the base model's `predict`: 1 when P > 0.5), as Fairlearn's reductions use.
    public func predict(_ x: Matrix) throws -> [Int] {
        switch self {
        case .model(let model): return try model.predict(x)
        case .constant(let label): return [Int](repeating: label, count: x.rows)
        }
    }

    /// The base model's P(positive), or the constant as 0 or 1.
    public func probability(_ x: Matrix) throws -> [Double] {
        switch self {
        case .model(let model): return try model.predictProbability(x)
        case .constant(let label): return [Double](repeating: Double(label), count: x.rows)
        }
    }
}

/// The Lagrangian game of Agarwal et al. (2018), as Fairlearn 0.15's `_Lagrangian`:
///   L(Q, λ) = err(Q) + Σ_k λ_k (γ_k(Q) − ε),  ‖λ‖₁ ≤ B,
/// over mixtures Q of predictors. The learner's best response to λ is a cost-sensitive fit of
/// the base model (`bestResponse`); the gap between the learner's and the auditor's best
/// responses measures how far a (Q, λ) pair is from the saddle point (`gap`).
struct Lagrangian<Base: Classifier, Moment: ReductionMoment> {
    /// The bounds of L at a pair (Q, λ̂): L itself, L_low (the learner's best response to λ̂) and
    /// L_high (the auditor's: all of B on the most violated constraint).
    struct GapResult {
        var L: Double
        var lower: Double
        var upper: Double
        var gamma: [Double]
        var error: Double
        var gap: Double { max(L - lower, upper - L) }
    }

    let x: Matrix
    let labels: [Int]
    let moment: Moment
    /// The bound of every γ_k: the moment's own (bounded group loss's ζ) or ε.
    let constraintBound: Double
    let bound: Double
    let base: Base
    private(set) var predictors: [ReductionPredictor<Base>] = []
    private(set) var predictions: [[Int]] = []
    private(set) var errors: [Double] = []
    private(set) var gammas: [[Double]] = []
    private(set) var oracleCalls = 0
    /// A logistic base's design prepared once, with its warm starts (`LogisticRefits`).
    private var logisticRefits: LogisticRefits?
    private var linearProgramCache: (count: Int, q: [Double], lambda: [Double], result: GapResult)?

    init(x: Matrix, labels: [Int], moment: Moment, eps: Double, base: Base) throws {
        if let logistic = base as? LogisticRegression { logisticRefits = try LogisticRefits(model: logistic, x: x) }
        self.x = x
        self.labels = labels
        self.moment = moment
        self.constraintBound = moment.upperBound ?? eps
        self.bound = 1 / eps
        self.base = base
    }

    /// err(h) = P(h ≠ y) on the training rows.
    func error(_ h: [Int]) -> Double {
        var wrong = 0
        for i in h.indices where h[i] != labels[i] { wrong += 1 }
        return Double(wrong) / Double(h.count)
    }

    /// The oracle: the predictor minimising err(h) + λ·γ(h), found by fitting the base model to
    /// labels 1 where predicting 1 costs less (signed weight > 0) with weights |signed weight|,
    /// rescaled to sum to n. It is kept when it beats every earlier predictor by more than
    /// `precision`; the index of the best one is returned.
    mutating func bestResponse(_ lambda: [Double]) throws -> Int {
        let (predictor, h) = try fitCostSensitive(lambda, rescaleWeights: true)
        let hError = error(h), hGamma = moment.gamma(h)
        let value = hError + dot(hGamma, lambda)
        var bestIndex = -1, bestValue = Double.infinity
        for j in predictors.indices {
            let v = errors[j] + dot(gammas[j], lambda)
            if v < bestValue { (bestIndex, bestValue) = (j, v) }
        }
        if value < bestValue - ExponentiatedGradientConstants.precision {
            predictors.append(predictor)
            predictions.append(h)
            errors.append(hError)
            gammas.append(hGamma)
            bestIndex = predictors.count - 1
        }
        return bestIndex
    }

    /// The base model fitted to the cost-sensitive problem of λ, with its labels on the training
    /// rows. A classification moment labels a row 1 where its signed weight (2y − 1 for the error
    /// plus the constraint's `signedWeights`) is positive; a loss moment keeps the labels and its
    /// signed weight is 1 plus the constraint's. The weight is the absolute value, rescaled to sum
    /// to n for exponentiated gradient (Fairlearn's grid search does not rescale). A single label
    /// gives a constant predictor.
    mutating func fitCostSensitive(_ lambda: [Double], rescaleWeights: Bool) throws -> (ReductionPredictor<Base>, [Int]) {
        let constraintWeights = moment.signedWeights(lambda)
        let relabels = moment.relabels
        let signed = labels.indices.map { (relabels ? Double(2 * labels[$0] - 1) : 1) + constraintWeights[$0] }
        let relabelled = relabels ? signed.map { $0 > 0 ? 1 : 0 } : labels
        var weights = signed.map(abs)
        if rescaleWeights {
            let total = weights.reduce(0, +)
            weights = weights.map { Double(labels.count) * $0 / total }
        }
        oracleCalls += 1
        guard relabelled.contains(0), relabelled.contains(1) else {
            return (.constant(relabelled[0]), [Int](repeating: relabelled[0], count: labels.count))
        }
        // A logistic base refits on the design prepared once, from the best of its recent
        // solutions, and its labels come from the fit's own margins: σ(z) > 0.5, as `predict`.
        if var refits = logisticRefits {
            let (model, margins) = try refits.fit(labels: relabelled, weights: weights)
            logisticRefits = refits
            if let model = model as? Base {
                let h = margins.map { DecisionRule.label(probability: StableFunctions.logistic($0), threshold: DecisionRule.defaultThreshold) }
                return (.model(model), h)
            }
        }
        var model = base
        try model.fit(x, relabelled, sampleWeight: weights)
        return (.model(model), try model.predict(x))
    }

    /// (L, L_high, γ, err) of the mixture `q` (weights per predictor, missing ones 0) at λ,
    /// with λ projected first (`ReductionMoment.project`).
    func evaluate(_ q: [Double], _ lambda: [Double]) -> GapResult {
        var error = 0.0
        var gamma = [Double](repeating: 0, count: moment.count)
        for j in q.indices where q[j] != 0 {
            error += errors[j] * q[j]
            for k in gamma.indices { gamma[k] += gammas[j][k] * q[j] }
        }
        let projected = moment.project(lambda)
        let L = error + zip(projected, gamma).reduce(0) { $0 + $1.0 * ($1.1 - constraintBound) }
        let worst = gamma.map { $0 - constraintBound }.max() ?? 0
        let upper = error + (worst > 0 ? bound * worst : 0)
        return GapResult(L: L, lower: L, upper: upper, gamma: gamma, error: error)
    }

    /// The duality gap of (q, λ̂): L_low is the smallest L(h, λ̂) over the best responses to
    /// m·λ̂, m in 1, 2, 5, 10, stopping once the gap exceeds ν.
    mutating func gap(_ q: [Double], _ lambdaHat: [Double], nu: Double) throws -> GapResult {
        var result = evaluate(q, lambdaHat)
        for m in ExponentiatedGradientConstants.lowerBoundMultipliers {
            let j = try bestResponse(lambdaHat.map { $0 * m })
            var single = [Double](repeating: 0, count: predictors.count)
            single[j] = 1
            let low = evaluate(single, lambdaHat).L
            if low < result.lower { result.lower = low }
            if result.gap > nu + ExponentiatedGradientConstants.precision { break }
        }
        return result
    }

    /// The best mixture of the predictors found so far, and its multipliers, by linear
    /// programming (Fairlearn's `solve_linprog`): minimise Σ_h err_h Q_h + B z subject to
    /// Σ_h (γ_hk − b) Q_h − z ≤ 0 for every k, Σ Q = 1, Q, z ≥ 0; λ from the dual, maximise ν
    /// subject to ν − Σ_k (γ_hk − b) μ_k ≤ err_h for every h, Σ μ ≤ B, μ ≥ 0 (b: the bound,
    /// ε or ζ).
    mutating func solveLinearProgram(nu: Double) throws -> (q: [Double], lambda: [Double], result: GapResult) {
        if let cache = linearProgramCache, cache.count == predictors.count { return (cache.q, cache.lambda, cache.result) }
        let H = predictors.count, K = moment.count
        var constraints: [LinearProgram.Constraint] = (0..<K).map { k in
            .init((0..<H).map { gammas[$0][k] - constraintBound } + [-1], .lessOrEqual, 0)
        }
        constraints.append(.init([Double](repeating: 1, count: H) + [0], .equal, 1))
        let primal = try LinearProgram(minimise: errors + [bound], constraints: constraints).solve()
        var dualConstraints: [LinearProgram.Constraint] = (0..<H).map { h in
            .init((0..<K).map { -(gammas[h][$0] - constraintBound) } + [1], .lessOrEqual, errors[h])
        }
        dualConstraints.append(.init([Double](repeating: 1, count: K) + [0], .lessOrEqual, bound))
        let dual = try LinearProgram(minimise: [Double](repeating: 0, count: K) + [-1], constraints: dualConstraints,
                                     bounds: [LinearProgram.Bounds](repeating: .nonNegative, count: K) + [.free]).solve()
        let q = Array(primal.x.prefix(H)), lambda = Array(dual.x.prefix(K))
        let result = try gap(q, lambda, nu: nu)
        linearProgramCache = (H, q, lambda, result)
        return (q, lambda, result)
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
