/// A binary classification tree grown by CART, as scikit-learn's `DecisionTreeClassifier`.
///
/// Growing (Breiman, Friedman, Olshen & Stone, Classification and Regression Trees, 1984): from
/// the root, each node takes the split x_f ≤ t that most reduces the weighted impurity
/// w_L·I(L) + w_R·I(R) (Gini or entropy, `SplitCriterion`), t a midpoint between consecutive
/// distinct values, until a stopping setting applies; a leaf predicts its weighted class fraction
/// P(y = 1) = c₁ / (c₀ + c₁). The exact rules, and how ties are broken, are in `TreeBuilder`.
///
/// scikit-learn counterpart: `DecisionTreeClassifier(criterion=, max_depth=, min_samples_split=,
/// min_samples_leaf=, min_weight_fraction_leaf=, min_impurity_decrease=)` with integer minimums.
/// It computes in float32 (it converts X first); this tree computes in Double, so thresholds agree
/// exactly on data that float32 represents exactly (integers, multiples of small powers of two),
/// and may differ in the last float32 digit otherwise.
///
/// Example: x = [1, 2, 3, 4, 5, 6], y = [0, 0, 0, 1, 1, 0]. The root's Gini is 1 − (4² + 2²)/6² = 4/9;
/// the best split is x ≤ 3.5 (left 3 zeros: Gini 0; right (1, 2): Gini 4/9, weighted 3·4/9 = 4/3,
/// less than any other split), and the right child splits at x ≤ 5.5.
public struct DecisionTree: Classifier {
    /// The impurity splits minimise (scikit-learn's criterion, default Gini).
    public let criterion: SplitCriterion
    /// Maximum depth (the root has depth 0); `nil` grows until the other settings stop it.
    public let maxDepth: Int?
    /// A node with fewer rows is not split (scikit-learn's min_samples_split, default 2).
    public let minSamplesSplit: Int
    /// Each child keeps at least this many rows (min_samples_leaf, default 1).
    public let minSamplesLeaf: Int
    /// Each child keeps at least this fraction of the total weight (min_weight_fraction_leaf).
    public let minWeightFractionLeaf: Double
    /// A split must decrease the weighted impurity (w_node/W)·(I − (w_L/w)I_L − (w_R/w)I_R) by at
    /// least this much (min_impurity_decrease).
    public let minImpurityDecrease: Double

    /// The nodes in depth-first pre-order (node 0 is the root); empty until fitted.
    public internal(set) var nodes: [TreeNode] = []
    /// How many feature columns the tree was fitted on.
    public internal(set) var featureCount = 0

    /// Stores and checks the settings (scikit-learn's defaults): maxDepth ≥ 1 or nil,
    /// minSamplesSplit ≥ 2, minSamplesLeaf ≥ 1, minWeightFractionLeaf in [0, 0.5],
    /// minImpurityDecrease ≥ 0.
    public init(criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2,
                minSamplesLeaf: Int = 1, minWeightFractionLeaf: Double = 0, minImpurityDecrease: Double = 0) throws {
        if let maxDepth, maxDepth < 1 {
            throw ModelError.invalidSetting(name: "maxDepth", value: "\(maxDepth)", requirement: "at least 1, or nil for no limit")
        }
        guard minSamplesSplit >= 2 else {
            throw ModelError.invalidSetting(name: "minSamplesSplit", value: "\(minSamplesSplit)", requirement: "at least 2")
        }
        guard minSamplesLeaf >= 1 else {
            throw ModelError.invalidSetting(name: "minSamplesLeaf", value: "\(minSamplesLeaf)", requirement: "at least 1")
        }
        guard (0...0.5).contains(minWeightFractionLeaf) else {
            throw ModelError.invalidSetting(name: "minWeightFractionLeaf", value: "\(minWeightFractionLeaf)",
                                            requirement: "between 0 and 0.5")
        }
        guard minImpurityDecrease >= 0, minImpurityDecrease.isFinite else {
            throw ModelError.invalidSetting(name: "minImpurityDecrease", value: "\(minImpurityDecrease)",
                                            requirement: "a finite number >= 0")
        }
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.minWeightFractionLeaf = minWeightFractionLeaf
        self.minImpurityDecrease = minImpurityDecrease
    }

    /// Grows the tree on `x`, `y` and optional weights (rows of weight 0 are left out).
    public mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws {
        nodes = []
        let input = try ModelInput.training(x, y, sampleWeight: sampleWeight)
        let builder = TreeBuilder(criterion: criterion, maxDepth: maxDepth ?? .max,
                                  // scikit-learn raises min_samples_split to 2·min_samples_leaf.
                                  minSamplesSplit: max(minSamplesSplit, 2 * minSamplesLeaf),
                                  minSamplesLeaf: minSamplesLeaf,
                                  minWeightLeaf: minWeightFractionLeaf * input.totalWeight,
                                  minImpurityDecrease: minImpurityDecrease)
        nodes = builder.build(input)
        featureCount = x.columns
    }

    /// The weighted fraction of label 1 in the leaf each row reaches.
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        try leaves(x).map { nodes[$0].value[1] }
    }

    /// The index of the leaf each row lands in (scikit-learn's `apply`).
    public func leaves(_ x: Matrix) throws -> [Int] {
        guard !nodes.isEmpty else { throw ModelError.notFitted(model: "DecisionTree") }
        try ModelInput.features(x, expectedColumns: featureCount)
        return (0..<x.rows).map { r in
            var id = 0
            while let split = nodes[id].split {
                id = x[r, split.feature] <= split.threshold ? split.left : split.right
            }
            return id
        }
    }

    /// The depth of the deepest leaf (0 for a single leaf).
    public var depth: Int {
        var deepest = 0
        var stack = nodes.isEmpty ? [] : [(0, 0)]
        while let (id, d) = stack.popLast() {
            deepest = max(deepest, d)
            if let split = nodes[id].split { stack += [(split.left, d + 1), (split.right, d + 1)] }
        }
        return deepest
    }

    /// Impurity-based feature importances, as scikit-learn's `feature_importances_`: for each
    /// feature, the sum over the nodes split on it of w·I − w_L·I_L − w_R·I_R, normalised to sum
    /// to 1 (all zeros when the tree is a single leaf). Breiman et al. 1984, §5.3.4 ("variable
    /// importance"). Throws when not fitted.
    public func featureImportances() throws -> [Double] {
        guard !nodes.isEmpty else { throw ModelError.notFitted(model: "DecisionTree") }
        var importances = [Double](repeating: 0, count: featureCount)
        for node in nodes {
            guard let split = node.split else { continue }
            let (left, right) = (nodes[split.left], nodes[split.right])
            importances[split.feature] += node.weightedSamples * node.impurity
                - left.weightedSamples * left.impurity - right.weightedSamples * right.impurity
        }
        let total = importances.reduce(0, +)
        return total > 0 ? importances.map { $0 / total } : importances
    }
}
