/// One node of a fitted `DecisionTree`, laid out as scikit-learn's `tree_` arrays so that
/// explainers and reports can walk it: nodes are numbered in depth-first pre-order, left child
/// first (node 0 is the root), exactly the order scikit-learn's depth-first builder produces.
public struct TreeNode: Sendable, Equatable {
    /// The test of an internal node: rows with x[feature] ≤ threshold go to `left`.
    public struct Split: Sendable, Equatable {
        /// The column tested.
        public let feature: Int
        /// Rows with x[feature] ≤ threshold go left.
        public let threshold: Double
        /// Index of the left child in `DecisionTree.nodes`.
        public let left: Int
        /// Index of the right child.
        public let right: Int
    }

    /// The test, or `nil` at a leaf.
    public internal(set) var split: Split?
    /// The node's impurity under the tree's criterion.
    public let impurity: Double
    /// How many training rows (of positive weight) reached the node.
    public let samples: Int
    /// Their total weight.
    public let weightedSamples: Double
    /// Weighted class fractions [P(y = 0), P(y = 1)] of the rows at the node (scikit-learn ≥ 1.4's
    /// `tree_.value`); at a leaf, P(y = 1) is the predicted probability.
    public let value: [Double]

    /// Whether the node has no test.
    public var isLeaf: Bool { split == nil }
}
