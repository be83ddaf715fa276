/// A label column read as 0/1: the positive value is 1, the other value 0.
///
/// The positive value is the one named, matched as text ("good"), as a number ("1.0" is 1) or as a
/// flag in any letter case ("TRUE"); without a name, a column of only 0/1 or true/false has 1 or
/// true positive. A column of more than two values is an error: lumping the rest into 0 silently
/// would train a different model than the one asked for.
///
/// Example: credit = [good, bad, good] with positive "good" reads [1, 0, 1].
public struct BinaryLabel: Sendable, Equatable {
    /// The label column.
    public let column: String
    /// The positive value as text ("good", "1", "true").
    public let positive: String
    /// The other value as text, when the training rows held one.
    public let negative: String?

    /// The label of `column` as `positive` names it (see the type's comment).
    public init(fitting column: Column, positive named: String?) throws {
        let distinct = Self.distinctValues(column)
        guard distinct.count <= 2 else {
            throw ModelError.invalidSetting(name: "label column '\(column.name)'", value: distinct.map(\.description).joined(separator: ", "),
                                            requirement: "a label has two values; map the others to one of two first")
        }
        if let named {
            guard let match = distinct.first(where: { Self.matches($0, named) }) else {
                throw ModelError.invalidSetting(name: "positive label", value: named,
                                                requirement: "a value of the label column '\(column.name)', which holds "
                                                    + distinct.map(\.description).joined(separator: ", "))
            }
            positive = match.description
            negative = distinct.first { $0 != match }?.description
        } else if distinct.allSatisfy({ $0 == .number(0) || $0 == .number(1) || $0 == .flag(false) || $0 == .flag(true) }) {
            positive = column.kind == .boolean ? "true" : "1"
            negative = distinct.first { $0 != .number(1) && $0 != .flag(true) }?.description
        } else {
            throw ModelError.invalidSetting(name: "positive label", value: "none",
                                            requirement: "name the positive value of '\(column.name)', one of "
                                                + distinct.map(\.description).joined(separator: ", "))
        }
        self.column = column.name
    }

    /// A label read from a model file.
    public init(column: String, positive: String, negative: String?) {
        self.column = column
        self.positive = positive
        self.negative = negative
    }

    /// Each row as 1 (the positive value), 0 (any other value) or nil (missing).
    public func values(in table: Table) throws -> [Int?] {
        let column = try table.column(self.column)
        switch column.values {
        case .categorical(let values):
            let positiveCode = values.levels.firstIndex(of: positive).map(Int32.init) ?? -2
            return values.codes.map { $0 == CategoricalValues.missingCode ? nil : ($0 == positiveCode ? 1 : 0) }
        default:
            return (0..<column.count).map { row in column.isMissing(row) ? nil : (Self.matches(column[row], positive) ? 1 : 0) }
        }
    }

    /// Whether `cell` is the value written `text`: the same text, number or flag.
    static func matches(_ cell: CellValue, _ text: String) -> Bool {
        switch cell {
        case .number(let x): return Double(text) == x
        case .flag(let b): return text.lowercased() == (b ? "true" : "false")
        case .category(let s): return s == text
        case .missing: return false
        }
    }

    /// The column's distinct present values, sorted.
    private static func distinctValues(_ column: Column) -> [CellValue] {
        var seen = Set<CellValue>()
        for row in 0..<column.count where !column.isMissing(row) { seen.insert(column[row]) }
        return seen.sorted { $0.description < $1.description }
    }
}
