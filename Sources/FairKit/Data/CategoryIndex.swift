/// The categories of one column, fitted from training data, and the lookup of any table's rows
/// among them: what the one-hot and ordinal encoders share.
struct CategoryIndex: Sendable, Equatable {
    let column: String
    let kind: ColumnKind
    /// Distinct, non-missing; sorted unless given in an explicit order.
    let values: [CellValue]
    private let position: [CellValue: Int]

    /// The categories of `column` as scikit-learn's encoders find them: the distinct values that
    /// occur (levels no row uses are left out), sorted (text by Unicode order, numbers ascending,
    /// false before true).
    init(fitting column: Column) {
        var seen = Set<CellValue>()
        if case .categorical(let v) = column.values {
            for (level, count) in zip(v.levels, v.levelCounts) where count > 0 { seen.insert(.category(level)) }
        } else {
            for row in 0..<column.count where !column.isMissing(row) { seen.insert(column[row]) }
        }
        self.init(column: column.name, kind: column.kind, values: seen.sorted(by: CategoryIndex.ascending))
    }

    /// Categories in a given order (an ordinal scale such as education levels).
    init(column: String, kind: ColumnKind, values: [CellValue]) {
        self.column = column
        self.kind = kind
        self.values = values
        var position: [CellValue: Int] = [:]
        for (i, value) in values.enumerated() where position[value] == nil { position[value] = i }
        self.position = position
    }

    /// Each value's text, for feature names.
    var names: [String] { values.map { $0.text ?? "" } }

    /// Per row of `column`: its category's position, or -1 for a value not among the categories
    /// when `unknownAllowed` (an error naming column, value and row otherwise). A missing value
    /// is always an error: the caller must impute or drop first.
    func positions(in table: Table, unknownAllowed: Bool) throws -> [Int] {
        let column = try table.column(self.column)
        guard column.kind == kind else {
            throw TableError.wrongKind(column: self.column, expected: [kind], actual: column.kind)
        }
        var out = [Int](repeating: -1, count: column.count)
        func store(_ p: Int, _ row: Int) throws {
            if p < 0, !unknownAllowed {
                throw DataError.unknownCategory(column: self.column, value: column[row].description, row: row, known: names)
            }
            out[row] = p
        }
        if case .categorical(let v) = column.values {
            // Look each level up once, then map codes.
            let levelPosition = v.levels.map { position[.category($0)] ?? -1 }
            for (row, code) in v.codes.enumerated() {
                if code == CategoricalValues.missingCode { throw DataError.missingValue(column: self.column, row: row) }
                try store(levelPosition[Int(code)], row)
            }
        } else {
            for row in 0..<column.count {
                let cell = column[row]
                if cell.isMissing { throw DataError.missingValue(column: self.column, row: row) }
                try store(position[cell] ?? -1, row)
            }
        }
        return out
    }

    /// Order within one column's kind: text by Swift's String order, numbers ascending, false < true.
    static func ascending(_ a: CellValue, _ b: CellValue) -> Bool {
        switch (a, b) {
        case let (.category(x), .category(y)): return x < y
        case let (.number(x), .number(y)): return x < y
        case let (.flag(x), .flag(y)): return !x && y
        default: return false
        }
    }
}

/// Throws `DataError.missingValue` for the first missing value in `columns`: encoders refuse to
/// fit on missing values rather than fitting quietly and failing later at transform.
func requireNoMissing(_ columns: [Column]) throws {
    for column in columns {
        if let row = (0..<column.count).first(where: column.isMissing) {
            throw DataError.missingValue(column: column.name, row: row)
        }
    }
}
