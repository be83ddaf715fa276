/// Exact Shapley values by enumerating every coalition of the players (features, or source
/// columns): for M players,
///   φ_i = Σ_{S ⊆ N∖{i}} |S|! (M − |S| − 1)! / M! · (v(S ∪ {i}) − v(S)),
/// with the interventional game v(S) = Σ_b w_b f(x_S, b_rest) over a background (Shapley, "A
/// value for n-person games", 1953; Lundberg & Lee, NeurIPS 2017; shap's `ExactExplainer` with an
/// `Independent` masker computes the same numbers). Base value v(∅) = E f, output v(N) = f(x).
///
/// Cost: 2^M coalitions times the background rows; M is limited to
/// `ExplainConstants.maxExactPlayers`.
///
/// Example: f(x) = x₀·x₁, x = [1, 1], one background row [0, 0]: v(∅) = v({0}) = v({1}) = 0,
/// v({0, 1}) = 1, so φ₀ = ½(v({0}) − v(∅)) + ½(v({0,1}) − v({1})) = ½, and φ₁ = ½.
public struct ExactShapley: Sendable {
    public let model: ExplainedModel
    public let background: Background
    /// Whether source columns are the players (one-hot blocks move together) or single features.
    public let groupsAsPlayers: Bool

    public init(model: ExplainedModel, background: Background, groupsAsPlayers: Bool = true) throws {
        try ExplainInput.check(background, model: model)
        let players = groupsAsPlayers ? model.groups.names.count : model.featureNames.count
        guard players <= ExplainConstants.maxExactPlayers else {
            throw ExplainError.tooManyPlayers(players: players, limit: ExplainConstants.maxExactPlayers)
        }
        self.model = model
        self.background = background
        self.groupsAsPlayers = groupsAsPlayers
    }

    /// Explains the rows of `x` at `rows` (every row when nil).
    public func explain(_ x: Matrix, rows: [Int]? = nil) throws -> ShapleyExplanation {
        let players = PlayerSet(model: model, groupsAsPlayers: groupsAsPlayers)
        let game = CoalitionValues(model: model, background: background, players: players)
        let m = players.count
        let coalitions = (0..<(1 << m)).map { mask in (0..<m).map { mask & (1 << $0) != 0 } }
        let explained = try ExplainInput.rows(x, rows, model: model).map { row in
            let v = try game.values(x: row.values, coalitions: coalitions)
            return (row.index, v[0], ShapleyEnumeration.values(players: m, v: v), v[(1 << m) - 1])
        }
        return ShapleyExplanation(method: "exact-shap", space: model.space, players: players, rows: explained)
    }
}

/// The Shapley formula over a game given by all 2^M coalition values.
enum ShapleyEnumeration {
    /// φ from v indexed by bitmask (bit p set: player p in the coalition).
    static func values(players m: Int, v: [Double]) -> [Double] {
        // weight[s] = s! (m − s − 1)! / m! = 1 / (m · C(m − 1, s))
        var weight = [Double](repeating: 0, count: max(m, 1))
        var binomial = 1.0
        for s in 0..<m {
            weight[s] = 1 / (Double(m) * binomial)
            binomial = binomial * Double(m - 1 - s) / Double(s + 1)
        }
        var phi = [Double](repeating: 0, count: m)
        for mask in 0..<(1 << m) {
            let size = mask.nonzeroBitCount
            for p in 0..<m where mask & (1 << p) == 0 {
                phi[p] += weight[size] * (v[mask | (1 << p)] - v[mask])
            }
        }
        return phi
    }
}
