/// Fills missing values with statistics of the training data, as scikit-learn's `SimpleImputer`:
/// a numeric column gets its mean (`strategy="mean"`), a categorical or boolean column its most
/// frequent value (`strategy="most_frequent"`, a tie going to the smallest value: text in
/// Unicode order, false before true). Statistics are unweighted, as `SimpleImputer`'s, and come
/// from the rows present in the table given to `fit`; `transform` fills any table's missing
/// cells with them, so training and test rows are filled alike.
///
/// Example: fitted on age = [20, nil, 40] and workclass = [Private, nil, Private, State], the
/// fills are age 30 and workclass "Private"; transforming age = [nil] gives [30].
public struct MissingValueImputer: Sendable, Equatable {
    /// The columns filled, in order.
    public let columns: [String]
    /// One fill value per column of `columns` (empty before `fit`).
    public internal(set) var fills: [CellValue] = []

    /// An unfitted imputer of `columns`.
    public init(columns: [String]) {
        self.columns = columns
    }

    /// Learns each column's fill value. A column with no value at all is an error naming it: there
    /// is nothing to fill from.
    public mutating func fit(_ table: Table) throws {
        fills = try columns.map { name in
            let column = try table.column(name)
            guard let fill = Self.fill(for: column) else {
                throw DataError.invalidArgument("column '\(name)' has no values at all, so its missing values cannot be "
                                                + "imputed; leave the column out of the features")
            }
            return fill
        }
    }

    /// How many cells of each column of `columns` are missing in `table`, in `columns` order.
    public func missingCounts(in table: Table) throws -> [Int] {
        try columns.map { try table.column($0).missingCount }
    }

    /// `table` with every missing cell of `columns` replaced by its fill value; the other columns
    /// as they are. A column's kind must be the kind it had when fitted.
    public func transform(_ table: Table) throws -> Table {
        guard fills.count == columns.count else { throw DataError.notFitted("MissingValueImputer") }
        var out = table
        for (name, fill) in zip(columns, fills) {
            let column = try table.column(name)
            guard column.missingCount > 0 else { continue }
            out = try out.adding(try Self.filling(column, with: fill))
        }
        return out
    }

    /// The mean, or the most frequent value (ties to the smallest); nil when nothing is present.
    static func fill(for column: Column) -> CellValue? {
        switch column.values {
        case .numeric(let values):
            let present = values.compactMap { $0 }
            guard !present.isEmpty else { return nil }
            return .number(WeightedMoments(present).mean ?? 0)
        case .boolean(let values):
            let trues = values.filter { $0 == true }.count, falses = values.filter { $0 == false }.count
            guard trues + falses > 0 else { return nil }
            return .flag(trues > falses)
        case .categorical(let values):
            var counts = [Int](repeating: 0, count: values.levels.count)
            for code in values.codes where code != CategoricalValues.missingCode { counts[Int(code)] += 1 }
            var best: Int?
            for level in counts.indices where counts[level] > 0 {
                guard let current = best else { best = level; continue }
                if counts[level] > counts[current] || (counts[level] == counts[current] && values.levels[level] < values.levels[current]) {
                    best = level
                }
            }
            return best.map { .category(values.levels[$0]) }
        }
    }

    /// `column` with its missing cells set to `fill`, which must be of the column's kind.
    static func filling(_ column: Column, with fill: CellValue) throws -> Column {
        switch (column.values, fill) {
        case (.numeric(let values), .number(let x)):
            return .numeric(column.name, values.map { $0 ?? x })
        case (.boolean(let values), .flag(let b)):
            return .boolean(column.name, values.map { $0 ?? b })
        case (.categorical(let values), .category(let level)):
            var levels = values.levels
            let code: Int32
            if let i = levels.firstIndex(of: level) {
                code = Int32(i)
            } else {
                levels.append(level)
                code = Int32(levels.count - 1)
            }
            let codes = values.codes.map { $0 == CategoricalValues.missingCode ? code : $0 }
            return Column(name: column.name, values: .categorical(CategoricalValues(codes: codes, levels: levels)))
        default:
            throw TableError.wrongKind(column: column.name, expected: [fill.kind], actual: column.kind)
        }
    }
}

extension CellValue {
    /// The column kind that holds this value (numeric for a missing one).
    var kind: ColumnKind {
        switch self {
        case .number, .missing: return .numeric
        case .category: return .categorical
        case .flag: return .boolean
        }
    }
}
