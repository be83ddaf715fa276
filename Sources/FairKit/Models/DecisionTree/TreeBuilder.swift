/// Grows a CART tree (Breiman et al., Classification and Regression Trees, 1984) the way
/// scikit-learn's `DepthFirstTreeBuilder` with its `BestSplitter` does, over feature orders sorted
/// once up front.
///
/// Each feature keeps its rows sorted by value in one segment of `sortedRows`/`sortedValues`; a
/// node owns the same range [start, end) of every segment. Splitting a node partitions every
/// feature's range stably into its left rows, then its right rows, so children stay sorted without
/// sorting again: O(n·p) work per tree level instead of O(n·p·log n) (the "presort" of early
/// scikit-learn versions and of Mehta, Agrawal & Rissanen's SLIQ, 1996).
///
/// Rules reproduced from scikit-learn 1.9 (`tree/_tree.pyx`, `tree/_splitter.pyx`):
/// - rows of weight 0 are left out before anything else (they count in no minimum);
/// - a node is a leaf when depth ≥ maxDepth, samples < minSamplesSplit, samples <
///   2·minSamplesLeaf, weight < 2·minWeightLeaf, or impurity ≤ ε (machine epsilon);
/// - candidate thresholds lie between consecutive sorted values that differ by more than 10⁻⁷
///   (`FEATURE_THRESHOLD`), at the midpoint a/2 + b/2; a feature whose range within the node is
///   ≤ 10⁻⁷ is skipped as constant;
/// - each side must keep minSamplesLeaf rows and minWeightLeaf weight;
/// - the best split maximises −(w_L·I_L + w_R·I_R), which orders splits as the weighted impurity
///   decrease does; the node stays a leaf when no split qualifies or when the decrease
///   (w/W)·(I − (w_L/w) I_L − (w_R/w) I_R) + ε < minImpurityDecrease.
/// Ties: scikit-learn visits features in a random order and keeps the first best it meets, so
/// exactly tied splits depend on its `random_state`; here features are visited in index order and
/// thresholds in increasing order, and the first best is kept: the lowest feature index wins, then
/// the lowest threshold.
struct TreeBuilder {
    /// scikit-learn's FEATURE_THRESHOLD: values closer than this are one value.
    static let featureThreshold = 1e-7
    /// scikit-learn's EPSILON: impurities at or below it count as pure.
    static let epsilon = Double.ulpOfOne

    let criterion: SplitCriterion
    let maxDepth: Int
    let minSamplesSplit: Int
    let minSamplesLeaf: Int
    let minWeightLeaf: Double
    let minImpurityDecrease: Double

    private struct Pending {
        let start: Int, end: Int, depth: Int
        let parent: Int?, isLeft: Bool
        /// Features not yet found constant on an ancestor: a feature constant in a node is constant
        /// in all its descendants, so it is neither scanned nor kept sorted below it (as scikit-learn
        /// skips its "known constant features"). In deep nodes of a one-hot design most dummies are.
        let features: [Int]
        /// A feature whose segment is known to hold this node's rows (the parent's split feature).
        let rowsFeature: Int
    }

    private struct Candidate {
        let feature: Int, position: Int, threshold: Double, proxy: Double
    }

