/// A global surrogate: a shallow decision tree trained to imitate the model's decisions, readable
/// as rules, with its fidelity, the share of rows on which the tree decides as the model does
/// (Craven & Shavlik, "Extracting tree-structured representations of trained networks", NIPS
/// 1995; Molnar, Interpretable Machine Learning, §8.6). A low fidelity means the rules describe
/// some other model, not this one.
///
/// Example: a model that says 1 exactly when x₀ > 2 is imitated perfectly by a stump at
/// x₀ ≤ 2.5 on integer data: fidelity 1.
public struct GlobalSurrogate: Sendable {
    /// The fitted tree (on the model's decisions, not the true labels).
    public let tree: DecisionTree
    /// Share of rows of the fitting data on which tree and model agree.
    public let fidelity: Double
    /// The model's decision threshold on its outputs (0.5 for probabilities, 0 for log-odds).
    public let threshold: Double

    public init(model: ExplainedModel, x: Matrix, maxDepth: Int = 3) throws {
        _ = try ExplainInput.rows(x, [], model: model)
        guard x.rows > 0 else { throw ExplainError.invalidSetting(name: "rows", value: "0", requirement: "at least 1") }
        let threshold = model.space == .probability ? 0.5 : 0
        let decisions = try model.evaluateInParallel(x).map { $0 > threshold ? 1 : 0 }
        var tree = try DecisionTree(maxDepth: maxDepth)
        try tree.fit(x, decisions)
        let imitated = try tree.predict(x)
        self.tree = tree
        self.threshold = threshold
        self.fidelity = Double(zip(imitated, decisions).filter { $0 == $1 }.count) / Double(x.rows)
    }
}
