/// One field of delimited text: a byte range of the source buffer (inside the quotes for a
/// quoted field) and how it was written.
struct Field {
    var start: Int
    var end: Int
    /// Bit 0: the field was quoted. Bit 1: it holds doubled quotes that still need undoubling.
    var flags: UInt8

    static let quoted: UInt8 = 1
    static let doubledQuotes: UInt8 = 2

    var isEmpty: Bool { start == end }
}

/// The fields of delimited text stored column by column, so that building a column reads one
/// contiguous array (row-major storage made every field of a 53-column file a cache miss).
struct DelimitedRecords {
    /// `columns[j][r]` is field j of record r; record 0 is the header when the file has one.
    var columns: [[Field]] = []
    /// The 1-based physical line each record starts on.
    var recordLine: [Int] = []

    var recordCount: Int { recordLine.count }
    var fieldsPerRecord: Int { columns.count }
}

/// Splits bytes into records and fields: RFC 4180 quoting (a field in double quotes may hold the
/// delimiter, line breaks, and quotes written as two quotes), line breaks "\n", "\r\n" or a lone
/// "\r", blank lines skipped (as pandas' `skip_blank_lines`), a UTF-8 byte order mark ignored.
///
/// A quote inside an unquoted field is kept as text (`5'11"` reads as written); text after a
/// closing quote other than spaces before the delimiter is an error, because it usually means an
/// unescaped quote that would otherwise shift every later field.
struct DelimitedTextTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: ResolvedDelimiter
    let source: String

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Tokenizes everything after the first `skipLines` physical lines. `expectedFields` is the
    /// number of given column names (nil: the first record, the header, sets it).
    func tokenize(skipLines: Int, expectedFields: Int?) throws -> DelimitedRecords {
        var out = DelimitedRecords()
        let n = bytes.count
        var pos = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
        var line = 1
        // Skipped lines are junk by definition: quotes in them mean nothing.
        while line <= skipLines, pos < n {
            while pos < n, !isLineBreak(bytes[pos]) { pos += 1 }
            pos = afterLineBreak(pos)
            line += 1
        }
        var record: [Field] = []

        while pos < n {
            // A blank line (nothing but spaces, or tabs where tabs do not delimit) holds no record.
            var probe = pos
            while probe < n, bytes[probe] == Self.space || (bytes[probe] == Self.tab && delimiter.byte != Self.tab) {
                probe += 1
            }
            if probe == n || isLineBreak(bytes[probe]) {
                pos = afterLineBreak(probe)
                line += 1
                continue
            }
            if delimiter.isWhitespace { pos = probe }

            let recordLine = line
            record.removeAll(keepingCapacity: true)
            var fieldNumber = 0
            fields: while true {
                fieldNumber += 1
                if delimiter.skipsSpaces { while pos < n, bytes[pos] == Self.space { pos += 1 } }
                if pos < n, bytes[pos] == Self.quote {
                    record.append(try quotedField(at: &pos, line: &line, fieldNumber: fieldNumber))
                } else {
                    let start = pos
                    while pos < n, !isDelimiter(bytes[pos]), !isLineBreak(bytes[pos]) { pos += 1 }
                    record.append(Field(start: start, end: pos, flags: 0))
                }
                // Now at a delimiter, a line break or the end.
                guard pos < n, isDelimiter(bytes[pos]) else { break fields }
                if delimiter.isWhitespace {
                    while pos < n, isDelimiter(bytes[pos]) { pos += 1 }
                    if pos == n || isLineBreak(bytes[pos]) { break fields }
                } else {
                    pos += 1
                }
            }
            if pos < n {
                pos = afterLineBreak(pos)
                line += 1
            }

            if out.recordLine.isEmpty {
                let expected = expectedFields ?? record.count
                if record.count != expected {
                    throw DelimitedTextError(source: source, line: recordLine, problem:
                        .raggedRow(fields: record.count, expected: expected, namesFromHeader: false))
                }
                // Expect roughly one field per 8 bytes; a guess only, to avoid repeated regrowth.
                out.columns = (0..<expected).map { _ in
                    var column: [Field] = []
                    column.reserveCapacity(n / 8 / max(expected, 1))
                    return column
                }
            } else if record.count != out.columns.count {
                throw DelimitedTextError(source: source, line: recordLine, problem:
                    .raggedRow(fields: record.count, expected: out.columns.count, namesFromHeader: expectedFields == nil))
            }
            for (j, field) in record.enumerated() { out.columns[j].append(field) }
            out.recordLine.append(recordLine)
        }
        return out
    }

    /// The quoted field whose opening quote is at `pos`. Moves `pos` past the closing quote and
    /// any spaces after it, counts the line breaks inside into `line`, and checks that a
    /// delimiter, a line break or the end follows.
    private func quotedField(at pos: inout Int, line: inout Int, fieldNumber: Int) throws -> Field {
        let n = bytes.count
        let openLine = line
        pos += 1
        let start = pos
        var flags = Field.quoted
        while true {
            guard pos < n else {
                throw DelimitedTextError(source: source, line: openLine, column: fieldNumber, problem: .unclosedQuote)
            }
            let b = bytes[pos]
            if b == Self.quote {
                if pos + 1 < n, bytes[pos + 1] == Self.quote {
                    flags |= Field.doubledQuotes
                    pos += 2
                    continue
                }
                break
            }
            if b == Self.newline || (b == Self.carriageReturn && (pos + 1 >= n || bytes[pos + 1] != Self.newline)) {
                line += 1
            }
            pos += 1
        }
        let field = Field(start: start, end: pos, flags: flags)
        pos += 1
        if !delimiter.isWhitespace {
            while pos < n, bytes[pos] == Self.space || (bytes[pos] == Self.tab && delimiter.byte != Self.tab) { pos += 1 }
        }
        if pos < n, !isLineBreak(bytes[pos]), !isDelimiter(bytes[pos]) {
            throw DelimitedTextError(source: source, line: line, column: fieldNumber, problem: .textAfterClosingQuote)
        }
        return field
    }

    @inline(__always)
    private func isLineBreak(_ b: UInt8) -> Bool { b == Self.newline || b == Self.carriageReturn }

    @inline(__always)
    private func isDelimiter(_ b: UInt8) -> Bool {
        b == delimiter.byte || (delimiter.isWhitespace && b == Self.tab)
    }

    /// The position after the line break at `pos` ("\r\n" counts as one), or `pos` at the end.
    @inline(__always)
    private func afterLineBreak(_ pos: Int) -> Int {
        guard pos < bytes.count else { return pos }
        if bytes[pos] == Self.carriageReturn, pos + 1 < bytes.count, bytes[pos + 1] == Self.newline { return pos + 2 }
        return pos + 1
    }
}
