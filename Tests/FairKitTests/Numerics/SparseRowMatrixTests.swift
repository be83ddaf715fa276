import XCTest
@testable import FairKit

final class SparseRowMatrixTests: XCTestCase {
    /// X = [[1, 0, 2],
    ///      [0, 0, 0],
    ///      [0, 3, −1]]   (4 non-zeros)
    let dense = Matrix(rows: [[1, 0, 2], [0, 0, 0], [0, 3, -1]])

    func testStoresOnlyNonZerosInColumnOrder() {
        let sparse = SparseRowMatrix(dense)
        XCTAssertEqual(sparse.rowStarts, [0, 2, 2, 4])
        XCTAssertEqual(sparse.columnIndices, [0, 2, 1, 2])
        XCTAssertEqual(sparse.values, [1, 2, 3, -1])
        XCTAssertEqual(sparse.density, 4.0 / 9.0, accuracy: 1e-15)
    }

    /// X [1, 2, 3] = [1 + 6, 0, 6 − 3] = [7, 0, 3];  Xᵀ [1, 2, 3] = [1, 9, 2 − 3] = [1, 9, −1].
    func testProductsByHand() {
        let sparse = SparseRowMatrix(dense)
        XCTAssertEqual(sparse.multiplied(by: [1, 2, 3]), [7, 0, 3])
        XCTAssertEqual(sparse.transposeMultiplied(by: [1, 2, 3]), [1, 9, -1])
    }

    /// Xᵀ diag(2, 5, 3) X = 2·[1,0,2]ᵀ[1,0,2] + 3·[0,3,−1]ᵀ[0,3,−1]
    ///   = [[2, 0, 4], [0, 0, 0], [4, 0, 8]] + [[0, 0, 0], [0, 27, −9], [0, −9, 3]]
    ///   = [[2, 0, 4], [0, 27, −9], [4, −9, 11]]  (the zero row's weight 5 changes nothing).
    func testWeightedGramByHand() {
        let gram = SparseRowMatrix(dense).weightedGram(weights: [2, 5, 3])
        XCTAssertEqual(gram, Matrix(rows: [[2, 0, 4], [0, 27, -9], [4, -9, 11]]))
    }

    /// On a larger one-hot-like matrix the sparse Gram equals the dense definition Σ_r d_r x_r x_rᵀ.
    func testWeightedGramMatchesDenseDefinition() {
        var generator = SeededGenerator(seed: 7)
        var x = Matrix(rows: 200, columns: 12)
        for r in 0..<200 {
            x[r, 0] = generator.nextGaussian()
            x[r, 1 + generator.nextInt(below: 5)] = 1
            x[r, 6 + generator.nextInt(below: 6)] = 1
        }
        let d = (0..<200).map { _ in generator.nextDouble() }
        let gram = SparseRowMatrix(x).weightedGram(weights: d)
        for i in 0..<12 {
            for j in 0..<12 {
                let expected = (0..<200).reduce(0.0) { $0 + d[$1] * x[$1, i] * x[$1, j] }
                XCTAssertEqual(gram[i, j], expected, accuracy: 1e-12)
            }
        }
    }
}

extension SparseRowMatrixTests {
    /// A fully dense 5 x 40 matrix (200 non-zeros) outgrows the initial scratch room of 16 per row
    /// several times over; every entry must survive the growth, in order.
    func testDenseMatrixSurvivesBufferGrowth() {
        let dense = Matrix(rows: 5, columns: 40, storage: (0..<200).map { Double($0 + 1) })
        let sparse = SparseRowMatrix(dense)
        XCTAssertEqual(sparse.values, dense.storage)
        XCTAssertEqual(sparse.columnIndices, (0..<200).map { Int32($0 % 40) })
        XCTAssertEqual(sparse.rowStarts, [0, 40, 80, 120, 160, 200])
        let v = (0..<40).map { Double($0 % 3) - 1 }
        XCTAssertEqual(sparse.multiplied(by: v), dense.multiplied(by: v))
    }
}

extension SparseRowMatrixTests {
    /// 9,000 rows are three blocks of `gramBlockRows` (4,096), added on every core: the result is
    /// the dense definition Σ_r d_r x_r x_rᵀ, here with the appended column of ones (the
    /// intercept's), whose diagonal entry is Σ d_r and whose other entries are Σ d_r x_rj.
    func testWeightedGramOverSeveralBlocksWithOnes() {
        var generator = SeededGenerator(seed: 11)
        let n = 9000
        var x = Matrix(rows: n, columns: 4)
        for r in 0..<n {
            x[r, 0] = generator.nextGaussian()
            x[r, 1 + generator.nextInt(below: 3)] = 1
        }
        let d = (0..<n).map { _ in generator.nextDouble() }
        let sparse = SparseRowMatrix(x, appendingOnes: true)
        XCTAssertEqual(sparse.columns, 5)
        let gram = sparse.weightedGram(weights: d)
        func entry(_ r: Int, _ j: Int) -> Double { j == 4 ? 1 : x[r, j] }
        for i in 0..<5 {
            for j in 0..<5 {
                let expected = (0..<n).reduce(0.0) { $0 + d[$1] * entry($1, i) * entry($1, j) }
                XCTAssertEqual(gram[i, j], expected, accuracy: 1e-9 * max(1, abs(expected)))
            }
        }
    }

    /// No rows or no columns: an all-zero (or empty) Gram matrix, not a crash.
    func testWeightedGramOfEmptyMatrices() {
        XCTAssertEqual(SparseRowMatrix(Matrix(rows: 3, columns: 0)).weightedGram(weights: [1, 2, 3]), Matrix(rows: 0, columns: 0))
        XCTAssertEqual(SparseRowMatrix(Matrix(rows: 0, columns: 2)).weightedGram(weights: []), Matrix(rows: 2, columns: 2))
    }
}
