/// The rows of a table grouped by one or more protected columns (their intersections when
/// several), with the groups in a fixed order and each row's group as a code.
///
/// The groups are every combination of the columns' levels (a categorical column's level list, a
/// boolean's false and true), in level order, including combinations no row holds: a group
/// absent from the data is the starkest under-representation, and leaving it out would hide it.
/// Past `maxCombinations` combinations only the groups that occur are kept. Rows with a missing
/// value in any grouping column belong to no group; they are counted, never dropped silently.
struct GroupAssignment: Sendable {
    /// Listing every combination stops being useful (and small) beyond this many.
    static let maxCombinations = 1_000

    /// The grouping columns, in the order given.
    let columns: [String]
    /// Each group's values, one per column.
    let keys: [[CellValue]]
    /// Each group's rows, ascending.
    let rows: [[Int]]
    /// Rows with a missing value in a grouping column.
    let missingRows: [Int]
    /// Each row's group index (-1: in no group), for contingency tables.
    let codes: CodedColumn

    /// Groups `table`'s rows by `columns`, which must be categorical or boolean.
    init(_ table: Table, columns: [String]) throws {
        guard !columns.isEmpty else { throw DataError.invalidArgument("name at least one protected column to group by") }
        let levels = try columns.map { name -> [CellValue] in
            let column = try table.column(name)
            switch column.values {
            case .categorical(let values): return values.levels.map(CellValue.category)
            case .boolean: return [.flag(false), .flag(true)]
            case .numeric:
                throw DataError.invalidArgument("column '\(name)' is numeric; group by a categorical or boolean column: "
                    + "derive one first, e.g. table.deriving(\"\(name)_group\", kind: .categorical) { row in ... }")
            }
        }
        var observed: [[CellValue]: [Int]] = [:]
        var missing: [Int] = []
        for group in try table.groupIndices(by: columns) {
            if group.key.contains(.missing) { missing += group.rows } else { observed[group.key] = group.rows }
        }
        let combinations = levels.reduce(1) { product, values in
            let (next, overflow) = product.multipliedReportingOverflow(by: max(values.count, 1))
            return overflow ? Int.max : next
        }
        let keys: [[CellValue]]
        if combinations <= Self.maxCombinations {
            keys = levels.reduce([[]]) { prefixes, values in prefixes.flatMap { p in values.map { p + [$0] } } }
        } else {
            let position = levels.map { Dictionary($0.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) }
            keys = observed.keys.sorted { a, b in
                let pa = a.indices.map { position[$0][a[$0]] ?? 0 }, pb = b.indices.map { position[$0][b[$0]] ?? 0 }
                return pa.lexicographicallyPrecedes(pb)
            }
        }
        let rows = keys.map { observed[$0] ?? [] }
        var codes = [Int32](repeating: -1, count: table.rowCount)
        for (g, members) in rows.enumerated() { for row in members { codes[row] = Int32(g) } }
        self.columns = columns
        self.keys = keys
        self.rows = rows
        self.missingRows = missing.sorted()
        self.codes = CodedColumn(name: columns.joined(separator: " x "), codes: codes, levelCount: keys.count)
    }

    /// "sex=female" or, for an intersection, "sex=female, race=Black" (Fairlearn's naming).
    func name(of group: Int) -> String {
        zip(columns, keys[group]).map { "\($0)=\($1)" }.joined(separator: ", ")
    }

    /// The group's values as text.
    func values(of group: Int) -> [String] {
        keys[group].map(\.description)
    }

    /// Rows in some group.
    var groupedRowCount: Int { codes.codes.count - missingRows.count }
}
