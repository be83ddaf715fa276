extension ReportDocument {
    /// The document as Markdown (CommonMark with GitHub's tables): `#` headings, paragraphs, `-`
    /// lists and pipe tables, every piece of text escaped. Flags and labels are bold; the
    /// reference group, undefined values and caveats italic. Cell notes are not shown: a document
    /// that needs them lists them in its own blocks.
    public func markdown() -> String {
        var lines = ["# " + MarkdownText.escape(title)]
        for block in blocks {
            lines.append("")
            switch block {
            case let .heading(level, text):
                lines.append(String(repeating: "#", count: min(max(level, 2), 6)) + " " + MarkdownText.escape(text))
            case .paragraph(let spans):
                lines.append(Self.markdown(spans, atLineStart: true))
            case .list(let items):
                lines += items.map { "- " + Self.markdown($0, atLineStart: true) }
            case .table(let table):
                lines += MarkdownTable(headers: table.headers, alignments: table.alignments, rows: table.rows.map { row in
                    row.map { MarkdownTable.Cell($0.text, style: Self.style($0.emphasis)) }
                }).lines()
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(_ spans: [ReportSpan], atLineStart: Bool) -> String {
        spans.enumerated().map { i, span in
            let style = style(span.emphasis)
            return style == .plain ? MarkdownText.escape(span.text, atLineStart: atLineStart && i == 0)
                : MarkdownText.styled(span.text, style)
        }.joined()
    }

    private static func style(_ emphasis: ReportEmphasis) -> MarkdownText.Style {
        switch emphasis {
        case .plain, .fair, .muted: return .plain
        case .strong, .flag: return .strong
        case .reference, .undefined, .caution: return .emphasis
        }
    }
}
