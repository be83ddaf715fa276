/// Why a fairness audit could not be made from the data it was given: each case names the column,
/// the rows or values at fault, and what to do. (Malformed text is a `DelimitedTextError`, an
/// unknown column a `TableError`, before an audit sees the table.)
///
/// Rows are counted from 1 over the table's data rows, as a learner counts them below a header.
public enum FairnessAuditError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One column's missing values: which role it plays, how many rows, and the first few of them.
    public struct MissingValues: Equatable, Sendable {
        /// The column.
        public let column: String
        /// "label", "prediction", "score" or "weight".
        public let role: String
        /// How many rows miss a value.
        public let count: Int
        /// The first rows (0-based) that miss one, at most `FairnessAuditError.rowsShown`.
        public let firstRows: [Int]
    }

    /// The table has no rows, or none are left after dropping rows with missing values.
    case noRows(droppedRows: Int)
    /// A label or prediction column with more than two values.
    case notBinary(column: String, role: String, values: [String])
    /// A label or prediction column of two values, neither of them 0/1 or true/false, with no
    /// positive value named.
    case positiveValueNeeded(column: String, role: String, values: [String])
    /// The positive value named is not among a column's values (and the column is not 0/1).
    case positiveValueNotFound(value: String, column: String, values: [String])
    /// Rows without a label, prediction, score or weight, when they are not to be dropped.
    case missingValues([MissingValues])
    /// A weight that is negative or not finite.
    case invalidWeight(column: String, row: Int, value: Double)
    /// Dropping rows with missing values removed every row of a group that was in the data.
    case groupEmptiedByDropping(group: String, droppedRows: Int)
    /// A numeric protected column with too many distinct values to take each as a group.
    case numericColumnNeedsGrouping(column: String, distinctValues: Int)
    /// Bins or a threshold on a column that does not hold numbers.
    case groupingNeedsNumbers(column: String, kind: ColumnKind)
    /// A value of a binned column that falls in none of the bins.
    case valueOutsideBins(column: String, row: Int, value: Double, bins: [String])
    /// A bin no row falls in: it would be a group of size 0.
    case emptyBin(column: String, bin: String)
    /// Two bins of one column that share values.
    case overlappingBins(column: String, first: String, second: String)
    /// A setting the audit cannot use (an empty metric list, a repeated column, τ out of range).
    case invalidArgument(String)

    /// How many rows an error lists before "...".
    public static let rowsShown = 5

    /// What is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .noRows(let dropped):
            return dropped == 0 ? "the data has no rows to audit"
                : "no rows are left to audit after dropping \(dropped) row\(dropped == 1 ? "" : "s") with missing values"
        case let .notBinary(column, role, values):
            return "column '\(column)' has \(values.count) values (\(Self.list(values))); a binary \(role) needs 2"
        case let .positiveValueNeeded(column, role, values):
            return "column '\(column)' (the \(role)) holds \(Self.list(values)); say which value is the positive outcome"
        case let .positiveValueNotFound(value, column, values):
            var text = "column '\(column)' has no value '\(value)'"
            if let near = nearestName(to: value, in: values) { text += "; did you mean '\(near)'?" }
            return text + " (values: \(Self.list(values)))"
        case .missingValues(let columns):
            let parts = columns.map { missing -> String in
                let rows = missing.firstRows.map { String($0 + 1) }.joined(separator: ", ")
                let more = missing.count > missing.firstRows.count ? ", ..." : ""
                return "column '\(missing.column)' (the \(missing.role)) is missing in \(missing.count) "
                    + "row\(missing.count == 1 ? "" : "s") (row\(missing.count == 1 ? "" : "s") \(rows)\(more))"
            }
            return parts.joined(separator: "; ") + "; fill in the missing values or drop those rows"
        case let .invalidWeight(column, row, value):
            return "column '\(column)' (the weight) is \(formatNumber(value)) at row \(row + 1); weights must be finite and >= 0"
        case let .groupEmptiedByDropping(group, dropped):
            return "after dropping \(dropped) row\(dropped == 1 ? "" : "s") with missing values, the group \(group) has no rows left "
                + "(every row of it lacked a value); fill in its missing values, or remove the group from the data if it should not be audited"
        case let .numericColumnNeedsGrouping(column, distinct):
            return "column '\(column)' is numeric with \(distinct) distinct values, too many to take each as a group; "
                + "group it into ranges or split it at a threshold"
        case let .groupingNeedsNumbers(column, kind):
            return "column '\(column)' is \(kind.rawValue); bins and thresholds need a numeric column (name its values instead)"
        case let .valueOutsideBins(column, row, value, bins):
            return "column '\(column)' is \(formatNumber(value)) at row \(row + 1), which falls in none of the bins "
                + "(\(bins.joined(separator: ", "))); add a bin that covers it"
        case let .emptyBin(column, bin):
            return "no row of column '\(column)' falls in the bin \(bin), which would be a group of size 0; remove the bin or widen it"
        case let .overlappingBins(column, first, second):
            return "the bins \(first) and \(second) of column '\(column)' overlap; make each value fall in one bin"
        case .invalidArgument(let text):
            return text
        }
    }

    /// Values for a message: at most 10, then how many more.
    private static func list(_ values: [String]) -> String {
        guard values.count > 10 else { return values.joined(separator: ", ") }
        return values.prefix(10).joined(separator: ", ") + ", ... (\(values.count - 10) more)"
    }
}