    /// The nodes of the tree grown on `input`, in depth-first pre-order.
    func build(_ input: ModelInput.Training) -> [TreeNode] {
        var data = SortedColumns(input)
        let totalWeight = input.totalWeight
        var nodes: [TreeNode] = []
        var stack = [Pending(start: 0, end: data.count, depth: 0, parent: nil, isLeft: false,
                             features: Array(0..<data.features), rowsFeature: 0)]
        while let record = stack.popLast() {
            let (c0, c1) = data.classWeights(record.start, record.end, feature: record.rowsFeature)
            let weight = c0 + c1
            let impurity = criterion.impurity(c0, c1)
            let samples = record.end - record.start
            let id = nodes.count
            nodes.append(TreeNode(split: nil, impurity: impurity, samples: samples, weightedSamples: weight,
                                  value: weight > 0 ? [c0 / weight, c1 / weight] : [0, 0]))
            if let parent = record.parent, let split = nodes[parent].split {
                nodes[parent].split = TreeNode.Split(feature: split.feature, threshold: split.threshold,
                                                     left: record.isLeft ? id : split.left,
                                                     right: record.isLeft ? split.right : id)
            }
            let mayBeSplit = record.depth < maxDepth && samples >= minSamplesSplit && samples >= 2 * minSamplesLeaf
                && weight >= 2 * minWeightLeaf && impurity > Self.epsilon
            guard mayBeSplit else { continue }
            let (found, varying) = bestSplit(data, record, c0, c1)
            guard let best = found else { continue }
            let (l0, l1) = data.classWeights(record.start, best.position, feature: best.feature)
            let (r0, r1) = (c0 - l0, c1 - l1)
            let (wl, wr) = (l0 + l1, r0 + r1)
            let decrease = (weight / totalWeight)
                * (impurity - wr / weight * criterion.impurity(r0, r1) - wl / weight * criterion.impurity(l0, l1))
            guard decrease + Self.epsilon >= minImpurityDecrease else { continue }
            data.partition(record.start, record.end, at: best.position, of: best.feature, keeping: varying)
            // Placeholder children (-1) are filled in as the children are created.
            nodes[id].split = TreeNode.Split(feature: best.feature, threshold: best.threshold, left: -1, right: -1)
            for (start, end, isLeft) in [(best.position, record.end, false), (record.start, best.position, true)] {
                stack.append(Pending(start: start, end: end, depth: record.depth + 1, parent: id, isLeft: isLeft,
                                     features: varying, rowsFeature: best.feature))
            }
        }
        return nodes
    }

    /// The split of the node's rows with the largest proxy −(w_L·I_L + w_R·I_R), if any qualifies,
    /// and the node's features that are not constant on it.
    private func bestSplit(_ data: SortedColumns, _ node: Pending, _ c0: Double, _ c1: Double) -> (Candidate?, [Int]) {
        var best: Candidate?
        var varying: [Int] = []
        let (n, start, end) = (data.count, node.start, node.end)
        data.sortedRows.withUnsafeBufferPointer { rows in
            data.sortedValues.withUnsafeBufferPointer { values in
                data.labels.withUnsafeBufferPointer { labels in
                    data.weights.withUnsafeBufferPointer { weights in
                        for feature in node.features {
                            let base = feature * n
                            guard values[base + end - 1] > values[base + start] + Self.featureThreshold else { continue }
                            varying.append(feature)
                            var l0 = 0.0, l1 = 0.0
                            for k in start..<(end - 1) {
                                let row = Int(rows[base + k])
                                if labels[row] == 1 { l1 += weights[row] } else { l0 += weights[row] }
                                let next = values[base + k + 1]
                                guard next > values[base + k] + Self.featureThreshold else { continue }
                                let nLeft = k + 1 - start
                                if nLeft < minSamplesLeaf { continue }
                                if end - k - 1 < minSamplesLeaf { break }
                                let (r0, r1) = (c0 - l0, c1 - l1)
                                let (wl, wr) = (l0 + l1, r0 + r1)
                                if wl < minWeightLeaf || wr < minWeightLeaf { continue }
                                let proxy = -(wr * criterion.impurity(r0, r1) + wl * criterion.impurity(l0, l1))
                                if proxy > (best?.proxy ?? -.infinity) {
                                    best = Candidate(feature: feature, position: k + 1,
                                                     threshold: values[base + k] / 2 + next / 2, proxy: proxy)
                                }
                            }
                        }
                    }
                }
            }
        }
        return (best, varying)
    }
}

