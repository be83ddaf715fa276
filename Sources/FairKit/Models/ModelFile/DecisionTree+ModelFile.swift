import Foundation

/// A fitted `DecisionTree` in a model file (kind `decision_tree`): `feature_count` and `nodes` in
/// scikit-learn's pre-order (node 0 the root), each with `impurity`, `samples`,
/// `weighted_samples`, `value` ([P(y = 0), P(y = 1)]) and, at an internal node, `feature`,
/// `threshold`, `left` and `right` (x[feature] ≤ threshold goes left). `hyperparameters` are
/// optional (scikit-learn's names).
struct DecisionTreeRecord: ModelFileRecord, Equatable {
    static let kind = ModelFile.Kind.decisionTree

    struct Hyperparameters: Codable, Equatable {
        var criterion: String?
        var maxDepth: Int?
        var minSamplesSplit: Int?
        var minSamplesLeaf: Int?
        var minWeightFractionLeaf: Double?
        var minImpurityDecrease: Double?
        enum CodingKeys: String, CodingKey {
            case criterion, maxDepth = "max_depth", minSamplesSplit = "min_samples_split", minSamplesLeaf = "min_samples_leaf"
            case minWeightFractionLeaf = "min_weight_fraction_leaf", minImpurityDecrease = "min_impurity_decrease"
        }
    }

    struct Node: Codable, Equatable {
        var feature: Int?
        var threshold: Double?
        var left: Int?
        var right: Int?
        var impurity: Double
        var samples: Int
        var weightedSamples: Double
        var value: [Double]
        enum CodingKeys: String, CodingKey {
            case feature, threshold, left, right, impurity, samples, weightedSamples = "weighted_samples", value
        }
    }

    var formatVersion: Int?
    var kind: String
    var hyperparameters: Hyperparameters?
    var featureCount: Int
    var nodes: [Node]
    var provenance: ProvenanceRecord?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, hyperparameters, featureCount = "feature_count", nodes, provenance
    }

    init(_ tree: DecisionTree) throws {
        guard !tree.nodes.isEmpty else { throw ModelError.notFitted(model: "DecisionTree") }
        kind = Self.kind.rawValue
        hyperparameters = Hyperparameters(criterion: tree.criterion.rawValue, maxDepth: tree.maxDepth, minSamplesSplit: tree.minSamplesSplit,
                                          minSamplesLeaf: tree.minSamplesLeaf, minWeightFractionLeaf: tree.minWeightFractionLeaf,
                                          minImpurityDecrease: tree.minImpurityDecrease)
        featureCount = tree.featureCount
        nodes = tree.nodes.map { n in
            Node(feature: n.split?.feature, threshold: n.split?.threshold, left: n.split?.left, right: n.split?.right,
                 impurity: n.impurity, samples: n.samples, weightedSamples: n.weightedSamples, value: n.value)
        }
    }

    func model(at path: [any CodingKey]) throws -> DecisionTree {
        let h = hyperparameters ?? Hyperparameters()
        guard let criterion = SplitCriterion(rawValue: h.criterion ?? "gini") else {
            throw ModelFileError.invalidValue(field: ModelFile.path(path, "hyperparameters.criterion"),
                                              problem: "'\(h.criterion ?? "")' is not gini or entropy")
        }
        var tree: DecisionTree
        do {
            tree = try DecisionTree(criterion: criterion, maxDepth: h.maxDepth, minSamplesSplit: h.minSamplesSplit ?? 2,
                                    minSamplesLeaf: h.minSamplesLeaf ?? 1, minWeightFractionLeaf: h.minWeightFractionLeaf ?? 0,
                                    minImpurityDecrease: h.minImpurityDecrease ?? 0)
        } catch let error as ModelError {
            throw ModelFileError.invalidValue(field: ModelFile.path(path, "hyperparameters"), problem: "\(error)")
        }
        guard featureCount >= 1 else {
            throw ModelFileError.invalidValue(field: ModelFile.path(path, "feature_count"), problem: "\(featureCount) is not a number of features (at least 1)")
        }
        guard !nodes.isEmpty else { throw ModelFileError.invalidValue(field: ModelFile.path(path, "nodes"), problem: "a tree has at least one node") }
        tree.nodes = try nodes.enumerated().map { id, node in try treeNode(node, id: id, path: path) }
        tree.featureCount = featureCount
        return tree
    }

    /// One node, checked: children after their parent (pre-order, so walking always ends) and
    /// inside the list, the feature inside the design, the class fractions two numbers in [0, 1].
    private func treeNode(_ node: Node, id: Int, path: [any CodingKey]) throws -> TreeNode {
        let field = ModelFile.path(path, "nodes") + "[\(id)]"
        guard node.value.count == 2, node.value.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= 1 }) else {
            throw ModelFileError.invalidValue(field: field + ".value", problem: "give two class fractions [P(y = 0), P(y = 1)] in [0, 1]")
        }
        try requireFinite([node.impurity], field: field + ".impurity")
        try requireFinite([node.weightedSamples], field: field + ".weighted_samples")
        var split: TreeNode.Split?
        switch (node.feature, node.threshold, node.left, node.right) {
        case (nil, nil, nil, nil):
            split = nil
        case let (feature?, threshold?, left?, right?):
            guard (0..<featureCount).contains(feature) else {
                throw ModelFileError.invalidValue(field: field + ".feature", problem: "\(feature) is not a feature index (0 to \(featureCount - 1))")
            }
            try requireFinite([threshold], field: field + ".threshold")
            for (name, child) in [("left", left), ("right", right)] where !(id + 1..<nodes.count).contains(child) {
                throw ModelFileError.invalidValue(field: field + "." + name, problem: "\(child) is not a node after node \(id) "
                                                  + "(children come later in pre-order; the tree has \(nodes.count) nodes)")
            }
            split = TreeNode.Split(feature: feature, threshold: threshold, left: left, right: right)
        default:
            throw ModelFileError.invalidValue(field: field, problem: "give feature, threshold, left and right (an internal node) or none of them (a leaf)")
        }
        return TreeNode(split: split, impurity: node.impurity, samples: node.samples, weightedSamples: node.weightedSamples, value: node.value)
    }
}

extension DecisionTree: ModelFileCodable {
    /// The fitted tree as a model file (kind `decision_tree`).
    public func modelFileData() throws -> Data { try ModelFile.write(DecisionTreeRecord(self)) }

    /// The fitted tree a `decision_tree` model file holds.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(DecisionTreeRecord.self, from: data) }
}
