extension ExactNearestNeighbors {
    /// A k-d tree (Bentley 1975, "Multidimensional binary search trees used for associative
    /// searching", CACM 18(9)) over the points' principal scores: each node splits its points at
    /// the median of the score with the widest spread and keeps the bounding box of their scores.
    /// The squared distance from a query's scores to a box is a lower bound of the squared distance
    /// from the query to every point inside (a box holds their scores, and score distances are lower
    /// bounds by Bessel's inequality), so a node whose bound exceeds the query's k-th distance holds
    /// no neighbour and is skipped.
    struct ScoreTree {
        typealias Node = TreeNode

        /// Points per leaf: few enough to prune well, enough that a leaf is not mostly overhead.
        static let leafSize = 16

        /// The points in tree order: position p holds point order[p]; a node's points are contiguous.
        let order: [Int]
        /// The nodes, the root first.
        let nodes: [Node]

        init(_ scores: PrincipalScores) {
            var order = Array(scores.values.indices)
            var nodes: [Node] = []
            Self.build(start: 0, end: order.count, order: &order, nodes: &nodes, scores: scores.values)
            self.order = order
            self.nodes = nodes
        }

        /// Appends the node of positions start..<end and, below it, its subtree; returns its index.
        @discardableResult
        private static func build(start: Int, end: Int, order: inout [Int], nodes: inout [Node],
                                  scores: [SIMD8<Double>]) -> Int {
            var low = scores[order[start]], high = low
            for p in start..<end {
                let s = scores[order[p]]
                low.replace(with: s, where: s .< low)
                high.replace(with: s, where: s .> high)
            }
            let index = nodes.count
            nodes.append(Node(low: low, high: high, start: start, end: end))
            let spread = high - low
            let axis = (0..<8).max { (spread[$0], -$0) < (spread[$1], -$1) } ?? 0
            guard end - start > leafSize, spread[axis] > 0 else { return index }
            let keyed = order[start..<end].map { (scores[$0][axis], $0) }.sorted { $0 < $1 }
            order.replaceSubrange(start..<end, with: keyed.map(\.1))
            let middle = (start + end) / 2
            nodes[index].left = build(start: start, end: middle, order: &order, nodes: &nodes, scores: scores)
            nodes[index].right = build(start: middle, end: end, order: &order, nodes: &nodes, scores: scores)
            return index
        }

        /// Calls `visit` with the positions of every leaf whose box lies within `bound(state)` of
        /// `score` (`ExactNearestNeighbors.leaves`).
        func leaves(near score: SIMD8<Double>, state: inout Neighbourhood, within bound: (Neighbourhood) -> Double,
                    _ visit: (Range<Int>, inout Neighbourhood) -> Void) {
            ExactNearestNeighbors.leaves(of: nodes, state: &state, within: bound,
                                         distance: { nodes[$0].squaredDistance(from: score) }, visit)
        }
    }

    /// A node of a search tree: the positions start..<end of its points in the tree's order, their
    /// score box, and its children (-1 in a leaf).
    struct TreeNode {
        var low: SIMD8<Double>
        var high: SIMD8<Double>
        var start: Int
        var end: Int
        var left = -1
        var right = -1

        /// Squared distance from `score` to the box: 0 inside, else to its nearest face.
        @inline(__always)
        func squaredDistance(from score: SIMD8<Double>) -> Double {
            // Per score, the larger of (low - s) and (s - high), 0 when both are negative (inside).
            let below = low - score, above = score - high
            var gap = below.replacing(with: above, where: above .> below)
            gap.replace(with: 0, where: gap .< 0)
            return (gap * gap).sum()
        }
    }

    /// Calls `visit` with the range of positions of every leaf of the tree `nodes` (the root first)
    /// whose lower bound `distance(node)` lies within `bound(state)`, nearer child first (so the
    /// bound shrinks early); the bound is re-read before each node because the visits shrink it.
    /// The state is passed, not captured, so the search needs no shared mutable box.
    static func leaves(of nodes: [TreeNode], state: inout Neighbourhood, within bound: (Neighbourhood) -> Double,
                       distance: (Int) -> Double, _ visit: (Range<Int>, inout Neighbourhood) -> Void) {
        var stack: [(node: Int, distance: Double)] = [(0, 0)]
        stack.reserveCapacity(64)
        while let (node, lower) = stack.popLast() {
            guard lower <= bound(state) else { continue }
            let left = nodes[node].left, right = nodes[node].right
            guard left >= 0 else {
                visit(nodes[node].start..<nodes[node].end, &state)
                continue
            }
            let toLeft = distance(left), toRight = distance(right)
            // The stack pops the last pushed first: push the farther child first.
            if toLeft <= toRight {
                stack.append((right, toRight))
                stack.append((left, toLeft))
            } else {
                stack.append((left, toLeft))
                stack.append((right, toRight))
            }
        }
    }
}
