extension CoalitionValues {
    /// v(S) of a decision tree without synthetic rows (`TreeRouting`). The background rows go
    /// down the tree together, as a bit set: at a test on a column of S the whole set takes x's
    /// side, at any other test it splits into the rows that go left (`backgroundLeft`, found once
    /// per background) and the rest; each row's leaf output is then weighted in background order,
    /// exactly as `Background.weightedMean` sums the model's outputs on the built rows. The same
    /// numbers, bit for bit, for a few word operations per node reached instead of a copy of
    /// every column and a walk per row.
    ///
    /// Example: the stump x₀ ≤ 0.5 → 0.2 | 0.8, x = [1], background rows [0] and [1] weighted ½:
    /// v(∅) = ½·0.2 + ½·0.8 = 0.5, v({0}) = ½·0.8 + ½·0.8 = 0.8.
    func treeValues(x: [Double], coalitions: [[Bool]], active: [Int], tree: TreeRouting, backgroundLeft: [UInt64],
                    perJob: Int, afterWave: ((Int) -> Void)?) throws -> [Double] {
        let (n, nodes, words) = (background.rows.rows, tree.nodeCount, TreeRouting.words(rows: background.rows.rows))
        var xSides = [Bool](repeating: false, count: nodes)
        for node in 0..<nodes where tree.feature[node] >= 0 { xSides[node] = x[tree.feature[node]] <= tree.threshold[node] }
        var all = [UInt64](repeating: 0, count: words)
        for r in 0..<n { all[r / 64] |= 1 << UInt64(r % 64) }
        let columns = background.rows.columns
        let jobs = (coalitions.count + perJob - 1) / perJob
        let (xSides0, all0, weights) = (xSides, all, background.weights)
        let parts = try ParallelMap.run(count: jobs, afterWave: afterWave) { job -> [Double] in
            let range = job * perJob ..< min((job + 1) * perJob, coalitions.count)
            // Per job, reused for each coalition: which columns take x's values, each row's leaf
            // output, and a stack of (node, row set) still to walk: a split pushes two and pops
            // one, so it never holds more than one entry per level plus one.
            var inCoalition = [Bool](repeating: false, count: columns)
            var leafOutput = [Double](repeating: 0, count: n)
            var stackNodes = [Int](repeating: 0, count: nodes + 2)
            var sets = [UInt64](repeating: 0, count: (nodes + 2) * words)
            return range.map { k in
                for c in 0..<columns { inCoalition[c] = false }
                for (i, inside) in coalitions[k].enumerated() where inside {
                    for c in players.columns[active[i]] { inCoalition[c] = true }
                }
                tree.feature.withUnsafeBufferPointer { feature in
                    tree.left.withUnsafeBufferPointer { left in
                        tree.right.withUnsafeBufferPointer { right in
                            xSides0.withUnsafeBufferPointer { xSide in
                                backgroundLeft.withUnsafeBufferPointer { goesLeft in
                                    inCoalition.withUnsafeBufferPointer { inS in
                                        sets.withUnsafeMutableBufferPointer { set in
                                            for w in 0..<words { set[w] = all0[w] }
                                            stackNodes[0] = 0
                                            var top = 1
                                            while top > 0 {
                                                top -= 1
                                                var node = stackNodes[top]
                                                let at = top * words
                                                while feature[node] >= 0, inS[feature[node]] {
                                                    node = xSide[node] ? left[node] : right[node]
                                                }
                                                if feature[node] < 0 {
                                                    let value = tree.output[node]
                                                    for w in 0..<words {
                                                        var bits = set[at + w]
                                                        while bits != 0 {
                                                            leafOutput[w * 64 + bits.trailingZeroBitCount] = value
                                                            bits &= bits - 1
                                                        }
                                                    }
                                                    continue
                                                }
                                                // The right rows go to the next slot, the left ones stay.
                                                var anyLeft = false, anyRight = false
                                                for w in 0..<words {
                                                    let (rows, l) = (set[at + w], goesLeft[node * words + w])
                                                    set[at + words + w] = rows & ~l
                                                    set[at + w] = rows & l
                                                    anyLeft = anyLeft || rows & l != 0
                                                    anyRight = anyRight || rows & ~l != 0
                                                }
                                                if anyLeft {
                                                    stackNodes[top] = left[node]
                                                    top += 1
                                                }
                                                if anyRight {
                                                    if !anyLeft { for w in 0..<words { set[at + w] = set[at + words + w] } }
                                                    stackNodes[top] = right[node]
                                                    top += 1
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                var sum = 0.0
                for b in 0..<n { sum += weights[b] * leafOutput[b] }
                return sum
            }
        }
        return parts.flatMap { $0 }
    }
}
