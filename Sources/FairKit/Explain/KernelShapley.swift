import Dispatch

/// Kernel SHAP (Lundberg & Lee, "A unified approach to interpreting model predictions", NeurIPS
/// 2017), as shap 0.51's `KernelExplainer` computes it with `l1_reg=False`: the Shapley values are
/// the weighted least-squares fit of the coalition values v(S) − E f on the coalition masks, with
/// the Shapley kernel weights (`KernelShapleyPlan`) and the efficiency constraint
/// Σ φ = f(x) − E f enforced by eliminating the last player:
///   minimise Σ_k w_k (v(S_k) − E f − z_k,M (f(x) − E f) − Σ_{j<M} (z_kj − z_kM) φ_j)².
/// Players whose values equal every background row's (numpy `allclose`) get 0 and are left out,
/// as in shap; one varying player gets all of f(x) − E f.
///
/// Differences from shap, on purpose: each distinct coalition is evaluated once, in batches over
/// every core; no feature selection (shap's default `l1_reg="num_features(10)"` would keep 10);
/// the random stream is FairKit's `SeededGenerator` (results agree with shap within sampling
/// error, and exactly when every coalition is enumerated, i.e. budget ≥ 2^M − 2).
///
/// Example: f = x₀ + 2x₁ + x₀x₁, x = [1, 1], background [0, 0]: M = 2, both singletons are
/// enumerated (budget 2 = 2² − 2), v({0}) = 1, v({1}) = 2, and the fit gives the exact values
/// φ = [1.5, 2.5] (the interaction split equally), summing to f(x) − E f = 4.
public struct KernelShapley: Sendable {
    public let model: ExplainedModel
    public let background: Background
    /// Whether source columns are the players (shap's grouped KernelExplainer) or single features.
    public let groupsAsPlayers: Bool
    /// The coalition budget; nil means shap's default 2M + 2048 (M varying players).
    public let samples: Int?
    /// The seed of the coalition sampling.
    public let seed: UInt64

    public init(model: ExplainedModel, background: Background, groupsAsPlayers: Bool = true,
                samples: Int? = nil, seed: UInt64 = 0) throws {
        try ExplainInput.check(background, model: model)
        if let samples, samples < 1 {
            throw ExplainError.invalidSetting(name: "samples", value: "\(samples)", requirement: "at least 1 (or nil for 2M + 2048)")
        }
        self.model = model
        self.background = background
        self.groupsAsPlayers = groupsAsPlayers
        self.samples = samples
        self.seed = seed
    }

    /// Where a long run stands, reported after each row.
    public struct Progress: Sendable, Equatable {
        public let done: Int
        public let total: Int
        public let elapsed: Double
        /// Seconds left at the mean pace so far.
        public let remaining: Double
    }

    /// Explains the rows of `x` at `rows` (every row when nil). With a `timeBudget` (seconds), rows
    /// not started before it runs out are left out and listed in `unexplainedRows`; `progress`
    /// hears after each row how far the run is and how long the rest should take.
    public func explain(_ x: Matrix, rows: [Int]? = nil, timeBudget: Double? = nil,
                        progress: ((Progress) -> Void)? = nil) throws -> ShapleyExplanation {
        let players = PlayerSet(model: model, groupsAsPlayers: groupsAsPlayers)
        let game = CoalitionValues(model: model, background: background, players: players)
        let backgroundOutputs = try model.evaluateInParallel(background.rows)
        let base = background.weightedMean(backgroundOutputs[...])
        var generator = SeededGenerator(seed: seed)
        let input = try ExplainInput.rows(x, rows, model: model)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var explained: [(index: Int, base: Double, phi: [Double], output: Double)] = []
        for row in input {
            if let timeBudget, elapsed() > timeBudget { break }
            let fx = try model.evaluate(Matrix(rows: 1, columns: row.values.count, storage: row.values))[0]
            let phi = try attributions(row.values, fx: fx, base: base, players: players, game: game, generator: &generator)
            explained.append((row.index, base, phi, fx))
            let t = elapsed()
            progress?(Progress(done: explained.count, total: input.count, elapsed: t,
                               remaining: t / Double(explained.count) * Double(input.count - explained.count)))
        }
        return ShapleyExplanation(method: "kernel-shap", space: model.space, players: players, rows: explained,
                                  unexplainedRows: input.dropFirst(explained.count).map(\.index))
    }

    private func attributions(_ x: [Double], fx: Double, base: Double, players: PlayerSet, game: CoalitionValues,
                              generator: inout SeededGenerator) throws -> [Double] {
        var phi = [Double](repeating: 0, count: players.count)
        let varying = players.columns.indices.filter { varies(players.columns[$0], x) }
        guard varying.count > 1 else {
            if let only = varying.first { phi[only] = fx - base }
            return phi
        }
        let m = varying.count
        let plan = KernelShapleyPlan(players: m, budget: samples ?? 2 * m + ExplainConstants.kernelSampleBase,
                                     generator: &generator)
        let v = try game.values(x: x, coalitions: plan.coalitions, among: varying)
        let local = try Self.solve(plan: plan, values: v, fx: fx, base: base)
        for (k, p) in varying.enumerated() { phi[p] = local[k] }
        return phi
    }

    /// The constrained weighted least squares (shap's `solve` without feature selection), by the
    /// normal equations and a Cholesky factorisation.
    static func solve(plan: KernelShapleyPlan, values v: [Double], fx: Double, base: Double) throws -> [Double] {
        let m = plan.coalitions.first?.count ?? 0
        let total = fx - base
        let last = m - 1
        var gram = Matrix(rows: last, columns: last)
        var rhs = [Double](repeating: 0, count: last)
        // Row k of the design is z_j = z_kj − z_k,last ∈ {−1, 0, 1}: +1 on S when the last player is
        // out, −1 off S when it is in. Only those entries touch the normal equations.
        var nonZero = [Int]()
        gram.storage.withUnsafeMutableBufferPointer { g in
            for (k, mask) in plan.coalitions.enumerated() {
                let lastIn = mask[last]
                let y = v[k] - base - (lastIn ? total : 0)
                let sign = lastIn ? -1.0 : 1.0
                nonZero.removeAll(keepingCapacity: true)
                for j in 0..<last where mask[j] != lastIn { nonZero.append(j) }
                let w = plan.weights[k]
                for (a, i) in nonZero.enumerated() {
                    rhs[i] += w * sign * y
                    let row = i * last
                    // z_i z_j = sign² = 1 for every pair of non-zero entries.
                    for b in 0...a { g[row + nonZero[b]] += w }
                }
            }
        }
        for i in 0..<last { for j in 0..<i { gram[j, i] = gram[i, j] } }
        let factor: CholeskyFactorization
        do { factor = try CholeskyFactorization(gram) } catch {
            throw ExplainError.singularSystem(players: m, coalitions: plan.coalitions.count)
        }
        var phi = try factor.solve(rhs)
        phi.append(total - phi.reduce(0, +))
        return phi
    }

    /// Whether any of the player's columns differs from some background row (numpy `allclose`).
    private func varies(_ columns: [Int], _ x: [Double]) -> Bool {
        let bg = background.rows
        let (absolute, relative) = (ExplainConstants.allcloseAbsolute, ExplainConstants.allcloseRelative)
        return bg.storage.withUnsafeBufferPointer { b in
            for c in columns {
                for r in 0..<bg.rows {
                    let value = b[r * bg.columns + c]
                    if abs(x[c] - value) > absolute + relative * abs(value) { return true }
                }
            }
            return false
        }
    }
}
