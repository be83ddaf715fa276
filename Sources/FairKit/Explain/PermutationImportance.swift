/// Permutation feature importance (Breiman, "Random forests", Machine Learning 45, 2001;
/// Fisher, Rudin & Dominici, JMLR 20, 2019), as scikit-learn's `permutation_importance`: the
/// drop in a performance score when one feature's (or source column's) values are shuffled
/// across the rows, breaking its link with the label:
///   importance_j,k = score(model, X, y) − score(model, X with column j permuted (repeat k), y),
/// reported as the mean and the (population, ddof 0) standard deviation over the repeats.
/// A one-hot block permuted as a group keeps each row's indicators together.
///
/// Example: a model that copies feature 0 (p = x₀) and labels equal to x₀ has accuracy 1;
/// shuffling x₀ across rows [1, 0] swaps them, accuracy 0: importance 1. Feature 1, unused: 0.
public struct PermutationImportance: Sendable {
    /// A performance score from labels and model outputs; higher is better.
    public struct Scorer: Sendable {
        public let name: String
        public let score: @Sendable (_ labels: [Int], _ outputs: [Double]) throws -> Double

        public init(name: String, score: @escaping @Sendable ([Int], [Double]) throws -> Double) {
            self.name = name
            self.score = score
        }

        /// A `PerformanceMetric` of the labels predicted at a threshold on probability outputs
        /// (label 1 when p > threshold, scikit-learn's `predict` at 0.5). An undefined metric
        /// (no positives, say) is an error naming its reason.
        public static func metric(_ metric: PerformanceMetric, threshold: Double = 0.5) -> Scorer {
            Scorer(name: metric.id) { labels, outputs in
                let value = try metric.evaluate(labels: labels, predictions: outputs.map { $0 > threshold ? 1 : 0 })
                guard let number = value.number else {
                    throw ExplainError.badModelOutput("\(metric.id) is undefined: \(value.undefinedReason ?? "")")
                }
                return number
            }
        }
    }

    /// The importance of one feature or source column.
    public struct Importance: Sendable, Equatable {
        public let name: String
        public let mean: Double
        public let standardDeviation: Double
        /// One drop per repeat.
        public let drops: [Double]
    }

    public let model: ExplainedModel
    public let scorer: Scorer
    public let repeats: Int
    public let seed: UInt64
    public let groupsAsPlayers: Bool

    public init(model: ExplainedModel, scorer: Scorer, repeats: Int = 5, seed: UInt64 = 0, groupsAsPlayers: Bool = false) throws {
        guard repeats >= 1 else { throw ExplainError.invalidSetting(name: "repeats", value: "\(repeats)", requirement: "at least 1") }
        self.model = model
        self.scorer = scorer
        self.repeats = repeats
        self.seed = seed
        self.groupsAsPlayers = groupsAsPlayers
    }

    /// The baseline score and one importance per player, in feature (or source column) order.
    public func compute(_ x: Matrix, labels: [Int]) throws -> (baseline: Double, importances: [Importance]) {
        guard labels.count == x.rows else {
            throw ExplainError.invalidSetting(name: "labels", value: "\(labels.count)", requirement: "one per row (\(x.rows))")
        }
        _ = try ExplainInput.rows(x, [], model: model)
        let players = PlayerSet(model: model, groupsAsPlayers: groupsAsPlayers)
        let baseline = try scorer.score(labels, model.evaluateInParallel(x))
        var generator = SeededGenerator(seed: seed)
        // Permutations are drawn up front, player by player, so results do not depend on scheduling.
        let orders = (0..<players.count).map { _ in (0..<repeats).map { _ in generator.permutation(x.rows) } }
        let importances = try ParallelMap.run(count: players.count) { p in
            let drops = try orders[p].map { order -> Double in
                var shuffled = x
                for (r, source) in order.enumerated() {
                    for c in players.columns[p] { shuffled[r, c] = x[source, c] }
                }
                return baseline - (try scorer.score(labels, model.evaluate(shuffled)))
            }
            let mean = drops.reduce(0, +) / Double(drops.count)
            let sd = (drops.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(drops.count)).squareRoot()
            return Importance(name: players.names[p], mean: mean, standardDeviation: sd, drops: drops)
        }
        return (baseline, importances)
    }
}
