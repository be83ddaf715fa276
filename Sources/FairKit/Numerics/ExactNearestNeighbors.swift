import Dispatch

/// Exact k nearest neighbours of every row of a matrix among its own rows, by Euclidean distance.
///
/// Each row's list starts with the row itself, then the k - 1 nearest other rows by (squared
/// distance, row index): ties at equal distance go to the lower row index. scikit-learn's
/// `NearestNeighbors(algorithm='ball_tree')`, which AIF360 uses, returns the same neighbours
/// whenever the k-th distance is not tied (when it is, its choice follows the tree's layout).
///
/// Algorithm: brute force with three exact prunings, over blocks of queries. Each row gets its
/// scores s on the data's first m = 8 principal directions (orthonormal u_1..u_m, from subspace
/// iteration); by Bessel's inequality Σ_j (s_ij - s_lj)² = Σ_j ⟨x_i - x_l, u_j⟩² <= ‖x_i - x_l‖².
/// - Rows are sorted by their first score, and a block of neighbouring queries scans outwards from
///   itself: a query needs no row whose first-score gap exceeds its current k-th distance, and a
///   side stops when every query's gap is exceeded.
/// - A candidate whose m-score distance already exceeds the query's k-th distance is skipped
///   without reading its row.
/// - A full distance stops accumulating once it exceeds the k-th distance; columns are visited in
///   decreasing order of variance, so this happens early.
/// A block shares each candidate row it loads among its queries, which keeps the scan in cache.
/// Worst case O(n² d) time (every row inside every band, as in high-dimensional data with no
/// structure), O(n d) memory; queries run in parallel. Squared distances are summed four columns
/// at a time, so they can differ from a sequential sum in the last bit: this only matters for
/// distances that tie to within rounding, which either order breaks arbitrarily.
struct ExactNearestNeighbors {
    /// Queries per block: enough to share each loaded candidate, few enough that their bands overlap.
    private static let blockSize = 16

    /// For every row of `x`, its `k` neighbours (itself first). Needs 1 <= k <= rows.
    static func search(_ x: Matrix, k: Int) -> [[Int]] {
        let n = x.rows
        guard n > 0 else { return [] }
        guard k > 1 else { return (0..<n).map { [$0] } }
        let (mean, variance) = columnMoments(x)
        let scores = PrincipalScores(x, mean: mean)
        let order = (0..<n).sorted { (scores.first($0), $0) < (scores.first($1), $1) }
        let data = PaddedRows(x, rowOrder: order, variance: variance)
        let sortedScores = scores.reordered(order)
        var result = [[Int]](repeating: [], count: n)
        let blocks = (n + blockSize - 1) / blockSize
        result.withUnsafeMutableBufferPointer { out in
            let out = UnsafeSendable(out)
            data.storage.withUnsafeBufferPointer { storage in
                let rows = UnsafeSendable(storage)
                DispatchQueue.concurrentPerform(iterations: blocks) { b in
                    let queries = b * blockSize..<min((b + 1) * blockSize, n)
                    var block = Block(queries: queries, wanted: k - 1)
                    block.search(rows: rows.value, width: data.width, scores: sortedScores, order: order)
                    for (slot, q) in queries.enumerated() {
                        out.value[order[q]] = [order[q]] + block.neighbours(slot)
                    }
                }
            }
        }
        return result
    }

    /// Each column's mean and (population) variance.
    private static func columnMoments(_ x: Matrix) -> (mean: [Double], variance: [Double]) {
        let moments = (0..<x.columns).map { WeightedMoments(x.column($0)) }
        return (moments.map { $0.mean ?? 0 }, moments.map { $0.variance(ddof: 0) ?? 0 })
    }

    /// The rows in search order, columns by decreasing variance, each padded with zeros to a
    /// multiple of 4 columns so distances run four columns at a time.
    private struct PaddedRows {
        let width: Int
        let storage: [Double]

