/// The Cholesky factorisation of a symmetric positive definite matrix, and solves with it: the
/// linear solver behind every Newton step of `LogisticRegression`.
///
/// Algorithm: the matrix is first scaled symmetrically to unit diagonal, Ã = S A S with
/// S = diag(1/√a_jj) (van der Sluis, "Condition numbers and equilibration of matrices", Numer.
/// Math. 14, 1969: among diagonal scalings this one nearly minimises the condition number). Then
/// Ã = L Lᵀ by the row-oriented Cholesky–Banachiewicz recurrence (Golub & Van Loan, Matrix
/// Computations, 4th ed., 2013, §4.2.5, Algorithm 4.2.1 rearranged by rows):
///   l_ij = (ã_ij − Σ_{k<j} l_ik l_jk) / l_jj for j < i,   l_ii = √(ã_ii − Σ_{k<i} l_ik²).
/// A x = b is then solved as x = S y with Ã y = S b, by one forward and one back substitution.
///
/// Why the scaling: a logistic-regression Hessian over unscaled features (Adult's fnlwgt is about
/// 10⁵ next to 0/1 dummies) has diagonal entries 10¹⁰ apart; unscaled, its pivots lose those ten
/// digits to rounding, scaled they keep them, and the test for positive definiteness becomes a
/// test against a unit diagonal.
///
/// Example: A = [[4, 2], [2, 3]] scales by S = diag(1/2, 1/√3) to Ã = [[1, 1/√3], [1/√3, 1]],
/// whose factor is L = [[1, 0], [1/√3, √(2/3)]]; A x = [2, 1] gives x = [0.5, 0].
public struct CholeskyFactorization: Sendable {
    /// The order n of the factored matrix.
    public let dimension: Int
    /// L, lower triangular with positive diagonal, of the scaled matrix Ã = S A S = L Lᵀ
    /// (row-major, the strict upper triangle is zero).
    public let lower: Matrix
    /// The diagonal of S: 1/√a_jj.
    public let scale: [Double]

    /// A pivot of the unit-diagonal matrix at or below this many machine epsilons times n counts
    /// as zero: the solve would carry no correct digit, so the matrix is treated as singular.
    static let pivotTolerance = Double.ulpOfOne

    /// Factors `matrix`, which must be square and symmetric (only its lower triangle is read).
    /// Throws `NumericsError.notPositiveDefinite` naming the first pivot that is not positive, or
    /// `.notSquare`.
    public init(_ matrix: Matrix) throws {
        guard matrix.rows == matrix.columns else {
            throw NumericsError.notSquare(rows: matrix.rows, columns: matrix.columns)
        }
        let n = matrix.rows
        var scale = [Double](repeating: 0, count: n)
        for j in 0..<n {
            let diagonal = matrix[j, j]
            guard diagonal > 0, diagonal.isFinite else {
                throw NumericsError.notPositiveDefinite(pivot: j, value: diagonal)
            }
            scale[j] = 1 / diagonal.squareRoot()
        }
        let threshold = Self.pivotTolerance * Double(max(n, 1))
        var l = Matrix(rows: n, columns: n)
        try l.storage.withUnsafeMutableBufferPointer { lp in
            try matrix.storage.withUnsafeBufferPointer { ap in
                for i in 0..<n {
                    let rowI = i * n
                    for j in 0...i {
                        let rowJ = j * n
                        var sum = ap[rowI + j] * scale[i] * scale[j]
                        for k in 0..<j { sum -= lp[rowI + k] * lp[rowJ + k] }
                        if i == j {
                            guard sum > threshold else {
                                throw NumericsError.notPositiveDefinite(pivot: i, value: sum / (scale[i] * scale[i]))
                            }
                            lp[rowI + i] = sum.squareRoot()
                        } else {
                            lp[rowI + j] = sum / lp[rowJ + j]
                        }
                    }
                }
            }
        }
        self.dimension = n
        self.lower = l
        self.scale = scale
    }

    /// The solution x of A x = b.
    public func solve(_ b: [Double]) throws -> [Double] {
        guard b.count == dimension else {
            throw NumericsError.dimensionMismatch(expected: dimension, got: b.count, what: "right-hand side length")
        }
        let n = dimension
        var y = [Double](repeating: 0, count: n)
        lower.storage.withUnsafeBufferPointer { lp in
            // Forward substitution L z = S b, then back substitution Lᵀ y = z, in place.
            for i in 0..<n {
                var sum = b[i] * scale[i]
                for k in 0..<i { sum -= lp[i * n + k] * y[k] }
                y[i] = sum / lp[i * n + i]
            }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = y[i]
                for k in (i + 1)..<n { sum -= lp[k * n + i] * y[k] }
                y[i] = sum / lp[i * n + i]
            }
        }
        for i in 0..<n { y[i] *= scale[i] }
        return y
    }
}
