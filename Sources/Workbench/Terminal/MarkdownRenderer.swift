/// Renders lesson Markdown as terminal text laid out to a width.
///
/// The layout is the same with styling on or off; styling only adds escape codes, so the plain
/// rendering (for pipes, files and NO_COLOR) is exactly the styled one with the codes removed:
///
/// - Headings: levels 1 and 2 underlined with "=" and "-", deeper levels keep their "###" marks.
/// - Paragraphs: re-wrapped to the width, hard breaks kept; a word longer than the width (a URL)
///   gets a line of its own rather than a newline inside it. `*x*` is italic, `**x**` bold, `code`
///   cyan; the markers themselves are not shown.
/// - Links: `text (url)`; an autolink shows its URL once.
/// - Code blocks: verbatim, indented four spaces, never wrapped (wrapping would change the code).
/// - Block quotes: "> " before each line. Lists: "-", "*", "+" by depth or the item number,
///   continuation lines under the item's text. Tight lists stay tight, loose ones get blank lines.
/// - Tables: pipes, columns sized to their cells and aligned as the delimiter row says, cells
///   wrapped when the table is wider than the width (see `TextTable`).
/// - Thematic breaks: a dashed line across the width.
/// - Blocks are separated by one blank line; the result has no trailing newline.
public struct MarkdownRenderer: Sendable {
    /// Whether to emit escape codes; the layout does not depend on it.
    public var style: TerminalStyle
    /// Columns to fill. Nested content keeps at least `minimumContentWidth` columns however deep.
    public var width: Int

    /// Narrowest text column nested quotes and lists are squeezed to.
    static let minimumContentWidth = 10

    /// A renderer for one output: usually `Terminal.style` and `Terminal.width`.
    public init(style: TerminalStyle, width: Int) {
        self.style = style
        self.width = width
    }

    /// The rendering of a Markdown source.
    public func render(_ markdown: String) -> String {
        render(MarkdownDocument(markdown))
    }

    /// The rendering of a parsed document (or of a section cut from one).
    public func render(_ document: MarkdownDocument) -> String {
        style.render(lines: lines(for: document))
    }

    /// The rendering as styled lines, for callers that frame or indent it further.
    public func lines(for document: MarkdownDocument) -> [StyledText] {
        let context = Context(inline: MarkdownInlineParser(definitions: document.definitions))
        return context.render(document.blocks, width: max(1, width), depth: 0, tight: false)
    }

    /// Bullets by nesting depth, cycling.
    static let bullets = ["-", "*", "+"]

    /// Styles of heading levels 1, 2, 3 and deeper.
    static let headingStyles: [TextStyle] = [[.bold, .magenta], [.bold, .cyan], [.bold], [.bold, .dim]]

    private struct Context {
        let inline: MarkdownInlineParser

        func render(_ blocks: [MarkdownBlock], width: Int, depth: Int, tight: Bool) -> [StyledText] {
            var lines: [StyledText] = []
            for block in blocks {
                let rendered = render(block, width: width, depth: depth)
                guard !rendered.isEmpty else { continue }
                if !lines.isEmpty, !tight { lines.append(StyledText()) }
                lines.append(contentsOf: rendered)
            }
            return lines
        }

        func render(_ block: MarkdownBlock, width: Int, depth: Int) -> [StyledText] {
            switch block {
            case .heading(let level, let text, _):
                return heading(level: level, text: text, width: width)
            case .paragraph(let text):
                return styled(text).wrapped(toWidth: width, breakingLongWords: false)
            case .code(_, let lines):
                // Blank code lines stay empty rather than four spaces of trailing whitespace.
                return lines.map { $0.allSatisfy { $0 == " " } ? StyledText() : StyledText("    " + $0, style: .code) }
            case .quote(let blocks):
                let inner = render(blocks, width: nestedWidth(width, indent: 2), depth: depth, tight: false)
                return inner.map { line in
                    line.isEmpty ? StyledText(">", style: .dim) : StyledText("> ", style: .dim) + line
                }
            case .list(let list):
                return render(list, width: width, depth: depth)
            case .table(let table):
                return TextTable(headers: table.header.map(styled), alignments: table.alignments,
                                 rows: table.rows.map { $0.map(styled) }).render(width: width, border: .pipes)
            case .rule:
                return [StyledText(String(repeating: "-", count: width), style: .dim)]
            }
        }