        init(_ x: Matrix, rowOrder: [Int], variance: [Double]) {
            let d = x.columns
            let columns = (0..<d).sorted { (-variance[$0], $0) < (-variance[$1], $1) }
            let width = (d + 3) / 4 * 4
            var storage = [Double](repeating: 0, count: x.rows * width)
            for (r, source) in rowOrder.enumerated() {
                x.withRow(source) { row in
                    for (c, column) in columns.enumerated() { storage[r * width + c] = row[column] }
                }
            }
            self.width = width
            self.storage = storage
        }
    }

    /// The search state of one block of consecutive queries (positions in search order).
    private struct Block {
        let queries: Range<Int>
        let wanted: Int
        /// Per query, the `wanted` nearest others so far, ascending by (distance², original index).
        var distance: [Double]
        var index: [Int]
        var found: [Int]

        init(queries: Range<Int>, wanted: Int) {
            self.queries = queries
            self.wanted = wanted
            distance = [Double](repeating: .infinity, count: queries.count * wanted)
            index = [Int](repeating: .max, count: queries.count * wanted)
            found = [Int](repeating: 0, count: queries.count)
        }

        /// The neighbours found for the query in `slot` (original indices, nearest first).
        func neighbours(_ slot: Int) -> [Int] {
            Array(index[slot * wanted..<slot * wanted + found[slot]])
        }

        /// The squared distance beyond which the query in `slot` needs no candidate: its k-th
        /// distance, with slack so that rounding in the scores never prunes a true neighbour (in
        /// exact arithmetic the score distances are lower bounds).
        private func bound(_ slot: Int) -> Double {
            found[slot] < wanted ? .infinity : distance[slot * wanted + wanted - 1] * (1 + 1e-9) + 1e-12
        }

        mutating func search(rows: UnsafeBufferPointer<Double>, width: Int, scores: PrincipalScores, order: [Int]) {
            guard let base = rows.baseAddress else { return }
            let n = order.count
            func visit(_ p: Int) {
                for (slot, q) in queries.enumerated() where q != p {
                    let limit = bound(slot)
                    let gap = scores.first(p) - scores.first(q)
                    if gap * gap <= limit && scores.squaredDistance(p, q) <= limit {
                        consider(slot, original: order[p], query: base + q * width, row: base + p * width, width: width)
                    }
                }
            }
            for p in queries { visit(p) }
            var left = queries.lowerBound - 1, right = queries.upperBound
            func open(_ p: Int) -> Bool {
                queries.enumerated().contains { slot, q in
                    let gap = scores.first(p) - scores.first(q)
                    return gap * gap <= bound(slot)
                }
            }
            var leftOpen = left >= 0 && open(left)
            var rightOpen = right < n && open(right)
            while leftOpen || rightOpen {
                let takeLeft = leftOpen && (!rightOpen
                    || scores.first(queries.lowerBound) - scores.first(left) <= scores.first(right) - scores.first(queries.upperBound - 1))
                if takeLeft {
                    visit(left)
                    left -= 1
                    leftOpen = left >= 0 && open(left)
                } else {
                    visit(right)
                    right += 1
                    rightOpen = right < n && open(right)
                }
                // A bound only shrinks, so a closed side stays closed; re-check the other one.
                if leftOpen && !takeLeft { leftOpen = open(left) }
                if rightOpen && takeLeft { rightOpen = open(right) }
            }
        }

        /// Inserts the candidate `row` (row `original` of the input) for the query in `slot` if it
        /// is nearer than the query's current k-th.
        @inline(__always)
        private mutating func consider(_ slot: Int, original: Int, query: UnsafePointer<Double>,
                                       row: UnsafePointer<Double>, width: Int) {
            let base = slot * wanted
            let full = found[slot] == wanted
            let limit = full ? distance[base + wanted - 1] : .infinity
            var sum = SIMD4<Double>()
            var c = 0
            var total = 0.0
            while c < width {
                let end = min(c + 16, width)
                while c < end {
                    let a = UnsafeRawPointer(query + c).loadUnaligned(as: SIMD4<Double>.self)
                    let b = UnsafeRawPointer(row + c).loadUnaligned(as: SIMD4<Double>.self)
                    let t = a - b
                    sum += t * t
                    c += 4
                }
                total = sum.sum()
                if total > limit { return }
            }
            if full && !(total < limit || (total == limit && original < index[base + wanted - 1])) { return }
            var at = full ? wanted - 1 : found[slot]
            while at > 0 && (total < distance[base + at - 1] || (total == distance[base + at - 1] && original < index[base + at - 1])) {
                distance[base + at] = distance[base + at - 1]
                index[base + at] = index[base + at - 1]
                at -= 1
            }
            distance[base + at] = total
            index[base + at] = original
            if !full { found[slot] += 1 }
        }
    }

