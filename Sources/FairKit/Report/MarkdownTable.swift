/// A GitHub-flavoured Markdown table, built from plain text: every cell is escaped (a pipe in a
/// value cannot split a row, a line break cannot end one), and columns are padded so that the
/// source reads as a table too.
///
///     | group      | rows |
///     |------------|-----:|
///     | sex=Female |  100 |
public struct MarkdownTable: Sendable, Equatable {
    /// One cell: plain text and the style it is shown in.
    public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        /// Plain text, escaped when rendered.
        public var text: String
        /// How the cell is shown.
        public var style: MarkdownText.Style

        /// A cell of `text` in `style`.
        public init(_ text: String, style: MarkdownText.Style = .plain) {
            self.text = text
            self.style = style
        }

        /// A plain cell from a literal.
        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    /// The header row, plain text.
    public var headers: [String]
    /// One per column (left when not given).
    public var alignments: [ReportTable.Alignment]
    /// The rows.
    public var rows: [[Cell]]

    /// A table of `rows` under `headers`.
    public init(headers: [String], alignments: [ReportTable.Alignment] = [], rows: [[Cell]]) {
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
    }

    /// The table's lines. Rows shorter than the header get empty cells; longer rows are cut to it.
    public func lines() -> [String] {
        let columns = headers.count
        guard columns > 0 else { return [] }
        let header = headers.map { MarkdownText.escape($0) }
        let body = rows.map { row in (0..<columns).map { $0 < row.count ? MarkdownText.styled(row[$0].text, row[$0].style) : "" } }
        // The delimiter row needs at least 3 characters per column ("---" or "--:").
        let widths = (0..<columns).map { c in max(3, ([header] + body).map { $0[c].count }.max() ?? 0) }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { c, text in pad(text, to: widths[c], right: alignment(c) == .right) }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.enumerated().map { c, width in
            alignment(c) == .right ? String(repeating: "-", count: width + 1) + ":" : String(repeating: "-", count: width + 2)
        }.joined(separator: "|") + "|"
        return [line(header), rule] + body.map(line)
    }

    private func alignment(_ column: Int) -> ReportTable.Alignment {
        column < alignments.count ? alignments[column] : .left
    }

    private func pad(_ text: String, to width: Int, right: Bool) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
