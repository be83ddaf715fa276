extension ExactNearestNeighbors {
    /// The distinct rows of a matrix, each with the rows it stands for. Encoded tabular data repeats
    /// rows (Adult's categories and rounded numbers do), and identical rows are at distance 0 from
    /// everything alike, so the search runs once per distinct row.
    struct UniqueRows {
        /// One row per distinct row, in order of first appearance.
        let points: Matrix
        /// Per distinct row, the input rows equal to it, ascending.
        let rows: [[Int]]

        init(_ x: Matrix) {
            // [Double] equality compares values: 0.0 and -0.0 are one row (at distance 0 anyway).
            var first: [[Double]: Int] = [:]
            var rows: [[Int]] = []
            var storage: [Double] = []
            for r in 0..<x.rows {
                let row = x.withRow(r) { Array($0) }
                if let u = first[row] {
                    rows[u].append(r)
                } else {
                    first[row] = rows.count
                    rows.append([r])
                    storage += row
                }
            }
            points = Matrix(rows: rows.count, columns: x.columns, storage: storage)
            self.rows = rows
        }
    }

    /// The points in tree order, columns by decreasing variance, each padded with zeros to a
    /// multiple of 4 columns so distances run four columns at a time.
    struct PaddedRows: @unchecked Sendable {
        let width: Int
        let storage: [Double]

        init(_ x: Matrix, rowOrder: [Int]) {
            let d = x.columns
            let variance = (0..<d).map { WeightedMoments(x.column($0)).variance(ddof: 0) ?? 0 }
            let columns = (0..<d).sorted { (-variance[$0], $0) < (-variance[$1], $1) }
            let width = (d + 3) / 4 * 4
            // At least one element, so the storage has an address even with no columns.
            var storage = [Double](repeating: 0, count: max(1, x.rows * width))
            for (r, source) in rowOrder.enumerated() {
                x.withRow(source) { row in
                    for (c, column) in columns.enumerated() { storage[r * width + c] = row[column] }
                }
            }
            self.width = width
            self.storage = storage
        }

        /// The squared distance between the points at positions `a` and `b`, or nil as soon as a
        /// partial sum exceeds `limit`. Partial sums only grow (each lane adds squares, and the
        /// lanes are added in one fixed order), so nil means the full sum exceeds `limit` too.
        /// Columns go in decreasing order of variance, so the early exit comes early.
        @inline(__always)
        func squaredDistance(_ a: Int, _ b: Int, limit: Double, in base: UnsafePointer<Double>) -> Double? {
            let query = base + a * width, row = base + b * width
            var sum = SIMD4<Double>()
            var c = 0
            var total = 0.0
            while c < width {
                let end = min(c + 8, width)
                while c < end {
                    let t = UnsafeRawPointer(query + c).loadUnaligned(as: SIMD4<Double>.self)
                        - UnsafeRawPointer(row + c).loadUnaligned(as: SIMD4<Double>.self)
                    sum += t * t
                    c += 4
                }
                total = sum.sum()
                if total > limit { return nil }
            }
            return total
        }
    }
}
