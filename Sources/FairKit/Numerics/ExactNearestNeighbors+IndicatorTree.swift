extension ExactNearestNeighbors {
    /// A k-d tree over points made of indicator blocks and numeric columns (`IndicatorBlocks`). Each
    /// node keeps the box of its points' principal scores on the numeric columns and, per block,
    /// the set of codes its points have (a bit mask). A query's squared distance to every point of a
    /// node is at least the squared distance from its scores to the box (Bessel's inequality, as in
    /// `ScoreTree`) plus, for each block whose set lacks the query's code, the query's v² plus the
    /// block's smallest v² (2 for one-hot): the codes differ there for every point of the node.
    ///
    /// A node splits where its points' spread is largest: half the mean squared difference of two
    /// of its points along a score is the score's variance, and in a block Σ_a p_a (1 - p_a) v_a²
    /// (p_a the share of its points with code a); a score splits at its median, a block between two
    /// codes (in code order) as near the middle as the codes allow.
    ///
    /// Example: one-hot sex and race and numeric age: a node holding only women of one race but every
    /// age is at least 2 from a man, and at least 2 + 2 = 4 from a man of another race.
    struct IndicatorTree: Sendable {
        typealias Node = TreeNode

        /// A query as the tree sees it: its scores and the mask of its codes, one bit a block.
        struct Query {
            let score: SIMD8<Double>
            let mask: [UInt64]
        }

        /// Points per leaf: `ScoreTree`'s.
        static let leafSize = ScoreTree.leafSize

        /// The points in tree order: position p holds point order[p]; a node's points are contiguous.
        let order: [Int]
        let nodes: [Node]
        /// UInt64 words per node mask, and the masks, node after node.
        let words: Int
        let masks: [UInt64]
        /// Per bit, what a query with that code adds to its bound from a node lacking it: the code's
        /// v² plus its block's smallest.
        let miss: [Double]

        init(scores: [SIMD8<Double>], codes: IndicatorCodes) {
            var builder = Builder(scores: scores, codes: codes)
            builder.build(start: 0, end: scores.count)
            order = builder.order
            nodes = builder.nodes
            words = builder.words
            masks = builder.masks
            var miss = codes.bitCost
            for b in 0..<codes.blocks {
                for bit in codes.bits(of: b) { miss[bit] += codes.smallestCost[b] }
            }
            self.miss = miss
        }

        /// The query at tree position `q` (of `codes` in tree order).
        func query(_ q: Int, score: SIMD8<Double>, codes: IndicatorCodes) -> Query {
            var mask = [UInt64](repeating: 0, count: words)
            for b in 0..<codes.blocks {
                let bit = codes.bit(q, b)
                mask[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            return Query(score: score, mask: mask)
        }

        /// A lower bound of the squared distance from `query` to every point of `node`.
        @inline(__always)
        func squaredDistance(from query: Query, to node: Int) -> Double {
            var sum = nodes[node].squaredDistance(from: query.score)
            let base = node * words
            for w in 0..<words {
                // The query's codes this node lacks, lowest bit first.
                var missing = query.mask[w] & ~masks[base + w]
                while missing != 0 {
                    sum += miss[w << 6 + missing.trailingZeroBitCount]
                    missing &= missing - 1
                }
            }
            return sum
        }

        /// Calls `visit` with the positions of every leaf within `bound(state)` of `query`
        /// (`ExactNearestNeighbors.leaves`).
        func leaves(near query: Query, state: inout Neighbourhood, within bound: (Neighbourhood) -> Double,
                    _ visit: (Range<Int>, inout Neighbourhood) -> Void) {
            ExactNearestNeighbors.leaves(of: nodes, state: &state, within: bound,
                                         distance: { squaredDistance(from: query, to: $0) }, visit)
        }

        /// Builds the nodes depth first, the root first.
        private struct Builder {
            let scores: [SIMD8<Double>]
            let codes: IndicatorCodes
            let words: Int
            var order: [Int]
            var nodes: [Node] = []
            var masks: [UInt64] = []
            /// Per bit, how many points of the node being split have that code.
            var counts: [Int]

            init(scores: [SIMD8<Double>], codes: IndicatorCodes) {
                self.scores = scores
                self.codes = codes
                words = max(1, (codes.bits + 63) / 64)
                order = Array(scores.indices)
                counts = [Int](repeating: 0, count: codes.bits)
            }

            @discardableResult
            mutating func build(start: Int, end: Int) -> Int {
                var low = scores[order[start]], high = low
                var sum = SIMD8<Double>(), squares = SIMD8<Double>()
                var mask = [UInt64](repeating: 0, count: words)
                for p in start..<end {
                    let i = order[p], s = scores[i]
                    low.replace(with: s, where: s .< low)
                    high.replace(with: s, where: s .> high)
                    sum += s
                    squares += s * s
                    for b in 0..<codes.blocks {
                        let bit = codes.bit(i, b)
                        mask[bit >> 6] |= 1 << UInt64(bit & 63)
                        counts[bit] += 1
                    }
                }
                let index = nodes.count
                nodes.append(Node(low: low, high: high, start: start, end: end))
                masks += mask
                let size = Double(end - start)
                let mean = sum / size
                let variance = squares / size - mean * mean
                var axis = 0
                for j in 1..<8 where variance[j] > variance[axis] { axis = j }
                var block = -1, share = 0.0
                for b in 0..<codes.blocks {
                    var spread = 0.0
                    for bit in codes.bits(of: b) where counts[bit] > 0 {
                        let p = Double(counts[bit]) / size
                        spread += p * (1 - p) * codes.bitCost[bit]
                    }
                    if spread > share { block = b; share = spread }
                }
                for bit in counts.indices { counts[bit] = 0 }
                guard end - start > IndicatorTree.leafSize else { return index }
                let middle: Int
                if block >= 0 && share >= variance[axis] {
                    let keyed = order[start..<end].map { (codes.bit($0, block), $0) }.sorted { $0 < $1 }
                    order.replaceSubrange(start..<end, with: keyed.map(\.1))
                    // The code boundary nearest the middle (there is one: the block has two codes here).
                    var best = start
                    for p in start + 1..<end where keyed[p - start].0 != keyed[p - start - 1].0 {
                        if abs(p - (start + end) / 2) < abs(best - (start + end) / 2) { best = p }
                    }
                    middle = best
                } else if high[axis] > low[axis] {
                    let keyed = order[start..<end].map { (scores[$0][axis], $0) }.sorted { $0 < $1 }
                    order.replaceSubrange(start..<end, with: keyed.map(\.1))
                    middle = (start + end) / 2
                } else {
                    return index
                }
                guard middle > start else { return index }
                nodes[index].left = build(start: start, end: middle)
                nodes[index].right = build(start: middle, end: end)
                return index
            }
        }
    }
}
