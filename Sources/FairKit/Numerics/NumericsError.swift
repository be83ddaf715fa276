/// What can go wrong in a numerical routine when its input breaks the routine's requirement.
///
/// Models catch these and rethrow them as a `ModelError` that names the setting or the data to
/// change; the messages here speak about the matrix itself.
public enum NumericsError: Error, Equatable, CustomStringConvertible {
    /// The factorisation met a pivot that is not positive: the matrix is not (numerically)
    /// positive definite. `pivot` is the 0-based index of the offending diagonal position.
    case notPositiveDefinite(pivot: Int, value: Double)
    /// Operands whose sizes do not fit together.
    case dimensionMismatch(expected: Int, got: Int, what: String)
    /// A matrix that should be square is not.
    case notSquare(rows: Int, columns: Int)

    /// The message, naming the pivot or the sizes.
    public var description: String {
        switch self {
        case let .notPositiveDefinite(pivot, value):
            return "the matrix is not positive definite: pivot \(pivot + 1) is \(value) after elimination "
                + "(it must be > 0); for a Hessian or Gram matrix this means linearly dependent columns"
        case let .dimensionMismatch(expected, got, what):
            return "\(what): expected \(expected), got \(got)"
        case let .notSquare(rows, columns):
            return "a \(rows) x \(columns) matrix is not square"
        }
    }
}
