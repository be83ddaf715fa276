extension ExactNearestNeighbors {
    /// The indicator blocks of a design matrix, found from its values: runs of adjacent columns that
    /// each hold 0 or one nonzero value v_c, with at most one nonzero per row within the run. A
    /// one-hot encoded attribute is such a block (`FeatureEncoder` writes its indicators side by
    /// side, v_c = 1), so is a 0/1 column alone. Every other column is numeric.
    ///
    /// Why: within a block a row is one code (its nonzero column, or none), and two rows add to
    /// their squared distance exactly 0 when their codes agree and v_a² + v_b² when they differ
    /// (2 for one-hot). Grouping by codes then bounds distances far better than projections do.
    ///
    /// Example: columns [age, sex=F, sex=M, smoker] with rows [30, 1, 0, 1] and [40, 0, 1, 1]: the
    /// blocks are {sex=F, sex=M} and {smoker} (adding smoker to the sex block would give a row two
    /// nonzeros), age is numeric; the two rows' squared distance is 10² + (1 + 1) + 0 = 102.
    struct IndicatorBlocks {
        /// Per block, its columns, ascending.
        let blocks: [[Int]]
        /// The columns in no block, ascending.
        let numeric: [Int]

        init(_ x: Matrix) {
            let n = x.rows, d = x.columns
            // Per column, its one nonzero value, or nil when it has none or several.
            var level = [Double?](repeating: nil, count: d)
            var several = [Bool](repeating: false, count: d)
            for r in 0..<n {
                x.withRow(r) { row in
                    for c in 0..<d where row[c] != 0 && !several[c] {
                        if let v = level[c] { several[c] = v != row[c] } else { level[c] = row[c] }
                    }
                }
            }
            var blocks: [[Int]] = [], numeric: [Int] = []
            var current: [Int] = []
            // taken[r] == blocks.count: row r has its nonzero in the block being gathered.
            var taken = [Int](repeating: -1, count: n)
            for c in 0..<d {
                guard level[c] != nil, !several[c] else {
                    if !current.isEmpty { blocks.append(current); current = [] }
                    numeric.append(c)
                    continue
                }
                let nonzero = (0..<n).filter { x[$0, c] != 0 }
                if nonzero.contains(where: { taken[$0] == blocks.count }) {
                    blocks.append(current)
                    current = []
                }
                for r in nonzero { taken[r] = blocks.count }
                current.append(c)
            }
            if !current.isEmpty { blocks.append(current) }
            self.blocks = blocks
            self.numeric = numeric
        }
    }

    /// Every point's code in every indicator block, laid out for the search: code a of block b is
    /// bit `bitOffset[b] + a` of a node's mask, the codes of block b being its columns in order, then
    /// "none" (a row with no nonzero in the block).
    struct IndicatorCodes: Sendable {
        /// How many blocks.
        let blocks: Int
        /// Point-major codes (`blocks` a point) and each code's v² (0 for none) beside it.
        let codes: [Int32]
        let costs: [Double]
        /// Per block, the bit of its first code; `bits` in all.
        let bitOffset: [Int]
        let bits: Int
        /// Per bit, its code's v² (0 for none).
        let bitCost: [Double]
        /// Per block, the smallest v² any point has in it: a point whose code is absent from a node is
        /// at least its own v² plus this from every point of the node in that block.
        let smallestCost: [Double]

        init(_ x: Matrix, blocks: IndicatorBlocks) {
            let n = x.rows, count = blocks.blocks.count
            var offset: [Int] = [], bitCost: [Double] = []
            for block in blocks.blocks {
                offset.append(bitCost.count)
                bitCost += block.map { c in (0..<n).lazy.map { x[$0, c] * x[$0, c] }.max() ?? 0 } + [0]
            }
            var codes = [Int32](repeating: 0, count: n * count)
            var costs = [Double](repeating: 0, count: n * count)
            var smallest = [Double](repeating: .infinity, count: count)
            for r in 0..<n {
                x.withRow(r) { row in
                    for (b, block) in blocks.blocks.enumerated() {
                        let code = block.firstIndex { row[$0] != 0 } ?? block.count
                        codes[r * count + b] = Int32(code)
                        costs[r * count + b] = bitCost[offset[b] + code]
                        smallest[b] = min(smallest[b], costs[r * count + b])
                    }
                }
            }
            self.init(blocks: count, codes: codes, costs: costs, bitOffset: offset, bits: bitCost.count,
                      bitCost: bitCost, smallestCost: smallest)
        }

        private init(blocks: Int, codes: [Int32], costs: [Double], bitOffset: [Int], bits: Int,
                     bitCost: [Double], smallestCost: [Double]) {
            self.blocks = blocks
            self.codes = codes
            self.costs = costs
            self.bitOffset = bitOffset
            self.bits = bits
            self.bitCost = bitCost
            self.smallestCost = smallestCost
        }

        /// The points in `order`.
        func reordered(_ order: [Int]) -> IndicatorCodes {
            let b = blocks
            return IndicatorCodes(blocks: b, codes: order.flatMap { codes[$0 * b..<($0 + 1) * b] },
                                  costs: order.flatMap { costs[$0 * b..<($0 + 1) * b] }, bitOffset: bitOffset,
                                  bits: bits, bitCost: bitCost, smallestCost: smallestCost)
        }

        /// The bits of block `b`'s codes.
        func bits(of b: Int) -> Range<Int> { bitOffset[b]..<(b + 1 < blocks ? bitOffset[b + 1] : bits) }

        /// The mask bit of point `p`'s code in block `b`.
        @inline(__always) func bit(_ p: Int, _ b: Int) -> Int { bitOffset[b] + Int(codes[p * blocks + b]) }

        /// The blocks' share of the squared distance between points `a` and `b`: v_a² + v_b² for
        /// every block where their codes differ.
        @inline(__always) func squaredDistance(_ a: Int, _ b: Int) -> Double {
            var sum = 0.0
            let i = a * blocks, j = b * blocks
            for c in 0..<blocks where codes[i + c] != codes[j + c] { sum += costs[i + c] + costs[j + c] }
            return sum
        }
    }
}
