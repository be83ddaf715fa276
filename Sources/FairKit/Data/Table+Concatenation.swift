extension Table {
    /// The rows of this table followed by the rows of `other` (pandas' `concat`), which must have
    /// the same column names in the same order, and the same kinds. Categorical columns merge
    /// their levels (sorted union), so a category present in only one part keeps its rows.
    ///
    /// Example: a = [x, y], b = [y, z] give [x, y, y, z] with levels [x, y, z].
    public func appendingRows(of other: Table) throws -> Table {
        guard other.columnNames == columnNames else {
            throw DataError.shapeMismatch("cannot append rows with columns [\(other.columnNames.joined(separator: ", "))] "
                + "to a table with columns [\(columnNames.joined(separator: ", "))]; select the same columns in the same order first")
        }
        let merged = try zip(columns, other.columns).map { a, b -> Column in
            switch (a.values, b.values) {
            case let (.numeric(x), .numeric(y)):
                return .numeric(a.name, x + y)
            case let (.boolean(x), .boolean(y)):
                return .boolean(a.name, x + y)
            case let (.categorical(x), .categorical(y)):
                // b's codes move past a's levels; the level merge joins the duplicates.
                let shift = Int32(x.levels.count)
                let codes = x.codes + y.codes.map { $0 == CategoricalValues.missingCode ? $0 : $0 + shift }
                return Column(name: a.name, values: .categorical(CategoricalValues(sortingLevelsOf: codes, levels: x.levels + y.levels)))
            default:
                throw TableError.wrongKind(column: a.name, expected: [a.kind], actual: b.kind)
            }
        }
        return try Table(merged)
    }
}
