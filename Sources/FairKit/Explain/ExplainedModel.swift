import Foundation

/// A model as explainers see it: a function from a batch of encoded feature rows to one output
/// per row, on a stated scale, with the features' names and their source columns.
///
/// Any `Classifier` fits (`ExplainedModel.classifier`), and so will pipelines: explainers never
/// look inside, they only call `evaluate` on batches (built once per coalition batch, so a call
/// costs one pass over the rows, not one call per row).
public struct ExplainedModel: Sendable {
    /// One output per row of the batch, on `space`.
    public typealias Function = @Sendable (Matrix) throws -> [Double]

    /// The encoded features' names, one per column of the rows the function takes.
    public let featureNames: [String]
    /// Which source column each feature comes from (singletons when not given).
    public let groups: FeatureGroups
    /// The scale of the outputs.
    public let space: OutputSpace
    private let function: Function
    /// Set when the model is g(x·β + b) with a known link g: explainers may then evaluate coalitions
    /// without building their rows (`LinearIndex`); the numbers are the function's own.
    public let linearIndex: LinearIndex?
    /// Set when the model is a decision tree: explainers may then route each background row
    /// through it with a coalition's mask instead of building the rows (`TreeRouting`); the
    /// numbers are the function's own, bit for bit.
    public let treeRouting: TreeRouting?
    /// Set for Gaussian naive Bayes in probability space: coalitions are then evaluated from its
    /// additive log-odds (`NaiveBayesIndex`), equal to the function's up to rounding.
    var naiveBayesIndex: NaiveBayesIndex?

    /// A model from its function. `groups` must cover `featureNames`.
    public init(featureNames: [String], groups: FeatureGroups? = nil, space: OutputSpace,
                linearIndex: LinearIndex? = nil, treeRouting: TreeRouting? = nil, function: @escaping Function) throws {
        let groups = groups ?? .singletons(featureNames)
        guard groups.groupOfFeature.count == featureNames.count else {
            throw ExplainError.invalidGroups("\(groups.groupOfFeature.count) features mapped, the model has \(featureNames.count)")
        }
        self.featureNames = featureNames
        self.groups = groups
        self.space = space
        self.function = function
        if let linearIndex, linearIndex.coefficients.count != featureNames.count {
            throw ExplainError.featureCountMismatch(expected: featureNames.count, got: linearIndex.coefficients.count,
                                                    what: "the linear index's coefficients")
        }
        self.linearIndex = linearIndex
        if let treeRouting, let bad = treeRouting.feature.first(where: { $0 >= featureNames.count }) {
            throw ExplainError.featureCountMismatch(expected: featureNames.count, got: bad + 1, what: "the tree's tested columns")
        }
        self.treeRouting = treeRouting
    }

    /// A classifier's P(y = 1 | x), or its log-odds log(p / (1 − p)). A `LogisticRegression`
    /// gives its log-odds from its decision function x·β + b directly, without the rounding of
    /// p near 0 or 1; other classifiers' probabilities are clipped to [1e-15, 1 − 1e-15] first.
    public static func classifier<C: Classifier>(_ model: C, featureNames: [String], groups: FeatureGroups? = nil,
                                                 space: OutputSpace) throws -> ExplainedModel {
        // A tree of another width or unfitted keeps its function alone, which reports the problem.
        let tree = (model as? DecisionTree).flatMap { tree in
            tree.featureCount == featureNames.count && !tree.nodes.isEmpty
                ? TreeRouting(tree, output: space == .probability ? { $0 } : clippedLogOdds) : nil
        }
        switch space {
        case .probability:
            let index = (model as? LogisticRegression)?.fitted.map { LinearIndex($0, link: .logistic) }
            var explained = try ExplainedModel(featureNames: featureNames, groups: groups, space: space, linearIndex: index, treeRouting: tree) {
                try model.predictProbability($0)
            }
            if let bayes = (model as? GaussianNaiveBayes)?.fitted, bayes.means[0].count == featureNames.count {
                explained.naiveBayesIndex = NaiveBayesIndex(bayes)
            }
            return explained
        case .logOdds:
            if let logistic = model as? LogisticRegression, let fitted = logistic.fitted {
                return try ExplainedModel(featureNames: featureNames, groups: groups, space: space,
                                          linearIndex: LinearIndex(fitted, link: .identity)) {
                    try logistic.decisionFunction($0)
                }
            }
            return try ExplainedModel(featureNames: featureNames, groups: groups, space: space, treeRouting: tree) {
                try model.predictProbability($0).map(clippedLogOdds)
            }
        }
    }

    /// log(q / (1 − q)) of p clipped to q in [ε, 1 − ε] (`ExplainConstants.probabilityClip`), so
    /// p = 0 or 1 gives ±34.5 instead of infinity.
    public static func clippedLogOdds(_ p: Double) -> Double {
        let q = min(max(p, ExplainConstants.probabilityClip), 1 - ExplainConstants.probabilityClip)
        return log(q / (1 - q))
    }

    /// Evaluates the model on `x`, checking its width and the outputs' count and finiteness.
    public func evaluate(_ x: Matrix) throws -> [Double] {
        guard x.columns == featureNames.count else {
            throw ExplainError.featureCountMismatch(expected: featureNames.count, got: x.columns, what: "the batch")
        }
        let out = try function(x)
        guard out.count == x.rows else {
            throw ExplainError.badModelOutput("\(out.count) outputs for \(x.rows) rows; the function must return one per row")
        }
        if let bad = out.firstIndex(where: { !$0.isFinite }) {
            throw ExplainError.badModelOutput("output \(out[bad]) at row \(bad) is not finite")
        }
        return out
    }

    /// Evaluates `x` in chunks of `ExplainConstants.batchRows` rows on every core.
    public func evaluateInParallel(_ x: Matrix) throws -> [Double] {
        let chunk = ExplainConstants.batchRows
        guard x.rows > chunk else { return try evaluate(x) }
        let chunks = (x.rows + chunk - 1) / chunk
        let parts = try ParallelMap.run(count: chunks) { c in
            let range = c * chunk ..< min((c + 1) * chunk, x.rows)
            return try evaluate(x.selectingRows(range))
        }
        return parts.flatMap { $0 }
    }
}

/// A model of the form g(x·β + b): a logistic regression (g the logistic function in probability
/// space, the identity in log-odds). Coalition values then need no synthetic rows: with the
/// background row b's index z_b = b·β + b₀ and each player's shift D_bp = Σ_{j ∈ p} β_j (x_j − b_j),
/// f(x_S, b_rest) = g(z_b + Σ_{p ∈ S} D_bp), which costs |S| additions instead of a pass over
/// every feature. The values are the same function's, up to the order of additions.
public struct LinearIndex: Sendable, Equatable {
    public enum Link: Sendable, Equatable {
        case identity, logistic
    }

    public let coefficients: [Double]
    public let intercept: Double
    public let link: Link

    public init(coefficients: [Double], intercept: Double, link: Link) {
        self.coefficients = coefficients
        self.intercept = intercept
        self.link = link
    }

    init(_ fitted: LogisticRegression.FittedState, link: Link) {
        self.init(coefficients: fitted.coefficients, intercept: fitted.intercept, link: link)
    }
}
