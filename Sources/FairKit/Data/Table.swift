/// A column-typed table: the one tabular type of FairKit, from CSV reading through datasets,
/// encoders, models' inputs and audit reports.
///
/// Columns have a kind (numeric, categorical, boolean) and explicit missing values. Operations
/// return new tables (value semantics), so a split or a filter never changes its source.
public struct Table: Sendable, Equatable {
    public private(set) var columns: [Column]
    public private(set) var rowCount: Int
    private var positions: [String: Int]

    /// A table from columns of equal length with distinct names.
    public init(_ columns: [Column]) throws {
        var positions: [String: Int] = [:]
        for (i, column) in columns.enumerated() {
            if positions[column.name] != nil { throw TableError.duplicateColumn(column.name) }
            positions[column.name] = i
        }
        let rowCount = columns.first?.count ?? 0
        if let bad = columns.first(where: { $0.count != rowCount }) {
            throw TableError.lengthMismatch(column: bad.name, expected: rowCount, got: bad.count)
        }
        self.columns = columns
        self.rowCount = rowCount
        self.positions = positions
    }

    public var columnNames: [String] { columns.map(\.name) }

    /// The column called `name`, or `nil`.
    public subscript(name: String) -> Column? {
        positions[name].map { columns[$0] }
    }

    /// The column called `name`; an unknown name is an error that lists the columns there are
    /// and suggests the nearest one.
    public func column(_ name: String) throws -> Column {
        guard let i = positions[name] else {
            throw TableError.unknownColumn(name, available: columnNames)
        }
        return columns[i]
    }

    /// Whether a column called `name` exists.
    public func hasColumn(_ name: String) -> Bool { positions[name] != nil }

    /// The row at `index` as a view, for predicates and derived columns.
    public func row(_ index: Int) -> TableRow { TableRow(table: self, index: index) }

    /// The named columns, in the order given.
    public func selecting(_ names: [String]) throws -> Table {
        try Table(names.map { try column($0) })
    }

    /// Every column except the named ones.
    public func dropping(_ names: [String]) throws -> Table {
        for name in names where positions[name] == nil {
            throw TableError.unknownColumn(name, available: columnNames)
        }
        let drop = Set(names)
        return try Table(columns.filter { !drop.contains($0.name) })
    }

    /// The rows at `indices`, in that order (they may repeat).
    public func selectingRows<S: Collection>(_ indices: S) -> Table where S.Element == Int {
        // Columns of equal length stay equal, so this cannot fail.
        try! Table(columns.map { $0.selecting(indices) })
    }

    /// The rows for which `predicate` holds, in their original order.
    public func filter(_ predicate: (TableRow) throws -> Bool) rethrows -> Table {
        var keep: [Int] = []
        for i in 0..<rowCount where try predicate(row(i)) { keep.append(i) }
        return selectingRows(keep)
    }

    /// The rows with no missing value in the named columns (every column when `names` is nil).
    public func droppingMissing(in names: [String]? = nil) throws -> Table {
        let checked = try (names ?? columnNames).map { try column($0) }
        return filter { row in !checked.contains { $0.isMissing(row.index) } }
    }

    /// The table with `column` appended, or replacing the column of the same name.
    public func adding(_ column: Column) throws -> Table {
        guard column.count == rowCount || columns.isEmpty else {
            throw TableError.lengthMismatch(column: column.name, expected: rowCount, got: column.count)
        }
        var all = columns
        if let i = positions[column.name] { all[i] = column } else { all.append(column) }
        return try Table(all)
    }

    /// The table with a column computed from each row. A value of another kind than `kind` is an
    /// error naming the row.
    public func deriving(_ name: String, kind: ColumnKind,
                         _ transform: (TableRow) throws -> CellValue) throws -> Table {
        let cells = try (0..<rowCount).map { try transform(row($0)) }
        return try adding(Column.from(name: name, kind: kind, cells: cells))
    }

    /// Row indices grouped by the values of the named columns, groups in order of first appearance.
    /// A missing value is a group value of its own (`CellValue.missing`), never dropped silently.
    /// Columns are coded as integers once and rows grouped by those (see `CodeGrouping`).
    public func groupIndices(by names: [String]) throws -> [(key: [CellValue], rows: [Int])] {
        let codings = try names.map { try column($0).valueCoding() }
        // The missing code (one past the values) is in range: missing is a value of its own.
        let groups = CodeGrouping(codings.map { ($0.codes, $0.values.count + 1) }, rowCount: rowCount, order: .firstAppearance)
        let rows = CodeGrouping.rowsByGroup(groups.codes, count: groups.count)
        return zip(groups.combinations, rows).map { combination, rows in
            let key = zip(codings, combination).map { coding, code in
                Int(code) < coding.values.count ? coding.values[Int(code)] : CellValue.missing
            }
            return (key: key, rows: rows)
        }
    }
}

/// One row of a table, read by column name.
public struct TableRow: Sendable {
    public let table: Table
    public let index: Int

    /// The cell in column `name`; an unknown column reads as missing (use `value(_:)` to be told).
    public subscript(name: String) -> CellValue {
        table[name]?[index] ?? .missing
    }

    /// The cell in column `name`, or an error naming the columns there are.
    public func value(_ name: String) throws -> CellValue {
        try table.column(name)[index]
    }
}

/// What can go wrong when building or querying a table.
public enum TableError: Error, Equatable, CustomStringConvertible {
    case unknownColumn(String, available: [String])
    case duplicateColumn(String)
    case lengthMismatch(column: String, expected: Int, got: Int)
    case kindMismatch(column: String, row: Int, expected: ColumnKind, got: CellValue)
    case wrongKind(column: String, expected: [ColumnKind], actual: ColumnKind)

    public var description: String {
        switch self {
        case let .unknownColumn(name, available):
            var text = "no column named '\(name)'"
            if let near = nearestName(to: name, in: available) { text += "; did you mean '\(near)'?" }
            return text + " (columns: \(available.joined(separator: ", ")))"
        case let .duplicateColumn(name):
            return "two columns are named '\(name)'; column names must be unique"
        case let .lengthMismatch(column, expected, got):
            return "column '\(column)' has \(got) values but the table has \(expected) rows"
        case let .kindMismatch(column, row, expected, got):
            return "column '\(column)' is \(expected) but row \(row + 1) holds \(got)"
        case let .wrongKind(column, expected, actual):
            let wanted = expected.map(\.rawValue).joined(separator: " or ")
            return "column '\(column)' is \(actual.rawValue); this needs a \(wanted) column"
        }
    }
}