    /// Each row's scores on the first m principal directions of the centred rows, from subspace
    /// iteration with a fixed start (results never depend on chance). The directions need not be
    /// the exact principal ones: any orthonormal set keeps the search exact; good ones make it fast.
    struct PrincipalScores {
        /// How many directions: enough to separate most non-neighbours cheaply.
        static let directions = 8
        /// Per row, its scores (zeros beyond the number of columns).
        let values: [SIMD8<Double>]

        init(_ x: Matrix, mean: [Double]) {
            let n = x.rows, d = x.columns
            let m = min(Self.directions, d)
            // u: d x m, column j a direction; a fixed, full-rank start.
            var u = (0..<d * m).map { (i: Int) -> Double in Double((i * 7919 + 13) % 101) / 101 - 0.5 }
            Self.orthonormalize(&u, d: d, m: m)
            for _ in 0..<6 {
                var next = [Double](repeating: 0, count: d * m)
                var projected = [Double](repeating: 0, count: m)
                for r in 0..<n {
                    x.withRow(r) { row in
                        for j in 0..<m { projected[j] = 0 }
                        for c in 0..<d {
                            let v = row[c] - mean[c]
                            for j in 0..<m { projected[j] += v * u[c * m + j] }
                        }
                        for c in 0..<d {
                            let v = row[c] - mean[c]
                            for j in 0..<m { next[c * m + j] += v * projected[j] }
                        }
                    }
                }
                Self.orthonormalize(&next, d: d, m: m)
                u = next
            }
            values = (0..<n).map { r in
                x.withRow(r) { row in
                    var score = SIMD8<Double>()
                    for c in 0..<d {
                        let v = row[c] - mean[c]
                        for j in 0..<m { score[j] += v * u[c * m + j] }
                    }
                    return score
                }
            }
        }

        private init(values: [SIMD8<Double>]) {
            self.values = values
        }

        /// Modified Gram-Schmidt on the m columns of the d x m matrix `u`; a column that vanishes
        /// (rank-deficient data) becomes a unit coordinate vector made orthogonal to the others,
        /// or zero, which still leaves the bound valid.
        private static func orthonormalize(_ u: inout [Double], d: Int, m: Int) {
            for j in 0..<m {
                for attempt in 0...d {
                    if attempt > 0 {
                        for c in 0..<d { u[c * m + j] = c == attempt - 1 ? 1 : 0 }
                    }
                    for i in 0..<j {
                        var dot = 0.0
                        for c in 0..<d { dot += u[c * m + i] * u[c * m + j] }
                        for c in 0..<d { u[c * m + j] -= dot * u[c * m + i] }
                    }
                    var norm = 0.0
                    for c in 0..<d { norm += u[c * m + j] * u[c * m + j] }
                    norm = norm.squareRoot()
                    if norm > 1e-6 {
                        for c in 0..<d { u[c * m + j] /= norm }
                        break
                    }
                    if attempt == d { for c in 0..<d { u[c * m + j] = 0 } }
                }
            }
        }

        /// The scores with rows in `order`.
        func reordered(_ order: [Int]) -> PrincipalScores {
            PrincipalScores(values: order.map { values[$0] })
        }

        /// Row r's first score.
        @inline(__always) func first(_ r: Int) -> Double { values[r][0] }

        /// Squared distance between two rows' scores: a lower bound of their squared distance.
        @inline(__always) func squaredDistance(_ a: Int, _ b: Int) -> Double {
            let t = values[a] - values[b]
            return (t * t).sum()
        }
    }
}

/// A value handed to concurrently running closures that write disjoint parts of it.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
