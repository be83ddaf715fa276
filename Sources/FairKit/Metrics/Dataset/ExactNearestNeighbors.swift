import Dispatch

/// Exact k nearest neighbours of every row of a matrix among its own rows, by Euclidean distance.
///
/// Each row's list starts with the row itself, then the k - 1 nearest other rows by (squared
/// distance, row index): ties at equal distance go to the lower row index. scikit-learn's
/// `NearestNeighbors(algorithm='ball_tree')`, which AIF360 uses, returns the same neighbours
/// whenever the k-th distance is not tied (when it is, its choice follows the tree's layout).
///
/// Algorithm: brute force with two exact prunings. Rows are sorted by their projection p on the
/// data's first principal direction u (|u| = 1), and a query scans outwards from its own position;
/// since |p_i - p_j| = |⟨x_i - x_j, u⟩| <= ‖x_i - x_j‖, a side stops as soon as its projection gap
/// exceeds the current k-th distance. A distance stops accumulating once it exceeds that distance
/// too. Worst case O(n² d) time (every row within the projection band), O(n d) memory; spread-out
/// data costs far less. Queries run in parallel.
struct ExactNearestNeighbors {
    /// For every row of `x`, its `k` neighbours (itself first). Needs 1 <= k <= rows.
    static func search(_ x: Matrix, k: Int) -> [[Int]] {
        let n = x.rows, d = x.columns
        guard n > 0 else { return [] }
        let projection = principalProjection(x)
        let order = (0..<n).sorted { (projection[$0], $0) < (projection[$1], $1) }
        // Rows in projection order, so a query's candidates sit next to it in memory.
        let sorted = x.selectingRows(order)
        let sortedProjection = order.map { projection[$0] }
        var result = [[Int]](repeating: [], count: n)
        let chunk = 256
        let chunks = (n + chunk - 1) / chunk
        result.withUnsafeMutableBufferPointer { out in
            let out = UnsafeSendable(out)
            sorted.storage.withUnsafeBufferPointer { rowsBuffer in
                let rows = UnsafeSendable(rowsBuffer)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for q in c * chunk..<min((c + 1) * chunk, n) {
                        let neighbours = nearest(to: q, k: k, rows: rows.value, d: d, n: n,
                                                 projection: sortedProjection, order: order)
                        out.value[order[q]] = neighbours
                    }
                }
            }
        }
        return result
    }

    /// The k neighbours (original indices, itself first) of the row at sorted position `q`.
    private static func nearest(to q: Int, k: Int, rows: UnsafeBufferPointer<Double>, d: Int, n: Int,
                                projection: [Double], order: [Int]) -> [Int] {
        // best: the k - 1 nearest others so far, ascending by (distance², original index).
        var best: [(distance: Double, index: Int)] = []
        best.reserveCapacity(k)
        let wanted = k - 1
        let query = rows.baseAddress! + q * d
        func worst() -> Double { best.count < wanted ? .infinity : best[wanted - 1].distance }
        func consider(_ p: Int) {
            let limit = worst()
            let candidate = rows.baseAddress! + p * d
            var sum = 0.0
            var c = 0
            while c < d {
                let end = min(c + 16, d)
                while c < end {
                    let t = query[c] - candidate[c]
                    sum += t * t
                    c += 1
                }
                if sum > limit { return }
            }
            let index = order[p]
            if best.count == wanted {
                guard let last = best.last, (sum, index) < (last.distance, last.index) else { return }
                best.removeLast()
            }
            let at = best.firstIndex { (sum, index) < ($0.distance, $0.index) } ?? best.count
            best.insert((sum, index), at: at)
        }
        // Exact arithmetic bounds the distance by the projection gap; the slack covers rounding.
        func beyond(_ p: Int) -> Bool {
            let gap = projection[p] - projection[q]
            return gap * gap > worst() * (1 + 1e-9) + 1e-12
        }
        var left = q - 1, right = q + 1
        while wanted > 0 {
            let leftOpen = left >= 0 && !beyond(left)
            let rightOpen = right < n && !beyond(right)
            if !leftOpen && !rightOpen { break }
            if leftOpen && (!rightOpen || projection[q] - projection[left] <= projection[right] - projection[q]) {
                consider(left)
                left -= 1
            } else {
                consider(right)
                right += 1
            }
        }
        return [order[q]] + best.map(\.index)
    }

    /// Each row's projection on the first principal direction of the centred rows (power
    /// iteration from a fixed start, so results never depend on chance). The direction need not be
    /// exact: any unit vector keeps the search exact, a good one makes it fast.
    private static func principalProjection(_ x: Matrix) -> [Double] {
        let n = x.rows, d = x.columns
        var mean = [Double](repeating: 0, count: d)
        for r in 0..<n { x.withRow(r) { row in for c in 0..<d { mean[c] += row[c] } } }
        mean = mean.map { $0 / Double(n) }
        var u = (0..<d).map { 1 / Double(d).squareRoot() + Double($0 % 7) * 1e-3 }
        for _ in 0..<8 {
            var next = [Double](repeating: 0, count: d)
            for r in 0..<n {
                x.withRow(r) { row in
                    var dot = 0.0
                    for c in 0..<d { dot += (row[c] - mean[c]) * u[c] }
                    for c in 0..<d { next[c] += dot * (row[c] - mean[c]) }
                }
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0, norm.isFinite else { break }
            u = next.map { $0 / norm }
        }
        let norm = u.reduce(0) { $0 + $1 * $1 }.squareRoot()
        u = u.map { $0 / norm }
        return (0..<n).map { r in x.withRow(r) { row in (0..<d).reduce(0) { $0 + (row[$1] - mean[$1]) * u[$1] } } }
    }
}

/// A value handed to concurrently running closures that write disjoint parts of it.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