        func heading(level: Int, text: String, width: Int) -> [StyledText] {
            let style = MarkdownRenderer.headingStyles[min(level, MarkdownRenderer.headingStyles.count) - 1]
            let content = styled(text).adding(style)
            if level <= 2 {
                let lines = content.wrapped(toWidth: width, breakingLongWords: false)
                let underline = String(repeating: level == 1 ? "=" : "-",
                                       count: lines.map(\.displayWidth).max() ?? 0)
                return lines + [StyledText(underline, style: style)]
            }
            let marks = String(repeating: "#", count: level) + " "
            return hanging(content.wrapped(toWidth: nestedWidth(width, indent: marks.count), breakingLongWords: false),
                           first: StyledText(marks, style: style), indent: marks.count)
        }

        func render(_ list: MarkdownList, width: Int, depth: Int) -> [StyledText] {
            let markers = list.items.indices.map { index in
                list.start.map { "\($0 + index)\(list.marker)" }
                    ?? MarkdownRenderer.bullets[depth % MarkdownRenderer.bullets.count]
            }
            let markerWidth = markers.map(\.count).max() ?? 1
            let innerWidth = nestedWidth(width, indent: markerWidth + 1)
            var lines: [StyledText] = []
            for (item, marker) in zip(list.items, markers) {
                if !lines.isEmpty, !list.isTight { lines.append(StyledText()) }
                let content = render(item, width: innerWidth, depth: depth + 1, tight: list.isTight)
                let first = StyledText(marker).padded(to: markerWidth, alignment: list.start == nil ? .left : .right)
                lines.append(contentsOf: hanging(content, first: first + " ", indent: markerWidth + 1))
            }
            return lines
        }

        /// `lines` with `first` before the first line and `indent` spaces before the others
        /// (none before empty lines, which would only leave trailing spaces).
        func hanging(_ lines: [StyledText], first: StyledText, indent: Int) -> [StyledText] {
            guard !lines.isEmpty else { return [first.trimmingTrailingSpaces()] }
            let pad = StyledText(String(repeating: " ", count: indent))
            return lines.enumerated().map { index, line in
                index == 0 ? first + line : (line.isEmpty ? line : pad + line)
            }
        }

        func nestedWidth(_ width: Int, indent: Int) -> Int {
            max(width - indent, MarkdownRenderer.minimumContentWidth)
        }

        func styled(_ source: String) -> StyledText {
            styled(inline.parse(source), style: [])
        }

        func styled(_ inlines: [MarkdownInline], style: TextStyle) -> StyledText {
            var result = StyledText()
            for inline in inlines {
                switch inline {
                case .text(let text): result.append(text, style: style)
                case .code(let code): result.append(code, style: style.union(.code))
                case .emphasis(let content): result.append(styled(content, style: style.union(.italic)))
                case .strong(let content): result.append(styled(content, style: style.union(.bold)))
                case .link(let content, let destination):
                    let text = styled(content, style: style.union(.underline))
                    result.append(text.isEmpty ? StyledText(destination, style: style.union(.underline)) : text)
                    if !text.isEmpty, text.plainText != destination, "mailto:" + text.plainText != destination {
                        result.append(" (" + destination + ")", style: style.union(.dim))
                    }
                case .image(let alt, let destination):
                    result.append(styled(alt, style: style))
                    result.append((alt.isEmpty ? "(image: " : " (image: ") + destination + ")", style: style.union(.dim))
                case .softBreak: result.append(" ", style: style)
                case .hardBreak: result.append("\n", style: style)
                }
            }
            return result
        }
    }
}
