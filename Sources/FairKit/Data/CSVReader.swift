import Foundation

/// Reads CSV and other delimited text into a `Table`.
///
/// - Quoting follows RFC 4180: a field in double quotes may hold delimiters and line breaks, and a
///   quote inside it is written twice (`"say ""hi"""`).
/// - Line breaks may be "\n", "\r\n" or "\r"; a last line without a line break is fine; blank
///   lines are skipped (as pandas does); a UTF-8 byte order mark is ignored.
/// - The text must be UTF-8; anything else is an error naming the line and byte offset.
/// - Column kinds are inferred unless the `schema` gives them: numeric when every non-missing
///   value is a finite number, boolean when every one is true or false (any letter case),
///   categorical otherwise. A column with no values at all is numeric, as in pandas.
/// - Missing values: see `defaultMissingTokens`.
///
/// Every problem is a `DelimitedTextError` naming the source, line and field, and the fix; no
/// input makes the reader crash.
///
///     let table = try CSVReader().read(contentsOf: URL(fileURLWithPath: "loans.csv"))
///     let german = try CSVReader(delimiter: .whitespace, header: .none(columnNames: names))
///         .read(contentsOf: url)
public struct CSVReader: Sendable {
    /// Where the column names come from.
    public enum Header: Sendable, Equatable {
        /// The first line (after `skipLines`) holds the names.
        case firstLine
        /// The file has no header line; these are the names, one per field.
        case none(columnNames: [String])
    }

    /// What to do when two header fields carry the same name.
    public enum DuplicateColumnNames: Sendable, Equatable {
        /// Stop with an error naming both columns.
        case error
        /// Rename later ones `name.1`, `name.2`, ... as pandas' `read_csv` does.
        case numberSuffix
    }

    /// The default missing-value tokens: the empty field, `NA` (R's `write.csv`), `N/A`, `NaN`
    /// (pandas and numpy) and `?` (the UCI repository's files).
    ///
    /// Deliberately not included: `null`, `None`, `-`, `na`, which are real categories often
    /// enough ("other debtors: none", the chemical symbol Na) that reading them as missing would
    /// lose data silently. Tokens are matched exactly (letter case included) and only on unquoted
    /// fields: `"NA"` in quotes is the text NA, which is also how `CSVWriter` keeps such a value.
    /// An empty field is missing whether quoted or not: CSV has no other way to write "nothing".
    public static let defaultMissingTokens = ["", "NA", "N/A", "?", "NaN"]

    /// What separates fields (comma by default).
    public var delimiter: Delimiter
    /// Where the column names come from.
    public var header: Header
    /// Unquoted field texts that mean "missing" (see `defaultMissingTokens`).
    public var missingTokens: [String]
    /// Physical lines to skip before the header (or the first row), such as adult.test's
    /// `|1x3 Cross validator`. Line numbers in errors still count them.
    public var skipLines: Int
    /// Column kinds that override inference; every column named here must exist.
    public var schema: [String: ColumnKind]
    /// Columns that must exist (an error lists the ones there are and suggests a near name).
    public var requiredColumns: [String]
    /// What to do about repeated header names.
    public var duplicateColumnNames: DuplicateColumnNames

    /// A reader with the given settings; the defaults read a plain comma-separated file with a header.
    public init(delimiter: Delimiter = .comma, header: Header = .firstLine,
                missingTokens: [String] = CSVReader.defaultMissingTokens, skipLines: Int = 0,
                schema: [String: ColumnKind] = [:], requiredColumns: [String] = [],
                duplicateColumnNames: DuplicateColumnNames = .error) {
        self.delimiter = delimiter
        self.header = header
        self.missingTokens = missingTokens
        self.skipLines = skipLines
        self.schema = schema
        self.requiredColumns = requiredColumns
        self.duplicateColumnNames = duplicateColumnNames
    }

