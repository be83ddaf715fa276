import XCTest
@testable import FairKit

final class CholeskyFactorizationTests: XCTestCase {
    /// The doc comment's example: A = [[4, 2], [2, 3]], S = diag(1/2, 1/√3),
    /// Ã = [[1, 1/√3], [1/√3, 1]] = L Lᵀ with L = [[1, 0], [1/√3, √(2/3)]]; A x = [2, 1] at x = [0.5, 0]
    /// (4·0.5 + 2·0 = 2, 2·0.5 + 3·0 = 1).
    func testTwoByTwoExampleByHand() throws {
        let factor = try CholeskyFactorization(Matrix(rows: [[4, 2], [2, 3]]))
        XCTAssertEqual(factor.scale[0], 0.5, accuracy: 1e-15)
        XCTAssertEqual(factor.scale[1], 1 / 3.0.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(factor.lower[0, 0], 1, accuracy: 1e-15)
        XCTAssertEqual(factor.lower[0, 1], 0)
        XCTAssertEqual(factor.lower[1, 0], 1 / 3.0.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(factor.lower[1, 1], (2.0 / 3).squareRoot(), accuracy: 1e-15)
        let x = try factor.solve([2, 1])
        XCTAssertEqual(x[0], 0.5, accuracy: 1e-15)
        XCTAssertEqual(x[1], 0, accuracy: 1e-15)
    }

    /// A 3 x 3 system with an integer solution: A = [[25, 15, −5], [15, 18, 0], [−5, 0, 11]]
    /// (Cholesky factor [[5, 0, 0], [3, 3, 0], [−1, 1, 3]]), x = [1, −2, 3] gives
    /// b = [25 − 30 − 15, 15 − 36, −5 + 33] = [−20, −21, 28].
    func testSolvesThreeByThreeSystem() throws {
        let factor = try CholeskyFactorization(Matrix(rows: [[25, 15, -5], [15, 18, 0], [-5, 0, 11]]))
        let x = try factor.solve([-20, -21, 28])
        XCTAssertEqual(x[0], 1, accuracy: 1e-13)
        XCTAssertEqual(x[1], -2, accuracy: 1e-13)
        XCTAssertEqual(x[2], 3, accuracy: 1e-13)
    }

    /// Diagonal entries 10¹⁰ apart (a Hessian over an unscaled feature next to dummies) still solve
    /// to full relative accuracy thanks to the symmetric scaling: A = [[1e10, 1e5], [1e5, 2]],
    /// x = [1e-5, 1] gives b = [1e5 + 1e5, 1 + 2] = [2e5, 3].
    func testBadlyScaledSystemKeepsItsDigits() throws {
        let factor = try CholeskyFactorization(Matrix(rows: [[1e10, 1e5], [1e5, 2]]))
        let x = try factor.solve([2e5, 3])
        XCTAssertEqual(x[0], 1e-5, accuracy: 1e-19)
        XCTAssertEqual(x[1], 1, accuracy: 1e-14)
    }

    /// [[1, 2], [2, 1]] has eigenvalues 3 and −1: the second pivot is 1 − 2·2/1 = −3.
    func testIndefiniteMatrixNamesThePivot() {
        XCTAssertThrowsError(try CholeskyFactorization(Matrix(rows: [[1, 2], [2, 1]]))) { error in
            XCTAssertEqual(error as? NumericsError, .notPositiveDefinite(pivot: 1, value: -3))
            XCTAssertTrue("\(error)".contains("pivot 2 is -3.0"), "\(error)")
        }
    }

    /// A singular Gram matrix (column 3 = column 1 + column 2) fails at its third pivot, which is
    /// zero up to rounding, instead of returning a meaningless solution.
    func testSingularMatrixIsRejected() {
        let a = Matrix(rows: [[2, 1, 3], [1, 2, 3], [3, 3, 6]])
        XCTAssertThrowsError(try CholeskyFactorization(a)) { error in
            guard case NumericsError.notPositiveDefinite(let pivot, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(pivot, 2)
        }
    }

    func testZeroDiagonalAndNonSquareAreRejected() {
        XCTAssertThrowsError(try CholeskyFactorization(Matrix(rows: [[1, 0], [0, 0]]))) { error in
            XCTAssertEqual(error as? NumericsError, .notPositiveDefinite(pivot: 1, value: 0))
        }
        XCTAssertThrowsError(try CholeskyFactorization(Matrix(rows: 2, columns: 3))) { error in
            XCTAssertEqual(error as? NumericsError, .notSquare(rows: 2, columns: 3))
        }
        XCTAssertThrowsError(try CholeskyFactorization(Matrix(rows: [[4, 2], [2, 3]])).solve([1, 2, 3])) { error in
            XCTAssertEqual(error as? NumericsError, .dimensionMismatch(expected: 2, got: 3, what: "right-hand side length"))
        }
    }
}
