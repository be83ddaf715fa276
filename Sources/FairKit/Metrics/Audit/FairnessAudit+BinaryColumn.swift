extension FairnessAudit {
    /// A label or prediction column read as 1 (positive), 0, or `nil` (missing).
    ///
    /// The positive value is, in order: the value named `positive` when the column holds it; 1 or
    /// true when the column holds nothing but 0/1 or true/false; none at all (every row 0) when
    /// the column holds a single value and `positive` was seen in the other column (a model that
    /// never predicts the positive class). Anything else is an error: more than two values, two
    /// values and no `positive`, or a `positive` the column does not hold. (A `positive` that
    /// neither the label nor the prediction holds is a typo the caller reports.)
    ///
    /// Example: ["<=50K", ">50K", nil] with positive ">50K" reads [0, 1, nil].
    struct BinaryColumn {
        let values: [Int?]
        /// The positive value as text ("1", "true", ">50K").
        let positive: String
        /// The positive value as the column holds it; `nil` when the column does not hold it.
        let positiveCell: CellValue?

        init(_ column: Column, role: String, positive named: String?, positiveSeenElsewhere: Bool) throws {
            let distinct = Self.distinctValues(column)
            if distinct.count > 2 {
                throw FairnessAuditError.notBinary(column: column.name, role: role, values: distinct.map(\.description))
            }
            let zeroOne = distinct.allSatisfy { cell in
                if case .flag = cell { return true }
                return cell == .number(0) || cell == .number(1)
            }
            var positive: CellValue?
            if let named, let match = distinct.first(where: { Self.matches($0, named) }) {
                positive = match
            } else if zeroOne {
                positive = column.kind == .boolean ? .flag(true) : .number(1)
            } else if let named {
                guard positiveSeenElsewhere, distinct.count < 2 else {
                    throw FairnessAuditError.positiveValueNotFound(value: named, column: column.name, values: distinct.map(\.description))
                }
                positive = nil
            } else {
                throw FairnessAuditError.positiveValueNeeded(column: column.name, role: role, values: distinct.map(\.description))
            }
            self.positive = positive?.description ?? named ?? ""
            self.positiveCell = positive
            self.values = Self.code(column, positive: positive)
        }

        /// Whether `column` holds the value written `text`.
        static func holds(_ column: Column, _ text: String) -> Bool {
            distinctValues(column).contains { matches($0, text) }
        }

        /// Whether `cell` is the value written `text`: the same text, the same number ("1.0" is 1),
        /// or the same flag in any letter case.
        private static func matches(_ cell: CellValue, _ text: String) -> Bool {
            switch cell {
            case .number(let x): return Double(text) == x
            case .flag(let b): return text.lowercased() == (b ? "true" : "false")
            case .category(let s): return s == text
            case .missing: return false
            }
        }

        /// Whether `text` names 0, 1, true or false, the values a 0/1 column holds without being told.
        static func namesZeroOrOne(_ text: String) -> Bool {
            ["0", "1", "true", "false"].contains(text.lowercased()) || Double(text) == 0 || Double(text) == 1
        }

        /// The column's distinct present values, in the column's order (numbers ascending, false
        /// before true, text sorted).
        static func distinctValues(_ column: Column) -> [CellValue] {
            switch column.values {
            case .numeric(let numbers): return Set(numbers.compactMap { $0 }).sorted().map(CellValue.number)
            case .boolean(let flags): return Set(flags.compactMap { $0 }).sorted { !$0 && $1 }.map(CellValue.flag)
            case .categorical(let values):
                let used = Set(values.codes)
                return values.levels.indices.filter { used.contains(Int32($0)) }.map { .category(values.levels[$0]) }
                    .sorted { $0.description < $1.description }
            }
        }

        /// Each row as 1 where it holds `positive`, 0 elsewhere, `nil` where missing.
        private static func code(_ column: Column, positive: CellValue?) -> [Int?] {
            switch column.values {
            case .numeric(let numbers):
                let p = positive?.number
                return numbers.map { $0.map { $0 == p ? 1 : 0 } }
            case .boolean(let flags):
                let p = positive.map { $0 == .flag(true) }
                return flags.map { $0.map { $0 == p ? 1 : 0 } }
            case .categorical(let values):
                let p = positive.flatMap { cell in values.levels.firstIndex(of: cell.description) }.map(Int32.init) ?? -2
                return values.codes.map { $0 == CategoricalValues.missingCode ? nil : ($0 == p ? 1 : 0) }
            }
        }
    }
}