    /// Reads a file; errors name it by its path.
    public func read(contentsOf url: URL) throws -> Table {
        let source = url.isFileURL ? url.path : url.absoluteString
        if url.isFileURL, !FileManager.default.fileExists(atPath: url.path) {
            throw DelimitedTextError(source: source, problem: .unreadable(reason: "no such file"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DelimitedTextError(source: source, problem: .unreadable(reason: "\(error.localizedDescription)"))
        }
        return try read(data: data, source: source)
    }

    /// Reads bytes in memory; `source` names them in errors.
    public func read(data: Data, source: String = "<data>") throws -> Table {
        try read(bytes: [UInt8](data), source: source)
    }

    /// Reads text in memory (handy in tests and exercises); `source` names it in errors.
    public func read(text: String, source: String = "<text>") throws -> Table {
        try read(bytes: Array(text.utf8), source: source)
    }

    /// Reads bytes; the one path every other `read` takes.
    public func read(bytes: [UInt8], source: String) throws -> Table {
        try bytes.withUnsafeBufferPointer { try read(buffer: $0, source: source) }
    }

    private func read(buffer: UnsafeBufferPointer<UInt8>, source: String) throws -> Table {
        func fail(_ problem: DelimitedTextError.Problem, line: Int? = nil, column: Int? = nil) -> DelimitedTextError {
            DelimitedTextError(source: source, line: line, column: column, problem: problem)
        }
        guard skipLines >= 0 else { throw fail(.invalidSetting("skipLines is \(skipLines); it must be 0 or more")) }
        let resolved = try delimiter.resolved(source: source)
        var givenNames: [String]?
        if case .none(let names) = header {
            guard !names.isEmpty else { throw fail(.invalidSetting("no column names were given for a file without a header")) }
            givenNames = names
        }
        if let offset = firstInvalidUTF8Offset(buffer) {
            throw fail(.invalidUTF8(byteOffset: offset, byte: buffer[offset]), line: lineNumber(atByteOffset: offset, in: buffer))
        }

        let tokenizer = DelimitedTextTokenizer(bytes: buffer, delimiter: resolved, source: source)
        let records = try tokenizer.tokenize(skipLines: skipLines, expectedFields: givenNames?.count)
        guard records.recordCount > 0 else { throw fail(.empty(skippedLines: skipLines)) }
        let decoder = FieldDecoder(bytes: buffer, missingTokens: missingTokens)

        let firstRow = givenNames == nil ? 1 : 0
        let names = try uniqueNames(givenNames ?? headerFields(records, decoder), source: source,
                                    line: givenNames == nil ? records.recordLine[0] : nil)
        for name in Array(schema.keys).sorted() + requiredColumns where !names.contains(name) {
            throw fail(.missingColumn(name, available: names))
        }
        let builder = ColumnBuilder(decoder: decoder, lines: Array(records.recordLine[firstRow...]), source: source)
        let columns = try names.enumerated().map { j, name in
            try builder.column(records.columns[j][firstRow...], number: j + 1, name: name, declared: schema[name])
        }
        return try Table(columns)
    }

    /// The header record's fields (an empty one becomes `column<j>`, j counting from 1).
    private func headerFields(_ records: DelimitedRecords, _ decoder: FieldDecoder) -> [String] {
        records.columns.enumerated().map { j, fields in
            let text = decoder.text(fields[0])
            return text.isEmpty ? "column\(j + 1)" : text
        }
    }

    /// The names, made unique as `duplicateColumnNames` says; `line` is the header's, if any.
    private func uniqueNames(_ names: [String], source: String, line: Int?) throws -> [String] {
        var names = names
        let count = names.count
        var firstIndex: [String: Int] = [:]
        for j in 0..<count {
            guard let first = firstIndex[names[j]] else {
                firstIndex[names[j]] = j
                continue
            }
            if duplicateColumnNames == .error {
                throw DelimitedTextError(source: source, line: line, column: j + 1,
                                         problem: .duplicateColumnName(names[j], firstColumn: first + 1))
            }
            var suffix = 1
            while Set(names).contains("\(names[j]).\(suffix)") { suffix += 1 }
            names[j] = "\(names[j]).\(suffix)"
            firstIndex[names[j]] = j
        }
        return names
    }
}

/// Turns the fields of one column position into a typed `Column`.
private struct ColumnBuilder {
    let decoder: FieldDecoder
    /// The physical line of each data row.
    let lines: [Int]
    let source: String

    /// The column of `fields` (one per data row); `number` is its 1-based position for errors.
    func column(_ fields: ArraySlice<Field>, number: Int, name: String, declared: ColumnKind?) throws -> Column {
        if declared == nil || declared == .numeric {
            if let values = try parse(fields, number: number, name: name, required: declared == .numeric,
                                      decoder.number, DelimitedTextError.Problem.notANumber) {
                return .numeric(name, values)
            }
        }
        if declared == nil || declared == .boolean {
            let accepting = declared == .boolean
            if let values = try parse(fields, number: number, name: name, required: accepting,
                                      { decoder.flag($0, acceptingDigits: accepting) }, DelimitedTextError.Problem.notABoolean) {
                return .boolean(name, values)
            }
        }
        return Column(name: name, values: .categorical(categories(fields)))
    }

    /// The fields parsed by `value`, missing ones as nil; `nil` at the first field `value`
    /// rejects, or an error made by `problem` when the kind was declared.
    private func parse<T>(_ fields: ArraySlice<Field>, number: Int, name: String, required: Bool,
                          _ value: (Field) -> T?,
                          _ problem: (String, String) -> DelimitedTextError.Problem) throws -> [T?]? {
        var out = [T?]()
        out.reserveCapacity(fields.count)
        for (row, field) in fields.enumerated() {
            if decoder.isMissing(field) {
                out.append(nil)
            } else if let x = value(field) {
                out.append(x)
            } else if required {
                throw DelimitedTextError(source: source, line: lines[row], column: number,
                                         problem: problem(decoder.text(field), name))
            } else {
                return nil
            }
        }
        return out
    }

    /// The column as category codes, levels interned in order of appearance and then sorted.
    private func categories(_ fields: ArraySlice<Field>) -> CategoricalValues {
        var interner = FieldInterner(bytes: decoder.bytes)
        var codes = [Int32](repeating: CategoricalValues.missingCode, count: fields.count)
        for (row, field) in fields.enumerated() where !decoder.isMissing(field) {
            codes[row] = interner.code(field)
        }
        return CategoricalValues(sortingLevelsOf: codes, levels: interner.firstField.map(decoder.text))
    }
}
