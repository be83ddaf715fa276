/// Why a CSV or other delimited text could not be read, and where.
///
/// Every error names the source (a file path, or the name given for in-memory text), the 1-based
/// line of the file (physical lines, counting skipped ones, so an editor's "go to line" lands on
/// it), the 1-based field number when one field is at fault, what was expected, and how to fix it.
/// `description` reads like a compiler diagnostic:
///
///     adult.csv:17: line 17 has 14 fields, the header has 15. Fix: look for a missing or extra
///     delimiter on that line; quote fields that contain the delimiter ("a,b").
public struct DelimitedTextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it is, with the details that go into `message`.
    public enum Problem: Equatable, Sendable {
        /// The file could not be opened or read (it does not exist, or permissions).
        case unreadable(reason: String)
        /// No header and no rows: the file is empty, blank, or every line was skipped.
        case empty(skippedLines: Int)
        /// A byte sequence that is not UTF-8; `byteOffset` counts from 0 at the file's first byte.
        case invalidUTF8(byteOffset: Int, byte: UInt8)
        /// A quoted field whose closing quote never comes; the location is where it opened.
        case unclosedQuote
        /// Text between a closing quote and the next delimiter, as in `"ab"c`.
        case textAfterClosingQuote
        /// A row with another number of fields than the header (or the given names).
        case raggedRow(fields: Int, expected: Int, namesFromHeader: Bool)
        /// Two header fields with the same name; `firstColumn` is the first one's 1-based number.
        case duplicateColumnName(String, firstColumn: Int)
        /// A column the schema or the caller requires is not in the header.
        case missingColumn(String, available: [String])
        /// A value that does not parse as a finite number in a column declared numeric.
        case notANumber(value: String, columnName: String)
        /// A value other than true/false/1/0 in a column declared boolean.
        case notABoolean(value: String, columnName: String)
        /// A reader setting that cannot work (say, a delimiter that is a quote).
        case invalidSetting(String)
    }

    /// The file path, or the name given for in-memory text.
    public let source: String
    /// 1-based physical line, when the problem has one.
    public let line: Int?
    /// 1-based field number within the line, when one field is at fault.
    public let column: Int?
    /// What is wrong.
    public let problem: Problem

    /// An error at `source`, `line` and field `column` (both 1-based, nil when not applicable).
    public init(source: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
        self.source = source
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// What is wrong, without the location.
    public var message: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        case .empty(let skipped):
            return skipped > 0 ? "no header and no rows after skipping \(skipped) line(s)" : "the file is empty (no header and no rows)"
        case let .invalidUTF8(offset, byte):
            return "byte 0x\(hexDigits(byte, uppercase: true)) at byte offset \(offset) is not valid UTF-8"
        case .unclosedQuote:
            return "a quoted field opens on line \(line.map(String.init) ?? "?") and is never closed"
        case .textAfterClosingQuote:
            return "text follows the closing quote of field \(column.map(String.init) ?? "?")"
        case let .raggedRow(fields, expected, fromHeader):
            let reference = fromHeader ? "the header has \(expected)" : "\(expected) column names were given"
            return "line \(line.map(String.init) ?? "?") has \(fields) field\(fields == 1 ? "" : "s"), \(reference)"
        case let .duplicateColumnName(name, first):
            return "columns \(first) and \(column.map(String.init) ?? "?") are both named '\(name)'"
        case let .missingColumn(name, available):
            var text = "there is no column named '\(name)'"
            if let near = nearestName(to: name, in: available) { text += " (did you mean '\(near)'?)" }
            return text + "; the columns are: \(available.joined(separator: ", "))"
        case let .notANumber(value, name):
            return "column '\(name)' is declared numeric but holds '\(value)', which is not a number"
        case let .notABoolean(value, name):
            return "column '\(name)' is declared boolean but holds '\(value)'"
        case .invalidSetting(let text):
            return text
        }
    }

    /// How to fix it.
    public var fix: String {
        switch problem {
        case .unreadable:
            return "check the path and that the file exists and is readable"
        case .empty(let skipped) where skipped > 0:
            return "check that this is the right file and that `skipLines` (\(skipped)) does not skip its header"
        case .empty:
            // Said without the reader's settings: the file itself is empty, whoever reads it.
            return "check that this is the right file; a CSV file starts with a header line naming its columns, then a line per row"
        case .invalidUTF8:
            return "the file is probably Latin-1 or Windows-1252; re-save it as UTF-8 "
                + "(for example `iconv -f latin1 -t utf-8 old.csv > new.csv`)"
        case .unclosedQuote:
            return "add the closing quote, and write a quote inside a quoted field as two quotes (\"\")"
        case .textAfterClosingQuote:
            return "quote the whole field and write a quote inside it as two quotes (\"\")"
        case .raggedRow:
            return "look for a missing or extra delimiter on that line; quote fields that contain the delimiter (\"a,b\")"
        case .duplicateColumnName:
            return "rename one of them, or read with `duplicateColumnNames: .numberSuffix` to get 'name.1' as pandas does"
        case .missingColumn:
            return "check the spelling, the delimiter, and whether the file has a header line"
        case .notANumber:
            return "correct the value, add it to `missingTokens` if it marks a missing value, or declare the column categorical"
        case .notABoolean:
            return "use true/false or 1/0, or declare the column categorical"
        case .invalidSetting:
            return "change the reader's settings"
        }
    }

    /// `source:line:column: message. Fix: fix`, omitting the parts that do not apply.
    public var description: String {
        var location = source
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message). Fix: \(fix)."
    }
}
