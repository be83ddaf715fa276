/// What an encoder does with a category it did not see when fitted.
public enum UnknownCategoryHandling: Sendable, Equatable {
    /// Stop with an error naming the column, the value and the row (scikit-learn's default).
    case error
    /// Encode the row with all indicator columns of that feature 0 (scikit-learn's
    /// `handle_unknown="ignore"`).
    case ignore
}

/// A design matrix and the name of each of its columns.
public struct EncodedFeatures: Sendable, Equatable {
    /// One row per table row, one column per feature.
    public let matrix: Matrix
    /// One name per matrix column: the column's own name, or `column=value` for an indicator.
    public let featureNames: [String]
}

/// One-hot (dummy) encoding: each category c of a column x becomes an indicator column
/// `x=c` that is 1 where x = c and 0 elsewhere.
///
/// Fitting finds each column's categories in the training table: the values that occur, sorted
/// (text in Unicode order, numbers ascending, false before true), as scikit-learn's
/// `OneHotEncoder` and `pandas.get_dummies` order them; the names follow AIF360's
/// `get_dummies(prefix_sep="=")`. Transforming gives the indicator blocks in the order of the
/// fitted columns. Missing values are an error (impute or drop them first); unknown categories
/// follow `handleUnknown`.
///
/// Example: fitted on color = [red, blue, red], the features are [color=blue, color=red] and
/// transforming [blue, red] gives the rows [1, 0] and [0, 1].
public struct OneHotEncoder: Sendable, Equatable {
    /// What to do with a category not seen when fitting.
    public var handleUnknown: UnknownCategoryHandling
    var indices: [CategoryIndex] = []

    /// An unfitted encoder.
    public init(handleUnknown: UnknownCategoryHandling = .error) {
        self.handleUnknown = handleUnknown
    }

    /// The fitted columns, in order.
    public var columns: [String] { indices.map(\.column) }
    /// Each fitted column's categories, sorted.
    public var categories: [[CellValue]] { indices.map(\.values) }
    /// `column=value` for every indicator, in matrix order.
    public var featureNames: [String] {
        indices.flatMap { index in index.names.map { "\(index.column)=\($0)" } }
    }

    /// Learns the categories of `columns` (categorical, boolean or numeric) from `table`, which
    /// must have no missing values in them.
    public mutating func fit(_ table: Table, columns: [String]) throws {
        let chosen = try columns.map { try table.column($0) }
        try requireNoMissing(chosen)
        indices = chosen.map { CategoryIndex(fitting: $0) }
    }

    /// The indicator matrix of `table`'s rows.
    public func transform(_ table: Table) throws -> EncodedFeatures {
        guard !indices.isEmpty else { throw DataError.notFitted("OneHotEncoder") }
        let width = indices.reduce(0) { $0 + $1.values.count }
        var matrix = Matrix(rows: table.rowCount, columns: width)
        try fill(&matrix, from: table, at: 0)
        return EncodedFeatures(matrix: matrix, featureNames: featureNames)
    }

    /// Fits on `table` and transforms it.
    public mutating func fitTransform(_ table: Table, columns: [String]) throws -> EncodedFeatures {
        try fit(table, columns: columns)
        return try transform(table)
    }

    /// Writes the indicators into `matrix` starting at column `offset` (the matrix is zero there).
    func fill(_ matrix: inout Matrix, from table: Table, at offset: Int) throws {
        var start = offset
        for index in indices {
            let positions = try index.positions(in: table, unknownAllowed: handleUnknown == .ignore)
            let width = matrix.columns
            matrix.storage.withUnsafeMutableBufferPointer { storage in
                for (row, p) in positions.enumerated() where p >= 0 { storage[row * width + start + p] = 1 }
            }
            start += index.values.count
        }
    }
}
