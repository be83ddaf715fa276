extension ReportDocument {
    /// The document as Markdown (CommonMark with GitHub's tables): `#` headings, paragraphs, `-`
    /// lists and pipe tables, every piece of text escaped. Flags and labels are bold; the
    /// reference group, undefined values and caveats italic. Cell notes are not shown: a document
    /// that needs them lists them in its own blocks.
    ///
    /// A chart is its summary and its table; with `chartImages`, an image reference comes first,
    /// `![title](chartImages/<chart id>.svg)` (`chartImages` "" for the report's own folder), for a
    /// writer that saves each chart's `svgFile()` there.
    public func markdown(chartImages: String? = nil) -> String {
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
                lines += Self.markdown(table)
            case .chart(let chart):
                if let folder = chartImages {
                    let path = (folder.isEmpty ? "" : folder + "/") + Self.imageFile(chart)
                    lines.append("![\(MarkdownText.escape(chart.title))](<\(path)>)")
                    lines.append("")
                }
                lines.append(MarkdownText.escape(chart.summary, atLineStart: true))
                lines.append("")
                lines += Self.markdown(chart.table)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file name a chart's SVG is saved under beside a Markdown report.
    public static func imageFile(_ chart: Chart) -> String { chart.id + ".svg" }

    private static func markdown(_ table: ReportTable) -> [String] {
        MarkdownTable(headers: table.headers, alignments: table.alignments, rows: table.rows.map { row in
            row.map { MarkdownTable.Cell($0.text, style: Self.style($0.emphasis)) }
        }).lines()
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
