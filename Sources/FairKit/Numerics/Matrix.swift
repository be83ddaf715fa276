/// A dense matrix of `Double` in row-major order: the design matrix every model fits on.
///
/// Row-major because models, explainers and metrics walk observations one row at a time; a row is
/// a contiguous slice of `storage`, so `withRow` costs no copy.
public struct Matrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Element (r, c) sits at `storage[r * columns + c]`.
    public var storage: [Double]

    /// A `rows` x `columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "a matrix needs non-negative dimensions")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major storage; `storage.count` must be `rows * columns`.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(storage.count == rows * columns,
                     "storage holds \(storage.count) values, a \(rows) x \(columns) matrix needs \(rows * columns)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from rows of equal length. An empty array gives a 0 x 0 matrix.
    public init(rows rowArrays: [[Double]]) {
        let width = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == width }, "every row needs \(width) values")
        self.init(rows: rowArrays.count, columns: width, storage: rowArrays.flatMap { $0 })
    }

    /// A matrix whose columns are the given arrays of equal length.
    public init(columns columnArrays: [[Double]]) {
        let height = columnArrays.first?.count ?? 0
        precondition(columnArrays.allSatisfy { $0.count == height }, "every column needs \(height) values")
        var m = Matrix(rows: height, columns: columnArrays.count)
        for (c, column) in columnArrays.enumerated() {
            for r in 0..<height { m.storage[r * m.columns + c] = column[r] }
        }
        self = m
    }

    public subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// A copy of row `r`.
    public func row(_ r: Int) -> [Double] {
        Array(storage[r * columns ..< (r + 1) * columns])
    }

    /// A copy of column `c`.
    public func column(_ c: Int) -> [Double] {
        (0..<rows).map { storage[$0 * columns + c] }
    }

    /// Calls `body` with row `r` as a buffer, without copying.
    @inlinable
    public func withRow<R>(_ r: Int, _ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[r * columns ..< (r + 1) * columns]))
        }
    }

    /// The rows at `indices`, in that order (indices may repeat, as in a bootstrap sample).
    public func selectingRows<S: Sequence>(_ indices: S) -> Matrix where S.Element == Int {
        var out: [Double] = []
        var count = 0
        for r in indices {
            out.append(contentsOf: storage[r * columns ..< (r + 1) * columns])
            count += 1
        }
        return Matrix(rows: count, columns: columns, storage: out)
    }

    /// The columns at `indices`, in that order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var out = Matrix(rows: rows, columns: indices.count)
        for r in 0..<rows {
            for (k, c) in indices.enumerated() { out.storage[r * indices.count + k] = storage[r * columns + c] }
        }
        return out
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for r in 0..<rows {
            for c in 0..<columns { t.storage[c * rows + r] = storage[r * columns + c] }
        }
        return t
    }

    /// The matrix-vector product `self * v`.
    public func multiplied(by v: [Double]) -> [Double] {
        precondition(v.count == columns, "a \(rows) x \(columns) matrix times a vector of \(v.count)")
        var out = [Double](repeating: 0, count: rows)
        storage.withUnsafeBufferPointer { a in
            v.withUnsafeBufferPointer { x in
                for r in 0..<rows {
                    var sum = 0.0
                    let base = r * columns
                    for c in 0..<columns { sum += a[base + c] * x[c] }
                    out[r] = sum
                }
            }
        }
        return out
    }
}
