/// A decision tree as coalition games need it: flat arrays of its tests and the output of each
/// leaf on the explained scale, so that f(x_S, b_rest) is found by walking the tree once per
/// background row b, taking x's side of a test when the tested column is in S and b's otherwise,
/// without building the row (Lundberg et al. 2020 walk trees this way for interventional Tree
/// SHAP). The leaf reached is the one the model reaches on the built row, so the outputs are the
/// model's own, bit for bit.
///
/// Example: a stump x₀ ≤ 0.5 → leaves 0.2 (left) and 0.8 (right); x = [1], background row [0]:
/// with S = {0} the walk takes x's side (1 > 0.5, right) and gives 0.8; with S = ∅ b's side, 0.2.
public struct TreeRouting: Sendable {
    /// The column each node tests, or −1 at a leaf.
    let feature: [Int]
    let threshold: [Double]
    let left: [Int]
    let right: [Int]
    /// The model's output at each leaf (unused at internal nodes), on the explained scale.
    let output: [Double]

    /// The tree's nodes; `output` maps a leaf's P(y = 1) to the explained scale exactly as the
    /// model's function does.
    public init(_ tree: DecisionTree, output: (Double) -> Double) {
        let nodes = tree.nodes
        feature = nodes.map { $0.split?.feature ?? -1 }
        threshold = nodes.map { $0.split?.threshold ?? 0 }
        left = nodes.enumerated().map { $1.split?.left ?? $0 }
        right = nodes.enumerated().map { $1.split?.right ?? $0 }
        self.output = nodes.map { $0.isLeaf ? output($0.value[1]) : 0 }
    }

    var nodeCount: Int { feature.count }

    /// 64-bit words holding one bit per row of a background of `rows` rows.
    static func words(rows: Int) -> Int { (rows + 63) / 64 }

    /// For each node, the rows of `rows` whose value goes left there, as a bit set of
    /// `words(rows:)` words (row r is bit r % 64 of word r / 64; empty at leaves), node-major:
    /// `masks[node · words + w]`.
    func leftMasks(of rows: Matrix) -> [UInt64] {
        let (n, words) = (nodeCount, Self.words(rows: rows.rows))
        var masks = [UInt64](repeating: 0, count: n * words)
        rows.storage.withUnsafeBufferPointer { values in
            for node in 0..<n where feature[node] >= 0 {
                for r in 0..<rows.rows where values[r * rows.columns + feature[node]] <= threshold[node] {
                    masks[node * words + r / 64] |= 1 << UInt64(r % 64)
                }
            }
        }
        return masks
    }
}
