/// The groups the data-bias checks report on.
extension GroupIndex {
    /// The rows of `table` grouped by `columns` (categorical or boolean; several give their
    /// intersections) as every data-bias check groups them: every combination of the columns'
    /// levels (a categorical column's level list, a boolean's false and true), absent ones
    /// included, up to `maxCombinations`; rows missing a value in any grouping column in no group,
    /// and counted (`combinations: .all`, `missingValues: .excluded`).
    ///
    /// A numeric column is refused rather than grouped by each distinct number: its groups are a
    /// decision (where to cut age) the caller has to make.
    init(dataBiasGroupsOf table: Table, columns: [String]) throws {
        guard !columns.isEmpty else { throw DataError.invalidArgument("name at least one protected column to group by") }
        for name in columns where try table.column(name).kind == .numeric {
            throw DataError.invalidArgument("column '\(name)' is numeric; group by a categorical or boolean column: "
                + "derive one first, e.g. table.deriving(\"\(name)_group\", kind: .categorical) { row in ... }")
        }
        try self.init(table: table, columns: columns, combinations: .all, missingValues: .excluded)
    }

    /// The grouping columns, in order.
    var columnNames: [String] { features.map(\.name) }

    /// The groups as one side of a contingency table: "sex" or, for an intersection, "sex x race".
    var codedColumn: CodedColumn {
        CodedColumn(name: columnNames.joined(separator: " x "), codes: codes, levelCount: count)
    }
}
