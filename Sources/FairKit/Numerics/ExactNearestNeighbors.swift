import Dispatch

/// Exact k nearest neighbours of every row of a matrix among its own rows, by Euclidean distance.
///
/// Each row's list starts with the row itself, then the k - 1 nearest other rows by (squared
/// distance, row index): ties at equal distance go to the lower row index. scikit-learn's
/// `NearestNeighbors(algorithm='ball_tree')`, which AIF360 uses, returns the same neighbours
/// whenever the k-th distance is not tied (when it is, its choice follows the tree's layout).
///
/// Algorithm (every step exact; the result is brute force's):
/// 1. Duplicate rows collapse to one distinct point standing for its rows (`UniqueRows`): copies
///    are at distance 0 from each other and at the same distance from everything else, so one
///    search serves them all.
/// 2. Each distinct point gets its scores on the data's first m = 8 principal directions
///    (orthonormal u_1..u_m, from subspace iteration; `PrincipalScores`). By Bessel's inequality
///    Σ_j (s_aj - s_bj)² = Σ_j ⟨x_a - x_b, u_j⟩² <= ‖x_a - x_b‖²: score distances are lower bounds.
///    With d <= 8 columns the scores are a rotation and the bound is the distance itself.
/// 3. A k-d tree over the scores (`ScoreTree`; Bentley 1975; the k-NN search of Friedman, Bentley
///    & Finkel 1977, ACM TOMS 3(3)) is searched depth first, nearer child first, skipping a node
///    when the distance from the query's scores to its score box exceeds the query's current limit:
///    the smallest distance within which the points found stand for k - 1 other rows
///    (`Neighbourhood`; the query's own copies count, at distance 0). Within a leaf a point is
///    skipped when its score distance exceeds the limit, and a full distance stops accumulating
///    once it does. Nothing at distance <= the final limit is ever skipped (the limit
///    only falls), so every row that can be a neighbour, ties at the k-th distance included, is
///    found; the rows are then listed by (distance, row index).
/// 4. Queries run in parallel on all cores, neighbouring points of the tree together.
/// When the matrix has indicator blocks (`IndicatorBlocks`: one-hot categories, found from the
/// values), steps 2 and 3 use them instead: the principal scores are those of the numeric columns
/// alone, and each tree node also keeps, per block, the codes its points have (`IndicatorTree`); a
/// node lacking the query's code in a block is at least that block's share farther (2 for one-hot),
/// which prunes what projections of a wide one-hot matrix cannot (Adult's 105 columns: 1.5 s CPU
/// instead of 9.5 s). A distance is then the blocks' share (codes compared) plus the numeric sum.
/// Rounding: the bounds are compared with slack (a relative 1e-9 and 1e-12 of the largest squared
/// norm), so rounding in the scores can only make the search visit more, never skip a neighbour.
/// Squared distances are summed four columns at a time, so they can differ from a sequential sum
/// in the last bit: this only matters for distances that tie to within rounding, which either
/// order breaks arbitrarily. Time O(n log n) for the tree plus, per query, the nodes within its
/// k-th distance: near O(n log n) on low-dimensional or clustered data, O(n² d) in the worst case
/// (high-dimensional data with no structure); O(n d) memory.
///
/// Example: rows 0, 1, 1, 5 (one column), k = 3: the two 1s are one point standing for rows 1 and
/// 2. Row 0's list is [0, 1, 2] (both at distance 1; 1 before 2 by index), row 1's [1, 2, 0], row
/// 2's [2, 1, 0], row 3's [3, 1, 2] (distance 4 each; 0 is at 5).
struct ExactNearestNeighbors {
    /// Distinct points per parallel task: neighbours in the tree share the nodes they visit.
    static let pointsPerTask = 64

    /// For every row of `x`, its `k` neighbours (itself first). Needs 1 <= k <= rows.
    static func search(_ x: Matrix, k: Int) -> [[Int]] {
        let n = x.rows
        guard n > 0 else { return [] }
        guard k > 1 else { return (0..<n).map { [$0] } }
        let unique = UniqueRows(x)
        let blocks = IndicatorBlocks(unique.points)
        return blocks.blocks.isEmpty
            ? scoreSearch(unique, rows: n, k: k)
            : indicatorSearch(unique, blocks: blocks, rows: n, k: k)
    }

