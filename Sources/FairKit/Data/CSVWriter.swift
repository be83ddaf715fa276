import Foundation

/// Writes a `Table` as CSV (RFC 4180), so that `CSVReader` reads back the same cells.
///
/// - A header line with the column names, then one line per row.
/// - A field is quoted when it holds the delimiter, a quote, a line break, starts or ends with a
///   space or tab, or equals one of the reader's missing-value tokens (so a category really called
///   "NA" stays text); quotes inside are doubled.
/// - Missing values are empty fields. Numbers use the shortest text that reads back to the same
///   Double (integers without a decimal point); NaN is written `NaN`, infinities `inf`/`-inf`.
///   Flags are `true`/`false`.
/// - An empty category text cannot survive: CSV writes it as `""`, which reads back as missing.
///
/// Column kinds come back from inference, which cannot know that a categorical column of "1", "2"
/// was not numeric; to round-trip kinds exactly, read with `CSVReader(schema: table.schema)`.
public struct CSVWriter: Sendable {
    /// The field separator (a comma by default).
    public var delimiter: Character
    /// "\n" by default, as pandas and R write; RFC 4180 specifies "\r\n", which the reader also reads.
    public var lineEnding: String
    /// Values equal to one of these are quoted; keep it equal to the reader's `missingTokens`.
    public var missingTokens: [String]

    /// A writer with the given settings; the defaults write RFC 4180 CSV with "\n" line ends.
    public init(delimiter: Character = ",", lineEnding: String = "\n",
                missingTokens: [String] = CSVReader.defaultMissingTokens) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.missingTokens = missingTokens
    }

    /// The table as CSV text.
    public func string(from table: Table) -> String {
        let tokens = Set(missingTokens.filter { !$0.isEmpty })
        var out = ""
        out.reserveCapacity(table.rowCount * table.columns.count * 8)
        func append(_ field: String?) {
            guard let field else { return }
            out += needsQuotes(field, tokens: tokens) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        for (j, column) in table.columns.enumerated() {
            if j > 0 { out.append(delimiter) }
            append(column.name)
        }
        out += lineEnding
        for row in 0..<table.rowCount {
            for (j, column) in table.columns.enumerated() {
                if j > 0 { out.append(delimiter) }
                let cell = column[row]
                if case .number(let x) = cell, !x.isFinite {
                    // Unquoted on purpose: NaN is a missing token, and must read back as one.
                    out += x.isNaN ? "NaN" : (x > 0 ? "inf" : "-inf")
                } else {
                    append(cell.text)
                }
            }
            out += lineEnding
        }
        return out
    }

    /// The table as UTF-8 CSV bytes.
    public func data(from table: Table) -> Data {
        Data(string(from: table).utf8)
    }

    /// Writes the table to a file, replacing it.
    public func write(_ table: Table, to url: URL) throws {
        try data(from: table).write(to: url, options: .atomic)
    }

    private func needsQuotes(_ field: String, tokens: Set<String>) -> Bool {
        if field.isEmpty { return true }
        if tokens.contains(field) { return true }
        if let first = field.unicodeScalars.first, first == " " || first == "\t" { return true }
        if let last = field.unicodeScalars.last, last == " " || last == "\t" { return true }
        return field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }
}

extension Table {
    /// Each column's kind, for reading a written table back with the same kinds.
    public var schema: [String: ColumnKind] {
        Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0.kind) })
    }
}
