import Foundation

/// Tree SHAP for FairKit's `DecisionTree`: exact Shapley values in time polynomial in the tree's
/// size, two ways (Lundberg, Erion et al., "From local explanations to global understanding with
/// explainable AI for trees", Nature Machine Intelligence 2, 2020; shap's `TreeExplainer`):
///
/// - `.pathDependent` (Algorithm 2 of the paper, shap's `feature_perturbation="tree_path_dependent"`):
///   the game v(S) = E[f(x) | x_S] estimated by the tree itself: at a split on a feature outside
///   S, both children, weighted by their share of the training weight. Base value = the root's
///   prediction. Per row O(L D²) for L leaves and depth D.
/// - `.interventional(background)` (shap's `feature_perturbation="interventional"`): the same game
///   as `ExactShapley`, v(S) = Σ_b w_b f(x_S, b_rest), computed per background row b by walking
///   the paths of x and b together: a leaf reached with U the features where the path followed x
///   and b would not, V those where it followed b and x would not, adds
///   leaf · |U−1|! |V|! / (|U|+|V|)! to each feature of U and subtracts leaf · |U|! |V−1|! /
///   (|U|+|V|)! from each of V (the leaf's game is unanimity on U, veto on V).
///
/// Leaf values are P(y = 1) in probability space and log(p / (1 − p)) (p clipped to
/// [1e-15, 1 − 1e-15]) in log-odds space. Both methods equal enumeration of their game.
///
/// Example (path-dependent): a stump x₀ ≤ 0.5 with leaves 0.2 (30% of the weight) and 0.9
/// (70%): base 0.3·0.2 + 0.7·0.9 = 0.69; for x₀ = 1, φ₀ = 0.9 − 0.69 = 0.21.
public struct TreeShapley: Sendable {
    /// Which game the values are of.
    public enum Method: Sendable, Equatable {
        case pathDependent
        case interventional(Background)
    }

    public let tree: DecisionTree
    public let method: Method
    public let space: OutputSpace
    public let featureNames: [String]
    public let groups: FeatureGroups
    private let leafValue: [Double]

    public init(tree: DecisionTree, method: Method = .pathDependent, space: OutputSpace = .probability,
                featureNames: [String], groups: FeatureGroups? = nil) throws {
        guard !tree.nodes.isEmpty else { throw ModelError.notFitted(model: "DecisionTree") }
        guard featureNames.count == tree.featureCount else {
            throw ExplainError.featureCountMismatch(expected: tree.featureCount, got: featureNames.count, what: "the feature names")
        }
        if case .interventional(let background) = method, background.rows.columns != tree.featureCount {
            throw ExplainError.featureCountMismatch(expected: tree.featureCount, got: background.rows.columns, what: "the background")
        }
        self.tree = tree
        self.method = method
        self.space = space
        self.featureNames = featureNames
        self.groups = groups ?? .singletons(featureNames)
        self.leafValue = tree.nodes.map { space == .logOdds ? ExplainedModel.clippedLogOdds($0.value[1]) : $0.value[1] }
    }

    /// Explains the rows of `x` at `rows` (every row when nil), spread over every core.
    public func explain(_ x: Matrix, rows: [Int]? = nil) throws -> ShapleyExplanation {
        let model = try ExplainedModel(featureNames: featureNames, groups: groups, space: space) { _ in [] }
        let input = try ExplainInput.rows(x, rows, model: model)
        let depth = tree.depth
        let base: Double
        switch method {
        case .pathDependent: base = rootValue
        case .interventional(let background):
            base = (0..<background.rows.rows).reduce(0) { $0 + background.weights[$1] * predict(background.rows.row($1)) }
        }
        let chunk = max(1, (input.count + 15) / 16)
        let parts = try ParallelMap.run(count: (input.count + chunk - 1) / chunk) { c in
            var pathWalk = PathDependentTreeWalk(nodes: tree.nodes, leafValue: leafValue, featureCount: tree.featureCount, depth: depth)
            var walk = InterventionalTreeWalk(nodes: tree.nodes, leafValue: leafValue, featureCount: tree.featureCount, depth: depth)
            return input[c * chunk ..< min((c + 1) * chunk, input.count)].map { row in
                switch method {
                case .pathDependent:
                    pathWalk.run(row.values)
                    return (row.index, base, pathWalk.phi, predict(row.values))
                case .interventional(let background):
                    var phi = [Double](repeating: 0, count: tree.featureCount)
                    for r in 0..<background.rows.rows {
                        walk.run(row.values, background.rows.row(r), weight: background.weights[r], into: &phi)
                    }
                    return (row.index, base, phi, predict(row.values))
                }
            }
        }
        return ShapleyExplanation(method: "tree-shap", space: space,
                                  players: PlayerSet(model: model, groupsAsPlayers: false), rows: parts.flatMap { $0 })
    }

    /// The leaf value of the leaf x reaches.
    private func predict(_ x: [Double]) -> Double {
        var id = 0
        while let split = tree.nodes[id].split { id = x[split.feature] <= split.threshold ? split.left : split.right }
        return leafValue[id]
    }

    /// The cover-weighted mean of the leaf values (the path-dependent base value).
    private var rootValue: Double {
        let nodes = tree.nodes
        let total = nodes[0].weightedSamples
        return nodes.indices.filter { nodes[$0].isLeaf }.reduce(0) { $0 + nodes[$1].weightedSamples / total * leafValue[$1] }
    }
}
