/// What can go wrong in the data layer after reading: summarising, encoding, splitting and
/// loading the bundled datasets. (Reading text has its own `DelimitedTextError`, which carries a
/// line and field; building and querying tables has `TableError`.)
///
/// Rows are reported 1-based, as a learner counts them in a file or a printed table.
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A missing value where a number is needed (encoders take no missing values).
    case missingValue(column: String, row: Int)
    /// A category the encoder did not see when fitted.
    case unknownCategory(column: String, value: String, row: Int, known: [String])
    /// An encoder or scaler used before `fit`.
    case notFitted(String)
    /// A matrix or table whose shape does not match what was fitted.
    case shapeMismatch(String)
    /// An argument outside its allowed range (a split fraction of 1.5, 1 fold, negative weights).
    case invalidArgument(String)
    /// A bundled data file is not where the package should have put it.
    case resourceMissing(file: String)
    /// A bundled data file's SHA-256 differs from the published one.
    case checksumMismatch(file: String, expected: String, actual: String)
    /// A bundled data file parsed but holds something its code book does not allow.
    case invalidDataset(file: String, message: String)

    /// What went wrong and how to fix it, rows counted from 1.
    public var description: String {
        switch self {
        case let .missingValue(column, row):
            return "column '\(column)' is missing a value at row \(row + 1); "
                + "drop such rows (table.droppingMissing(in:)) or fill them in before encoding"
        case let .unknownCategory(column, value, row, known):
            let shown = known.count > 12 ? known.prefix(12).joined(separator: ", ") + ", ..." : known.joined(separator: ", ")
            return "column '\(column)' holds '\(value)' at row \(row + 1), a category not seen when the encoder was fitted "
                + "(known: \(shown)); fit on data that includes it, or encode unknown categories as all zeros "
                + "with handleUnknown: .ignore"
        case .notFitted(let what):
            return "\(what) is not fitted yet: call fit first, on the training data"
        case .shapeMismatch(let text):
            return text
        case .invalidArgument(let text):
            return text
        case .resourceMissing(let file):
            return "the data file '\(file)' is missing from FairKit's resources; rebuild the package "
                + "(swift build) and check that Sources/FairKit/Data/Datasets/Resources/\(file) exists"
        case let .checksumMismatch(file, expected, actual):
            return "the data file '\(file)' has SHA-256 \(actual), but the published file has \(expected); "
                + "it was changed or damaged: restore it (git checkout -- Sources/FairKit/Data/Datasets/Resources/\(file))"
        case let .invalidDataset(file, message):
            return "\(file): \(message)"
        }
    }
}