    /// The search of steps 2-4 over the principal scores of all columns.
    private static func scoreSearch(_ unique: UniqueRows, rows n: Int, k: Int) -> [[Int]] {
        let points = unique.points
        let mean = (0..<points.columns).map { WeightedMoments(points.column($0)).mean ?? 0 }
        let unordered = PrincipalScores(points, mean: mean)
        let tree = ScoreTree(unordered)
        let scores = unordered.reordered(tree.order)
        let data = PaddedRows(points, rowOrder: tree.order)
        let copies = tree.order.map { unique.rows[$0] }
        let absoluteSlack = 1e-12 * scores.largestSquaredNorm
        return lists(rows: n, copies: copies, k: k, numeric: data) { q, base in
            var near = Neighbourhood(wanted: k - 1, point: q, copies: copies[q].count)
            let bound = { (near: Neighbourhood) in near.limit * (1 + 1e-9) + absoluteSlack }
            tree.leaves(near: scores.values[q], state: &near, within: bound) { leaf, near in
                for p in leaf where p != q && scores.squaredDistance(p, q) <= bound(near) {
                    if let d = data.squaredDistance(q, p, limit: near.limit, in: base), d <= near.limit {
                        near.insert(p, distance: d, weight: copies[p].count)
                    }
                }
            }
            return near
        }
    }

    /// The search of steps 2-4 when the matrix has indicator blocks: the tree bounds distances by
    /// the codes a node lacks plus the principal scores of the numeric columns alone, and a
    /// distance is the blocks' share (codes compared) plus the numeric columns' (summed as usual).
    private static func indicatorSearch(_ unique: UniqueRows, blocks: IndicatorBlocks, rows n: Int, k: Int) -> [[Int]] {
        let numeric = unique.points.selectingColumns(blocks.numeric)
        let mean = (0..<numeric.columns).map { WeightedMoments(numeric.column($0)).mean ?? 0 }
        let unordered = PrincipalScores(numeric, mean: mean)
        let unorderedCodes = IndicatorCodes(unique.points, blocks: blocks)
        let tree = IndicatorTree(scores: unordered.values, codes: unorderedCodes)
        let scores = unordered.reordered(tree.order)
        let codes = unorderedCodes.reordered(tree.order)
        let data = PaddedRows(numeric, rowOrder: tree.order)
        let copies = tree.order.map { unique.rows[$0] }
        let absoluteSlack = 1e-12 * scores.largestSquaredNorm
        return lists(rows: n, copies: copies, k: k, numeric: data) { q, base in
            var near = Neighbourhood(wanted: k - 1, point: q, copies: copies[q].count)
            let bound = { (near: Neighbourhood) in near.limit * (1 + 1e-9) + absoluteSlack }
            let query = tree.query(q, score: scores.values[q], codes: codes)
            tree.leaves(near: query, state: &near, within: bound) { leaf, near in
                for p in leaf where p != q {
                    let blocks = codes.squaredDistance(q, p)
                    // The numeric sum may stop early only once it exceeds what is left with room for
                    // rounding in the subtraction: the final comparison below decides.
                    guard blocks <= near.limit,
                          let rest = data.squaredDistance(q, p, limit: (near.limit - blocks) + 1e-9 * near.limit, in: base)
                    else { continue }
                    let d = blocks + rest
                    if d <= near.limit { near.insert(p, distance: d, weight: copies[p].count) }
                }
            }
            return near
        }
    }

    /// Finds the neighbourhood of every distinct point (`neighbourhood(q, base)`, q a tree
    /// position, `base` the start of `numeric`'s storage) on all cores, `pointsPerTask` neighbouring
    /// positions a task, and lists every row's neighbours.
    private static func lists(rows n: Int, copies: [[Int]], k: Int, numeric data: PaddedRows,
                              _ neighbourhood: @Sendable (Int, UnsafePointer<Double>) -> Neighbourhood) -> [[Int]] {
        var result = [[Int]](repeating: [], count: n)
        result.withUnsafeMutableBufferPointer { out in
            let out = UnsafeSendable(out)
            data.storage.withUnsafeBufferPointer { storage in
                let rows = UnsafeSendable(storage)
                let count = copies.count
                let tasks = (count + pointsPerTask - 1) / pointsPerTask
                DispatchQueue.concurrentPerform(iterations: tasks) { task in
                    guard let base = rows.value.baseAddress else { return }
                    for q in task * pointsPerTask..<min((task + 1) * pointsPerTask, count) {
                        list(neighbourhood(q, base), copies: copies, query: q, k: k, into: out.value)
                    }
                }
            }
        }
        return result
    }

    /// Writes the lists of the rows of the query point `q`: each row itself, then the k - 1 nearest
    /// other rows among the points of `near` (q itself among them when it has copies), by
    /// (distance, row index). A point contributes at most its k lowest rows: one of them may be the
    /// query row, and k - 1 are all a list can take.
    private static func list(_ near: Neighbourhood, copies: [[Int]], query q: Int, k: Int,
                             into out: UnsafeMutableBufferPointer<[Int]>) {
        var candidates: [(distance: Double, row: Int)] = []
        for (d, p) in zip(near.distance, near.position) {
            candidates += copies[p].prefix(k).map { (d, $0) }
        }
        candidates.sort { ($0.distance, $0.row) < ($1.distance, $1.row) }
        for r in copies[q] {
            out[r] = [r] + candidates.lazy.filter { $0.row != r }.prefix(k - 1).map(\.row)
        }
    }
}

/// A value handed to concurrently running closures that write disjoint parts of it.
