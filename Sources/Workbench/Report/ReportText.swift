import FairKit

/// A report document (any `DocumentReport`'s) laid out for the terminal: the title and section headings
/// underlined, paragraphs and list items wrapped to the width, tables as aligned columns
/// (`TextTable`). Emphasis becomes a style (flags in the failure style, caveats in the warning
/// style, notes dim), which the console paints only on a terminal without NO_COLOR; the text
/// itself carries every marker ("!", "?", "(ref)", "undefined"), so plain output loses nothing.
enum ReportText {
    /// The document's lines at `width` columns (a table too wide for it overflows rather than
    /// breaking a number).
    static func render(_ document: ReportDocument, width: Int) -> [StyledText] {
        var lines = underlined(document.title, with: "=")
        for block in document.blocks {
            lines.append("")
            switch block {
            case let .heading(level, text):
                lines += level <= 2 ? underlined(text, with: "-") : [StyledText(text, style: .heading)]
            case .paragraph(let spans):
                lines += styled(spans).wrapped(toWidth: width, breakingLongWords: false)
            case .list(let items):
                for item in items {
                    let wrapped = styled(item).wrapped(toWidth: max(20, width - 2), breakingLongWords: false)
                    lines += wrapped.enumerated().map { i, line in StyledText(i == 0 ? "- " : "  ") + line }
                }
            case .table(let table):
                lines += text(table, width: width)
            case .chart(let chart):
                // One value per group draws as Unicode bars; other charts show their numbers.
                lines += chart.bars.map { TerminalBarChart.render($0, width: width) } ?? [StyledText(chart.title, style: .heading)] + text(chart.table, width: width)
            }
        }
        return lines
    }

    private static func text(_ table: ReportTable, width: Int) -> [StyledText] {
        let text = TextTable(headers: table.headers.map { StyledText($0) },
                             alignments: table.headers.indices.map { table.alignment(of: $0) == .right ? .right : .left },
                             rows: table.rows.map { $0.map { StyledText($0.text, style: style($0.emphasis)) } })
        return text.render(width: max(width, unbrokenWidth(text)), border: .none)
    }

    /// The narrowest the table can be without breaking a word: a number cut across two lines
    /// misreads, so a table too wide for the terminal overflows instead.
    private static func unbrokenWidth(_ table: TextTable) -> Int {
        let rows = [table.headers] + table.rows
        let columns = rows.map(\.count).max() ?? 0
        func longestWord(_ cell: StyledText) -> Int {
            cell.plainText.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { StyledText(String($0)).displayWidth }.max() ?? 0
        }
        let words = (0..<columns).map { c in rows.map { c < $0.count ? longestWord($0[c]) : 0 }.max() ?? 0 }
        return words.reduce(0, +) + 2 * max(0, columns - 1)
    }

    private static func underlined(_ text: String, with rule: Character) -> [StyledText] {
        [StyledText(text, style: .heading), StyledText(String(repeating: rule, count: StyledText(text).displayWidth), style: .dim)]
    }

    private static func styled(_ spans: [ReportSpan]) -> StyledText {
        spans.reduce(StyledText()) { $0 + StyledText($1.text, style: style($1.emphasis)) }
    }

    /// How each kind of text looks on a terminal.
    private static func style(_ emphasis: ReportEmphasis) -> TextStyle {
        switch emphasis {
        case .plain, .fair: return []
        case .strong: return .heading
        case .flag: return .failure
        case .reference: return .italic
        case .undefined, .muted: return .dim
        case .caution: return .warning
        }
    }
}
