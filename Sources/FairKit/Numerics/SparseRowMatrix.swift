import Dispatch

/// A matrix stored by rows with only its non-zero entries (compressed sparse row, CSR): the form
/// in which `LogisticRegression` reads a one-hot design.
///
/// Why: a one-hot encoding of Adult has 108 columns but about 14 non-zeros per row. The products
/// a Newton step needs — X v, Xᵀ v and the weighted Gram matrix Xᵀ D X — then cost work in
/// proportion to the non-zeros: the Gram matrix takes 14·15/2 = 105 multiply-adds per row
/// instead of 108·109/2 = 5,886, which is what makes the fit faster than scikit-learn's.
///
/// Layout (Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., 2003, §3.4): the non-zeros
/// of row r are `values[rowStarts[r] ..< rowStarts[r + 1]]`, in columns
/// `columnIndices[rowStarts[r] ..< rowStarts[r + 1]]`, in increasing column order.
public struct SparseRowMatrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// `rows + 1` offsets into `columnIndices` and `values`.
    public let rowStarts: [Int]
    /// The column of each stored entry (32 bits: halves the index traffic of the hot loops).
    public let columnIndices: [Int32]
    /// The stored (non-zero) entries.
    public let values: [Double]

    /// The non-zero entries of a dense matrix (exact zeros are dropped; −0.0 counts as zero).
    ///
    /// One pass over the dense storage, which dominates the cost (a 48,842 x 108 design is 42 MB),
    /// and branch-free: every entry is written at the cursor, which advances only past non-zeros;
    /// in a one-hot row the non-zeros sit at unpredictable places, and a branch per entry would
    /// mispredict on most of them. The scratch buffers grow by doubling, a row's worth of room
    /// ensured before each row.
    ///
    /// With `appendingOnes`, a last column of ones follows the dense columns (a logistic
    /// regression's intercept column: [X 1]).
    public init(_ dense: Matrix, appendingOnes: Bool = false) {
        let (rows, columns) = (dense.rows, dense.columns)
        let ones = appendingOnes ? 1 : 0
        var starts = [Int](repeating: 0, count: rows + 1)
        var capacity = max(16, rows * min(columns, 16))
        var indexScratch = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        var valueScratch = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        defer {
            indexScratch.deallocate()
            valueScratch.deallocate()
        }
        var k = 0
        dense.storage.withUnsafeBufferPointer { a in
            for r in 0..<rows {
                if k + columns + ones > capacity {
                    let larger = max(2 * capacity, k + columns + ones)
                    let (newIndices, newValues) = (UnsafeMutablePointer<Int32>.allocate(capacity: larger),
                                                   UnsafeMutablePointer<Double>.allocate(capacity: larger))
                    newIndices.update(from: indexScratch, count: k)
                    newValues.update(from: valueScratch, count: k)
                    indexScratch.deallocate()
                    valueScratch.deallocate()
                    (indexScratch, valueScratch, capacity) = (newIndices, newValues, larger)
                }
                let base = r * columns
                for c in 0..<columns {
                    let v = a[base + c]
                    indexScratch[k] = Int32(truncatingIfNeeded: c)
                    valueScratch[k] = v
                    k &+= v != 0 ? 1 : 0
                }
                if appendingOnes {
                    indexScratch[k] = Int32(truncatingIfNeeded: columns)
                    valueScratch[k] = 1
                    k += 1
                }
                starts[r + 1] = k
            }
        }
        self.rows = rows
        self.columns = columns + ones
        self.rowStarts = starts
        self.columnIndices = Array(UnsafeBufferPointer(start: indexScratch, count: k))
        self.values = Array(UnsafeBufferPointer(start: valueScratch, count: k))
    }

    /// How many entries are stored.
    public var nonZeroCount: Int { values.count }

    /// The fraction of entries that are non-zero (0 for an empty matrix).
    public var density: Double {
        rows * columns == 0 ? 0 : Double(nonZeroCount) / Double(rows * columns)
    }

    /// The matrix-vector product X v (one entry per row).
    public func multiplied(by v: [Double]) -> [Double] {
        precondition(v.count == columns, "a \(rows) x \(columns) matrix times a vector of \(v.count)")
        var out = [Double](repeating: 0, count: rows)
        withBuffers { starts, indices, entries in
            v.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { y in
                    for r in 0..<rows {
                        var sum = 0.0
                        for k in starts[r]..<starts[r + 1] { sum += entries[k] * x[Int(indices[k])] }
                        y[r] = sum
                    }
                }
            }
        }
        return out
    }

    /// The product Xᵀ v (one entry per column), accumulated row by row.
    public func transposeMultiplied(by v: [Double]) -> [Double] {
        precondition(v.count == rows, "the transpose of a \(rows) x \(columns) matrix times a vector of \(v.count)")
        var out = [Double](repeating: 0, count: columns)
        withBuffers { starts, indices, entries in
            v.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { y in
                    for r in 0..<rows where x[r] != 0 {
                        let xr = x[r]
                        for k in starts[r]..<starts[r + 1] { y[Int(indices[k])] += entries[k] * xr }
                    }
                }
            }
        }
        return out
    }

    /// The weighted Gram matrix Xᵀ D X = Σ_r d_r x_r x_rᵀ with D = diag(`weights`), as a dense
    /// symmetric `columns` x `columns` matrix.
    ///
    /// Only pairs of non-zeros of each row are visited, and only once per unordered pair: column
    /// indices increase along a row, so pair (a, b) with a ≤ b lands in the upper triangle, which
    /// is mirrored at the end. Rows of weight 0 are skipped.
    ///
    /// Rows go in blocks of `gramBlockRows` on every core (`DispatchQueue.concurrentPerform`),
    /// each block into its own upper triangle, and the blocks' triangles are added in block
    /// order: the blocks depend on the row count alone, never on the number of cores, so the
    /// result is the same on any machine, bit for bit.
    public func weightedGram(weights: [Double]) -> Matrix {
        precondition(weights.count == rows, "\(weights.count) weights for \(rows) rows")
        let p = columns
        guard p > 0, rows > 0 else { return Matrix(rows: p, columns: p) }
        let blocks = Self.rowBlockCount(rows: rows)
        var partial = [Double](repeating: 0, count: blocks * p * p)
        withBuffers { starts, indices, entries in
            weights.withUnsafeBufferPointer { d in
                partial.withUnsafeMutableBufferPointer { all in
                    let (starts, indices, entries, d, all) = (UnsafeSendable(starts), UnsafeSendable(indices), UnsafeSendable(entries),
                                                              UnsafeSendable(d), UnsafeSendable(all))
                    DispatchQueue.concurrentPerform(iterations: blocks) { block in
                        guard let start = all.value.baseAddress else { return }   // never nil: p > 0, rows > 0
                        let g = start + block * p * p
                        let (starts, indices, entries, d) = (starts.value, indices.value, entries.value, d.value)
                        for r in Self.rowBlock(block, rows: rows) where d[r] != 0 {
                            let end = starts[r + 1]
                            for a in starts[r]..<end {
                                let scaled = d[r] * entries[a]
                                let base = Int(indices[a]) * p
                                for b in a..<end { g[base + Int(indices[b])] += scaled * entries[b] }
                            }
                        }
                    }
                }
            }
        }
        var gram = Matrix(rows: p, columns: p)
        gram.storage.withUnsafeMutableBufferPointer { g in
            partial.withUnsafeBufferPointer { all in
                for block in 0..<blocks {
                    let offset = block * p * p
                    for i in 0..<p {
                        for j in i..<p { g[i * p + j] += all[offset + i * p + j] }
                    }
                }
            }
            for i in 0..<p {
                for j in 0..<i { g[i * p + j] = g[j * p + i] }
            }
        }
        return gram
    }

    /// Rows per block of `weightedGram`: 4,096 rows of Adult's ~15 non-zeros are ~0.5 million
    /// pair updates, enough to outweigh a block's own p x p triangle (11,000 entries at p = 106)
    /// and to split Adult's 32,561 rows into 8 blocks, which keep two cores evenly busy.
    static let gramBlockRows = 4096

    /// How many blocks of `gramBlockRows` `rows` rows make: at least one, so that an empty design
    /// still has a block (of no rows). The blocks depend on the row count alone, which is what
    /// makes a block-parallel sum the same on any number of cores; `weightedGram` and
    /// `LogisticObjective` share them. Example: 9,000 rows are 3 blocks, 0 rows 1.
    static func rowBlockCount(rows: Int) -> Int { max(1, (rows + gramBlockRows - 1) / gramBlockRows) }

    /// The rows of block `block` of `rowBlockCount(rows:)`: 8,192..<9,000 is block 2 of 9,000 rows.
    static func rowBlock(_ block: Int, rows: Int) -> Range<Int> {
        min(rows, block * gramBlockRows)..<min(rows, (block + 1) * gramBlockRows)
    }

    /// Calls `body` with the three arrays as buffers, so hot loops run without bounds checks.
    private func withBuffers<R>(_ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> R) -> R {
        rowStarts.withUnsafeBufferPointer { starts in
            columnIndices.withUnsafeBufferPointer { indices in
                values.withUnsafeBufferPointer { entries in body(starts, indices, entries) }
            }
        }
    }
}
