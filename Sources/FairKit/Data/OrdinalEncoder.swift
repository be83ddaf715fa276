/// Ordinal encoding: each category becomes its position 0, 1, 2, ... in a category list, one
/// matrix column per encoded column (scikit-learn's `OrdinalEncoder`).
///
/// By default the categories are the sorted values seen when fitting (as scikit-learn); an
/// explicit order can be given for a scale that has one (education levels, risk bands), since
/// alphabetical order of such labels is rarely meaningful. Missing values are an error; an
/// unknown category is an error unless `unknownValue` is set (scikit-learn's
/// `handle_unknown="use_encoded_value"`).
///
/// Example: fitted on risk = [low, high, medium] with order [low, medium, high], transforming
/// [high, low] gives [2, 0]; with the default sorted order (high, low, medium) it gives [0, 1].
public struct OrdinalEncoder: Sendable, Equatable {
    /// Explicit category orders by column name; other columns use their sorted values.
    public var order: [String: [String]]
    /// The code of an unseen category, or `nil` to make one an error.
    public var unknownValue: Double?
    private var indices: [CategoryIndex] = []

    /// An unfitted encoder with optional explicit orders and code for unknown categories.
    public init(order: [String: [String]] = [:], unknownValue: Double? = nil) {
        self.order = order
        self.unknownValue = unknownValue
    }

    /// The fitted columns, in order.
    public var columns: [String] { indices.map(\.column) }
    /// Each fitted column's categories: position i is code i.
    public var categories: [[CellValue]] { indices.map(\.values) }

    /// Learns the categories of `columns` from `table`. A column with an explicit order must be
    /// categorical, and every value in `table` must be in its order.
    public mutating func fit(_ table: Table, columns: [String]) throws {
        try requireNoMissing(try columns.map { try table.column($0) })
        indices = try columns.map { name in
            let column = try table.column(name)
            guard let given = order[name] else { return CategoryIndex(fitting: column) }
            guard column.kind == .categorical else {
                throw TableError.wrongKind(column: name, expected: [.categorical], actual: column.kind)
            }
            let index = CategoryIndex(column: name, kind: .categorical, values: given.map(CellValue.category))
            _ = try index.positions(in: table, unknownAllowed: false)
            return index
        }
    }

    /// One column of codes per fitted column; feature names are the column names.
    public func transform(_ table: Table) throws -> EncodedFeatures {
        guard !indices.isEmpty else { throw DataError.notFitted("OrdinalEncoder") }
        var matrix = Matrix(rows: table.rowCount, columns: indices.count)
        for (j, index) in indices.enumerated() {
            let positions = try index.positions(in: table, unknownAllowed: unknownValue != nil)
            for (row, p) in positions.enumerated() {
                matrix[row, j] = p >= 0 ? Double(p) : (unknownValue ?? 0)
            }
        }
        return EncodedFeatures(matrix: matrix, featureNames: columns)
    }

    /// Fits on `table` and transforms it.
    public mutating func fitTransform(_ table: Table, columns: [String]) throws -> EncodedFeatures {
        try fit(table, columns: columns)
        return try transform(table)
    }
}
