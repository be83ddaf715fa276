/// Splits Markdown lines into blocks (CommonMark 0.31 block structure with GFM tables), collecting
/// link reference definitions on the way.
///
/// Containers (block quotes, list items) are parsed by stripping their markers and indentation
/// and parsing the inner lines again. Supported: ATX and setext headings, paragraphs, fenced and
/// indented code, block quotes with lazy continuation, nested bullet and ordered lists (tight or
/// loose), pipe tables, thematic breaks, single-line link definitions, and HTML comments (dropped,
/// as GitHub hides them). Any other HTML is ordinary paragraph text.
struct MarkdownBlockParser {
    /// Link reference definitions by normalised label; the first definition of a label wins.
    private(set) var definitions: [String: String] = [:]

    /// Parses a whole document.
    mutating func parse(_ source: String) -> [MarkdownBlock] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, raw in
            SourceLine(text: Self.expandingLeadingTabs(raw.hasSuffix("\r") ? raw.dropLast() : raw), number: index + 1)
        }
        return parseBlocks(lines).blocks
    }

    /// The blocks of `lines`, and whether a blank line separated two of them (which makes a list
    /// item loose).
    private mutating func parseBlocks(_ lines: [SourceLine]) -> (blocks: [MarkdownBlock], blankBetween: Bool) {
        var blocks: [MarkdownBlock] = []
        var blankBetween = false
        var sawBlank = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                sawBlank = true
                index += 1
                continue
            }
            if sawBlank, !blocks.isEmpty { blankBetween = true }
            sawBlank = false
            let (block, next) = parseBlock(lines, at: index)
            if let block { blocks.append(block) }
            index = next
        }
        return (blocks, blankBetween)
    }

    /// The block starting at the non-blank line `index` (nil for definitions and comments, which
    /// show nothing) and the index after it.
    private mutating func parseBlock(_ lines: [SourceLine], at index: Int) -> (MarkdownBlock?, Int) {
        let text = lines[index].text
        if text.leadingSpaces >= 4 { return parseIndentedCode(lines, at: index) }
        if let fence = MarkdownLineSyntax.fenceOpening(text) { return parseFencedCode(lines, at: index, fence: fence) }
        if MarkdownLineSyntax.opensHTMLComment(text) { return (nil, endOfHTMLComment(lines, at: index)) }
        if let heading = MarkdownLineSyntax.atxHeading(text) {
            return (.heading(level: heading.level, text: heading.text, line: lines[index].number), index + 1)
        }
        if MarkdownLineSyntax.isThematicBreak(text) { return (.rule, index + 1) }
        if MarkdownLineSyntax.quoteContent(text) != nil { return parseQuote(lines, at: index) }
        if let marker = MarkdownLineSyntax.listMarker(text) { return parseList(lines, at: index, first: marker) }
        if startsTable(lines, at: index) { return parseTable(lines, at: index) }
        if let definition = MarkdownLineSyntax.linkDefinition(text) {
            if definitions[definition.label] == nil { definitions[definition.label] = definition.destination }
            return (nil, index + 1)
        }
        return parseParagraph(lines, at: index)
    }

    /// Whether `line` ends a paragraph by starting another block. A list item interrupts only
    /// when it has content and, if ordered, starts at 1 (CommonMark 5.2), so that "in\n2024. we"
    /// stays one paragraph.
    private func interruptsParagraph(_ line: Substring) -> Bool {
        if MarkdownLineSyntax.atxHeading(line) != nil || MarkdownLineSyntax.isThematicBreak(line)
            || MarkdownLineSyntax.fenceOpening(line) != nil || MarkdownLineSyntax.quoteContent(line) != nil
            || MarkdownLineSyntax.opensHTMLComment(line) {
            return true
        }
        if let marker = MarkdownLineSyntax.listMarker(line), !marker.isEmpty, marker.number == nil || marker.number == 1 {
            return true
        }
        return false
    }

    private func parseParagraph(_ lines: [SourceLine], at start: Int) -> (MarkdownBlock?, Int) {
        var text: [Substring] = [lines[start].text.drop(while: { $0 == " " })]
        var index = start + 1
        while index < lines.count {
            let line = lines[index].text
            if lines[index].isBlank { break }
            if let level = MarkdownLineSyntax.setextUnderline(line) {
                let heading = text.joined(separator: "\n").trimmingSpaces()
                return (.heading(level: level, text: String(heading), line: lines[start].number), index + 1)
            }
            if interruptsParagraph(line) || startsTable(lines, at: index) { break }
            text.append(line.drop(while: { $0 == " " }))
            index += 1
        }
        // Trailing spaces on the last line are not a hard break.
        return (.paragraph(String(text.joined(separator: "\n").trimmingSpaces())), index)
    }

    private func parseIndentedCode(_ lines: [SourceLine], at start: Int) -> (MarkdownBlock?, Int) {
        var code: [String] = []
        var index = start
        while index < lines.count, lines[index].isBlank || lines[index].text.leadingSpaces >= 4 {
            code.append(String(lines[index].droppingIndent(4).text))
            index += 1
        }
        while let last = code.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) {
            code.removeLast()
            index -= 1
        }
        return (.code(language: nil, lines: code), index)
    }

    private func parseFencedCode(_ lines: [SourceLine], at start: Int,
                                 fence: (indent: Int, marker: Character, length: Int, language: String?)) -> (MarkdownBlock?, Int) {
        var code: [String] = []
        var index = start + 1
        while index < lines.count {
            if MarkdownLineSyntax.closesFence(lines[index].text, marker: fence.marker, length: fence.length) {
                return (.code(language: fence.language, lines: code), index + 1)
            }
            code.append(String(lines[index].droppingIndent(fence.indent).text))
            index += 1
        }
        // An unclosed fence runs to the end of its container (CommonMark 4.5).
        return (.code(language: fence.language, lines: code), index)
    }

    private func endOfHTMLComment(_ lines: [SourceLine], at start: Int) -> Int {
        var index = start
        while index < lines.count {
            if lines[index].text.contains("-->") { return index + 1 }
            index += 1
        }
        return index
    }

    private mutating func parseQuote(_ lines: [SourceLine], at start: Int) -> (MarkdownBlock?, Int) {
        var inner: [SourceLine] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if let content = MarkdownLineSyntax.quoteContent(line.text) {
                inner.append(SourceLine(text: Self.expandingLeadingTabs(content), number: line.number))
            } else if !line.isBlank, let last = inner.last, !last.isBlank, !interruptsParagraph(line.text),
                      MarkdownLineSyntax.listMarker(line.text) == nil {
                // Lazy continuation: a paragraph inside the quote goes on without the ">".
                inner.append(line)
            } else {
                break
            }
            index += 1
        }
        return (.quote(parseBlocks(inner).blocks), index)
    }

    private mutating func parseList(_ lines: [SourceLine], at start: Int,
                                    first: MarkdownLineSyntax.ListMarker) -> (MarkdownBlock?, Int) {
        var items: [[MarkdownBlock]] = []
        var isTight = true
        var index = start
        while index < lines.count, let marker = MarkdownLineSyntax.listMarker(lines[index].text),
              marker.continues(first), !MarkdownLineSyntax.isThematicBreak(lines[index].text) {
            if !items.isEmpty, lines[index - 1].isBlank { isTight = false }
            let firstLine = lines[index]
            var itemLines = [marker.isEmpty ? SourceLine(text: "", number: firstLine.number)
                                            : SourceLine(text: firstLine.text.dropFirst(marker.contentColumn), number: firstLine.number)]
            index += 1
            while index < lines.count {
                let line = lines[index]
                if line.isBlank {
                    // An item can begin with at most one blank line.
                    if itemLines.count == 1, marker.isEmpty { break }
                    itemLines.append(SourceLine(text: "", number: line.number))
                } else if line.text.leadingSpaces >= marker.contentColumn {
                    itemLines.append(line.droppingIndent(marker.contentColumn))
                } else if let last = itemLines.last, !last.isBlank, !interruptsParagraph(line.text),
                          MarkdownLineSyntax.listMarker(line.text) == nil {
                    itemLines.append(line)  // lazy continuation of the item's paragraph
                } else {
                    break
                }
                index += 1
            }
            // Blank lines after the item belong to what follows it.
            while let last = itemLines.last, last.isBlank, itemLines.count > 1 {
                itemLines.removeLast()
                index -= 1
            }
            let (blocks, blankBetween) = parseBlocks(itemLines)
            if blankBetween { isTight = false }
            items.append(blocks)
            // Step over blank lines only if another item of this list follows them.
            var next = index
            while next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count, let following = MarkdownLineSyntax.listMarker(lines[next].text),
                  following.continues(first), !MarkdownLineSyntax.isThematicBreak(lines[next].text) else { break }
            index = next
        }
        return (.list(MarkdownList(marker: first.marker, start: first.number, isTight: isTight, items: items)), index)
    }

    /// A table starts where a line with a pipe is followed by a delimiter row with as many cells.
    private func startsTable(_ lines: [SourceLine], at index: Int) -> Bool {
        guard index + 1 < lines.count, lines[index].text.contains("|"),
              let alignments = MarkdownLineSyntax.tableAlignments(lines[index + 1].text) else { return false }
        return MarkdownLineSyntax.tableCells(lines[index].text).count == alignments.count
    }

    private func parseTable(_ lines: [SourceLine], at start: Int) -> (MarkdownBlock?, Int) {
        let header = MarkdownLineSyntax.tableCells(lines[start].text)
        let alignments = MarkdownLineSyntax.tableAlignments(lines[start + 1].text) ?? []
        var rows: [[String]] = []
        var index = start + 2
        while index < lines.count, !lines[index].isBlank, !interruptsParagraph(lines[index].text) {
            let cells = MarkdownLineSyntax.tableCells(lines[index].text)
            rows.append((0..<header.count).map { $0 < cells.count ? cells[$0] : "" })
            index += 1
        }
        return (.table(PipeTable(alignments: alignments, header: header, rows: rows)), index)
    }

    /// Tabs in the indentation become spaces to the next multiple of four (CommonMark 2.2), so
    /// that indentation can be counted in spaces; tabs after the first other character stay.
    static func expandingLeadingTabs(_ line: Substring) -> Substring {
        guard line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") else { return line }
        var expanded = ""
        var rest = line[...]
        while let first = rest.first, first == " " || first == "\t" {
            expanded += first == " " ? " " : String(repeating: " ", count: 4 - expanded.count % 4)
            rest = rest.dropFirst()
        }
        return Substring(expanded + rest)
    }
}
