/// Permutation SHAP with antithetic sampling (Štrumbelj & Kononenko, "Explaining prediction models
/// and individual predictions with feature contributions", KAIS 41, 2014; Mitchell et al.,
/// "Sampling permutations for Shapley value estimation", JMLR 23, 2022; shap's
/// `PermutationExplainer`): for each sampled order of the players, and for the same order
/// reversed, add the players one by one and credit each with the change of the interventional
/// value v(S) it causes; φ is the average over the 2P passes. Each pass telescopes to
/// f(x) − E f, so efficiency holds exactly whatever P; the reversed pass cancels much of the
/// variance. Cost: 2P (M − 1) + 2 coalitions, linear in M — for models with many features.
///
/// Example: with M = 2 any order and its reverse are both orders, so one pair gives the exact
/// values: f = x₀x₁, x = [1, 1], background [0, 0]: φ = [½, ½].
public struct PermutationShapley: Sendable {
    public let model: ExplainedModel
    public let background: Background
    public let groupsAsPlayers: Bool
    /// P: antithetic pairs of passes.
    public let permutations: Int
    public let seed: UInt64

    public init(model: ExplainedModel, background: Background, groupsAsPlayers: Bool = true,
                permutations: Int = 10, seed: UInt64 = 0) throws {
        try ExplainInput.check(background, model: model)
        guard permutations >= 1 else {
            throw ExplainError.invalidSetting(name: "permutations", value: "\(permutations)", requirement: "at least 1")
        }
        self.model = model
        self.background = background
        self.groupsAsPlayers = groupsAsPlayers
        self.permutations = permutations
        self.seed = seed
    }

    /// Explains the rows of `x` at `rows` (every row when nil).
    public func explain(_ x: Matrix, rows: [Int]? = nil) throws -> ShapleyExplanation {
        let players = PlayerSet(model: model, groupsAsPlayers: groupsAsPlayers)
        let game = CoalitionValues(model: model, background: background, players: players)
        let m = players.count
        var generator = SeededGenerator(seed: seed)
        let explained = try ExplainInput.rows(x, rows, model: model).map { row in
            var orders: [[Int]] = []
            for _ in 0..<permutations {
                let order = generator.permutation(m)
                orders += [order, order.reversed()]
            }
            // Every prefix of every order, including ∅ and N once each at the ends.
            var coalitions: [[Bool]] = [[Bool](repeating: false, count: m)]
            for order in orders {
                var mask = [Bool](repeating: false, count: m)
                for p in order.dropLast() {
                    mask[p] = true
                    coalitions.append(mask)
                }
            }
            coalitions.append([Bool](repeating: true, count: m))
            let v = try game.values(x: row.values, coalitions: coalitions)
            let (empty, full) = (v[0], v[v.count - 1])
            var phi = [Double](repeating: 0, count: m)
            var at = 1
            for order in orders {
                var previous = empty
                for p in order.dropLast() {
                    phi[p] += v[at] - previous
                    previous = v[at]
                    at += 1
                }
                phi[order[m - 1]] += full - previous
            }
            return (row.index, empty, phi.map { $0 / Double(orders.count) }, full)
        }
        return ShapleyExplanation(method: "permutation-shap", space: model.space, players: players, rows: explained)
    }
}
