/// The result every Shapley-type explainer returns: for each explained row the base value E f,
/// one attribution per player (feature, or source column when the explainer played groups), the
/// model's output f(x), all on `space`; attributions summed per source column; and the
/// efficiency diagnostic that says whether the numbers add up.
///
/// Efficiency (Shapley 1953; Lundberg & Lee 2017, "local accuracy"): Σ_i φ_i = f(x) − E f.
/// Example: base 0.2, output 0.7, attributions [0.4, 0.1] add up (residual 0).
public struct ShapleyExplanation: Sendable, Equatable {
    /// One explained row.
    public struct Row: Sendable, Equatable {
        /// The row's index in the data it came from.
        public let index: Int
        /// E f: the model's mean output over the background (what the attributions start from).
        public let baseValue: Double
        /// φ, one per player (`ShapleyExplanation.playerNames`).
        public let attributions: [Double]
        /// f(x).
        public let output: Double
        /// φ summed by source column (`ShapleyExplanation.sourceColumns`).
        public let sourceColumnAttributions: [Double]

        /// f(x) − E f − Σ φ: zero up to rounding for an exact method.
        public var efficiencyResidual: Double { output - baseValue - attributions.reduce(0, +) }

        /// |residual| / max(1, |f(x) − E f|, Σ |φ|): the residual relative to the numbers' size.
        public var relativeEfficiencyResidual: Double {
            let scale = max(1, abs(output - baseValue), attributions.reduce(0) { $0 + abs($1) })
            return abs(efficiencyResidual) / scale
        }

        /// Whether the attributions add up to f(x) − E f within `tolerance` (relative).
        public func isEfficient(tolerance: Double = ExplainConstants.efficiencyTolerance) -> Bool {
            relativeEfficiencyResidual <= tolerance
        }
    }

    /// Which explainer made this ("exact-shap", "kernel-shap", ...).
    public let method: String
    /// The scale of base values, outputs and attributions.
    public let space: OutputSpace
    /// The players' names: the encoded features, or the source columns when groups were played.
    public let playerNames: [String]
    /// The source columns.
    public let sourceColumns: [String]
    /// For each player, its source column's index.
    public let sourceColumnOfPlayer: [Int]
    /// The explained rows, in the order asked for.
    public let rows: [Row]
    /// Rows asked for but not explained because a time budget ran out (empty otherwise).
    public let unexplainedRows: [Int]

    /// Builds the result, summing attributions by source column.
    init(method: String, space: OutputSpace, players: PlayerSet, rows: [(index: Int, base: Double, phi: [Double], output: Double)],
         unexplainedRows: [Int] = []) {
        self.unexplainedRows = unexplainedRows
        self.method = method
        self.space = space
        self.playerNames = players.names
        self.sourceColumns = players.sourceColumns
        self.sourceColumnOfPlayer = players.sourceColumnOfPlayer
        self.rows = rows.map { r in
            var bySource = [Double](repeating: 0, count: players.sourceColumns.count)
            for (p, v) in r.phi.enumerated() { bySource[players.sourceColumnOfPlayer[p]] += v }
            return Row(index: r.index, baseValue: r.base, attributions: r.phi, output: r.output,
                       sourceColumnAttributions: bySource)
        }
    }

    /// The largest relative efficiency residual over the rows (0 when there are none).
    public var worstRelativeEfficiencyResidual: Double {
        rows.map(\.relativeEfficiencyResidual).max() ?? 0
    }
}

/// The players of a Shapley game over a model's features: each player owns some feature columns.
struct PlayerSet: Sendable {
    let names: [String]
    /// The encoded feature columns each player sets.
    let columns: [[Int]]
    let sourceColumns: [String]
    let sourceColumnOfPlayer: [Int]

    /// Features as players (`groupsAsPlayers` false) or source columns as players.
    init(model: ExplainedModel, groupsAsPlayers: Bool) {
        sourceColumns = model.groups.names
        if groupsAsPlayers {
            names = model.groups.names
            columns = model.groups.members
            sourceColumnOfPlayer = Array(model.groups.names.indices)
        } else {
            names = model.featureNames
            columns = model.featureNames.indices.map { [$0] }
            sourceColumnOfPlayer = model.groups.groupOfFeature
        }
    }

    var count: Int { names.count }
}