/// The rows of positive weight, sorted by each feature in turn (ties by row), with labels and
/// weights indexed by row.
private struct SortedColumns {
    let count: Int
    let features: Int
    /// Feature f's segment is [f·count, (f + 1)·count).
    var sortedRows: [Int32]
    var sortedValues: [Double]
    let labels: [Int]
    let weights: [Double]
    /// Scratch: whether a row goes left in the split being applied, and room for one segment.
    private var goesLeft: [Bool]
    private var rowScratch: [Int32]
    private var valueScratch: [Double]

    init(_ input: ModelInput.Training) {
        let active = input.weights.indices.filter { input.weights[$0] > 0 }
        let x = input.x
        count = active.count
        features = x.columns
        labels = input.labels
        weights = input.weights
        goesLeft = [Bool](repeating: false, count: x.rows)
        rowScratch = [Int32](repeating: 0, count: active.count)
        valueScratch = [Double](repeating: 0, count: active.count)
        sortedRows = []
        sortedValues = []
        sortedRows.reserveCapacity(count * features)
        sortedValues.reserveCapacity(count * features)
        // Each column is copied out once (the matrix is row-major). A column with few distinct
        // values (a one-hot dummy, a small count) is sorted by counting, which is stable, so rows
        // stay in increasing order within a value; others sort their (value, row) pairs.
        var column = [Double](repeating: 0, count: active.count)
        for f in 0..<features {
            for (k, row) in active.enumerated() { column[k] = x[row, f] }
            if let distinct = Self.fewDistinct(column) {
                for value in distinct {
                    for (k, row) in active.enumerated() where column[k] == value {
                        sortedRows.append(Int32(row))
                        sortedValues.append(value)
                    }
                }
            } else {
                let order = column.indices.sorted { column[$0] < column[$1] || (column[$0] == column[$1] && $0 < $1) }
                for k in order {
                    sortedRows.append(Int32(active[k]))
                    sortedValues.append(column[k])
                }
            }
        }
        // Without features there is no segment to read rows from; keep the rows in one.
        if features == 0 { sortedRows = active.map(Int32.init) }
    }

    /// The distinct values of `column`, increasing, when there are at most 8 of them.
    static func fewDistinct(_ column: [Double]) -> [Double]? {
        var distinct: [Double] = []
        for value in column where !distinct.contains(value) {
            if distinct.count == 8 { return nil }
            distinct.append(value)
        }
        return distinct.sorted()
    }

    /// Class weights (c₀, c₁) of positions [start, end) of `feature`'s segment.
    func classWeights(_ start: Int, _ end: Int, feature: Int) -> (Double, Double) {
        var c0 = 0.0, c1 = 0.0
        let base = feature * count
        for k in start..<end {
            let row = Int(sortedRows[base + k])
            if labels[row] == 1 { c1 += weights[row] } else { c0 += weights[row] }
        }
        return (c0, c1)
    }

    /// Splits the node [start, end) after `position` in `feature`'s order: the range of every
    /// feature in `keeping` (other than `feature`, already in order) is partitioned stably into
    /// the left rows, then the right rows.
    mutating func partition(_ start: Int, _ end: Int, at position: Int, of feature: Int, keeping features: [Int]) {
        let n = count
        sortedRows.withUnsafeMutableBufferPointer { rows in
            sortedValues.withUnsafeMutableBufferPointer { values in
                goesLeft.withUnsafeMutableBufferPointer { left in
                    rowScratch.withUnsafeMutableBufferPointer { rowBuffer in
                        valueScratch.withUnsafeMutableBufferPointer { valueBuffer in
                            let split = feature * n
                            for k in start..<end { left[Int(rows[split + k])] = k < position }
                            for f in features where f != feature {
                                let base = f * n
                                var (l, r) = (0, position - start)
                                for k in start..<end {
                                    let row = rows[base + k]
                                    let slot: Int
                                    if left[Int(row)] { slot = l; l += 1 } else { slot = r; r += 1 }
                                    rowBuffer[slot] = row
                                    valueBuffer[slot] = values[base + k]
                                }
                                for k in 0..<(end - start) {
                                    rows[base + start + k] = rowBuffer[k]
                                    values[base + start + k] = valueBuffer[k]
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
