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

    /// Where a long run stands: reported as coalitions are evaluated (a few times per row, after
    /// each wave of model calls) and after each row, so a run of a few slow rows still moves.
    public struct Progress: Sendable, Equatable {
        /// Coalitions evaluated so far.
        public let done: Int
        /// The coalitions the whole run should evaluate: each row's budget, capped at 2^M − 2 for
        /// its M varying players (a row whose sampling stops early evaluates fewer).
        public let total: Int
        /// Rows finished.
        public let rowsDone: Int
        /// Rows asked for.
        public let rows: Int
        /// Seconds since the run started.
        public let elapsed: Double
        /// Seconds left at the rate so far (coalitions per second); 0 before any is done.
        /// Example: 1,500 of 20,000 coalitions in 1 s leave 18,500 / 1,500 ≈ 12.3 s.
        public let remaining: Double

        /// A report; `remaining` is elapsed / done x (total − done).
        public init(done: Int, total: Int, rowsDone: Int, rows: Int, elapsed: Double) {
            (self.done, self.total, self.rowsDone, self.rows, self.elapsed) = (done, total, rowsDone, rows, elapsed)
            remaining = done > 0 ? elapsed / Double(done) * Double(max(total - done, 0)) : 0
        }
    }

    /// Explains the rows of `x` at `rows` (every row when nil). With a `timeBudget` (seconds), rows
    /// not started before it runs out are left out and listed in `unexplainedRows`; `progress`
    /// hears, on the calling thread, how far the run is and how long the rest should take.
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
        // Each row's varying players, found once: its plan, its progress total and its
        // attributions all need them.
        let varying = input.map { self.varying($0.values, players: players) }
        @Sendable func output(_ row: Int) throws -> Double {
            try model.evaluate(Matrix(rows: 1, columns: input[row].values.count, storage: input[row].values))[0]
        }
        if timeBudget == nil, progress == nil {
            // Nobody waits on a row: every row's plan is drawn first, in row order from the one
            // generator, and the rows are then explained on every core, with the same numbers as
            // one after another.
            let plans = varying.map { plan($0.count, generator: &generator) }
            let explained = try ParallelMap.run(count: input.count) { i -> (index: Int, base: Double, phi: [Double], output: Double) in
                let fx = try output(i)
                let phi = try attributions(input[i].values, varying: varying[i], fx: fx, base: base, players: players, game: game, plan: plans[i]).phi
                return (input[i].index, base, phi, fx)
            }
            return ShapleyExplanation(method: "kernel-shap", space: model.space, players: players, rows: explained, unexplainedRows: [])
        }
        let total = progress == nil ? 0 : varying.reduce(0) { $0 + coalitionCount($1.count) }
        var finished = 0
        var explained: [(index: Int, base: Double, phi: [Double], output: Double)] = []
        for (i, row) in input.enumerated() {
            if let timeBudget, elapsed() > timeBudget { break }
            let fx = try output(i)
            let report = progress.map { report in { (done: Int) in
                report(Progress(done: finished + done, total: total, rowsDone: explained.count, rows: input.count, elapsed: elapsed()))
            } }
            let plan = plan(varying[i].count, generator: &generator)
            let (phi, evaluated) = try attributions(row.values, varying: varying[i], fx: fx, base: base, players: players, game: game,
                                                    plan: plan, progress: report)
            finished += evaluated
            explained.append((row.index, base, phi, fx))
            progress?(Progress(done: finished, total: total, rowsDone: explained.count, rows: input.count, elapsed: elapsed()))
        }
        return ShapleyExplanation(method: "kernel-shap", space: model.space, players: players, rows: explained,
                                  unexplainedRows: input.dropFirst(explained.count).map(\.index))
    }

    /// The coalitions of a row with `m` varying players, drawn from `generator` (none for fewer
    /// than two players, whose values need no game).
    private func plan(_ m: Int, generator: inout SeededGenerator) -> KernelShapleyPlan? {
        m > 1 ? KernelShapleyPlan(players: m, budget: budget(m), generator: &generator) : nil
    }

    /// The coalitions a row with `m` varying players evaluates (none for fewer than two players,
    /// whose values need no game).
    private func coalitionCount(_ m: Int) -> Int {
        m > 1 ? KernelShapleyPlan.size(players: m, budget: budget(m)) : 0
    }

    /// The requested budget for `m` varying players: `samples`, or shap's default 2M + 2048.
    private func budget(_ m: Int) -> Int { samples ?? 2 * m + ExplainConstants.kernelSampleBase }

    /// The attributions of one row with its `varying` players by its `plan` (nil: fewer than two
    /// varying players), and how many coalitions it evaluated.
    private func attributions(_ x: [Double], varying: [Int], fx: Double, base: Double, players: PlayerSet, game: CoalitionValues,
                              plan: KernelShapleyPlan?, progress: ((Int) -> Void)? = nil) throws -> (phi: [Double], evaluated: Int) {
        var phi = [Double](repeating: 0, count: players.count)
        guard let plan else {
            if let only = varying.first { phi[only] = fx - base }
            return (phi, 0)
        }
        let v = try game.values(x: x, coalitions: plan.coalitions, among: varying, progress: progress)
        let local = try Self.solve(plan: plan, values: v, fx: fx, base: base)
        for (k, p) in varying.enumerated() { phi[p] = local[k] }
        return (phi, plan.coalitions.count)
    }

    /// The players whose values differ from some background row's (the others get 0).
    private func varying(_ x: [Double], players: PlayerSet) -> [Int] {
        players.columns.indices.filter { varies(players.columns[$0], x) }
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
