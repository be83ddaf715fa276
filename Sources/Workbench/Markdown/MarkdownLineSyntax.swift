/// Recognisers for what one line of Markdown can start, after CommonMark 0.31
/// (https://spec.commonmark.org/0.31.2/) and GitHub Flavored Markdown tables
/// (https://github.github.com/gfm/#tables-extension-). Each takes the line as the current
/// container sees it (quote markers and list indentation already removed). Block starters allow
/// at most three spaces of indentation; four make an indented code line.
enum MarkdownLineSyntax {
    /// An ATX heading: 1-6 "#", then a space or the end of the line. The optional closing run of
    /// "#" (after a space) is not part of the text.
    static func atxHeading(_ line: Substring) -> (level: Int, text: String)? {
        guard line.leadingSpaces <= 3 else { return nil }
        let rest = line.drop(while: { $0 == " " })
        let level = rest.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let afterMarker = rest.dropFirst(level)
        guard afterMarker.isEmpty || afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        var text = afterMarker.trimmingSpaces()
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let beforeClosing = text.dropLast(closing)
            if beforeClosing.isEmpty || beforeClosing.last == " " || beforeClosing.last == "\t" {
                text = beforeClosing.trimmingSpaces()
            }
        }
        return (level, String(text))
    }

    /// Three or more "-", "*" or "_" (the same one), with nothing else but spaces.
    static func isThematicBreak(_ line: Substring) -> Bool {
        guard line.leadingSpaces <= 3 else { return false }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// The opening of a fenced code block: three or more "`" or "~", then an info string (which
    /// for a backtick fence may not contain a backtick).
    static func fenceOpening(_ line: Substring) -> (indent: Int, marker: Character, length: Int, language: String?)? {
        let indent = line.leadingSpaces
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix(while: { $0 == marker }).count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingSpaces()
        if marker == "`", info.contains("`") { return nil }
        let language = info.split(separator: " ").first.map(String.init)
        return (indent, marker, length, language)
    }

    /// Whether `line` closes a fence opened with `length` `marker`s: at least as many of the same
    /// character, then only spaces.
    static func closesFence(_ line: Substring, marker: Character, length: Int) -> Bool {
        guard line.leadingSpaces <= 3 else { return false }
        let rest = line.drop(while: { $0 == " " })
        let run = rest.prefix(while: { $0 == marker }).count
        return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The content of a block quote line: after ">" and one optional space.
    static func quoteContent(_ line: Substring) -> Substring? {
        guard line.leadingSpaces <= 3 else { return nil }
        let rest = line.drop(while: { $0 == " " })
        guard rest.first == ">" else { return nil }
        let content = rest.dropFirst()
        return content.first == " " ? content.dropFirst() : content
    }

    /// A list item marker: "-", "+" or "*", or 1-9 digits then "." or ")", followed by a space or
    /// the end of the line.
    struct ListMarker: Equatable {
        /// The bullet character, or the delimiter after the number.
        var marker: Character
        /// The number of an ordered item, nil for a bullet.
        var number: Int?
        /// The column where the item's content starts; continuation lines indented at least this
        /// far belong to the item.
        var contentColumn: Int
        /// Whether the line has nothing after the marker.
        var isEmpty: Bool

        /// Whether an item with this marker continues a list whose first item had `other`.
        func continues(_ other: ListMarker) -> Bool {
            marker == other.marker && (number == nil) == (other.number == nil)
        }
    }

    static func listMarker(_ line: Substring) -> ListMarker? {
        let indent = line.leadingSpaces
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let marker: Character
        let number: Int?
        let markerWidth: Int
        if let first = rest.first, "-+*".contains(first) {
            (marker, number, markerWidth) = (first, nil, 1)
        } else {
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...9).contains(digits.count), let value = Int(digits),
                  let delimiter = rest.dropFirst(digits.count).first, delimiter == "." || delimiter == ")" else { return nil }
            (marker, number, markerWidth) = (delimiter, value, digits.count + 1)
        }
        let afterMarker = rest.dropFirst(markerWidth)
        if afterMarker.allSatisfy({ $0 == " " || $0 == "\t" }) {
            return ListMarker(marker: marker, number: number, contentColumn: indent + markerWidth + 1, isEmpty: true)
        }
        let spaces = afterMarker.leadingSpaces
        guard spaces >= 1 || afterMarker.first == "\t" else { return nil }
        // Five or more spaces: the content is indented code, and the item starts one space in.
        // A tab after the marker counts as the one separating space.
        let contentColumn = indent + markerWidth + (spaces >= 5 || spaces == 0 ? 1 : spaces)
        return ListMarker(marker: marker, number: number, contentColumn: contentColumn, isEmpty: false)
    }

    /// A setext heading underline: only "=" (level 1) or only "-" (level 2), trailing spaces allowed.
    static func setextUnderline(_ line: Substring) -> Int? {
        guard line.leadingSpaces <= 3 else { return nil }
        let marks = line.trimmingSpaces()
        guard let first = marks.first, first == "=" || first == "-", marks.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// The start of an HTML comment, which GitHub does not show and neither do we.
    static func opensHTMLComment(_ line: Substring) -> Bool {
        line.leadingSpaces <= 3 && line.drop(while: { $0 == " " }).hasPrefix("<!--")
    }

    /// A single-line link reference definition, `[label]: destination "optional title"`.
    static func linkDefinition(_ line: Substring) -> (label: String, destination: String)? {
        guard line.leadingSpaces <= 3 else { return nil }
        let rest = line.drop(while: { $0 == " " })
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
        let label = rest[rest.index(after: rest.startIndex)..<close]
        let afterLabel = rest[rest.index(after: close)...]
        guard !label.trimmingSpaces().isEmpty, !label.contains("["), afterLabel.first == ":" else { return nil }
        let parts = afterLabel.dropFirst().split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard var destination = parts.first else { return nil }
        if parts.count == 2 {
            let title = parts[1].trimmingSpaces()
            guard let open = title.first, let close = title.last, title.count >= 2,
                  (open == "\"" && close == "\"") || (open == "'" && close == "'") || (open == "(" && close == ")") else { return nil }
        }
        if destination.first == "<", destination.last == ">" { destination = destination.dropFirst().dropLast() }
        return (normalizedLabel(label), String(destination))
    }

    /// Labels match case-insensitively with inner whitespace collapsed (CommonMark 4.7).
    static func normalizedLabel<S: StringProtocol>(_ label: S) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// A table delimiter row: cells of `-` with optional ":" at either end, at least one pipe.
    static func tableAlignments(_ line: Substring) -> [TextAlignment]? {
        guard line.leadingSpaces <= 3, line.contains("|") else { return nil }
        var alignments: [TextAlignment] = []
        for cell in tableCells(line) {
            let dashes = cell.drop(while: { $0 == ":" }).reversed().drop(while: { $0 == ":" })
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }), cell.count - dashes.count <= 2 else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.right)
            default: alignments.append(.left)
            }
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a table row, trimmed: split on pipes not escaped by a backslash, outer pipes
    /// optional. `\|` becomes `|` in the cell, inside code spans too, as in GFM.
    static func tableCells(_ line: Substring) -> [String] {
        var body = line.trimmingSpaces()
        if body.first == "|" { body = body.dropFirst() }
        if body.last == "|", !body.dropLast().hasSuffix("\\") { body = body.dropLast() }
        var cells: [String] = []
        var cell = ""
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            let next = body.index(after: index)
            if character == "\\", next < body.endIndex, body[next] == "|" {
                cell.append("|")
                index = body.index(after: next)
                continue
            }
            if character == "|" {
                cells.append(String(cell.trimmingSpaces()))
                cell = ""
            } else {
                cell.append(character)
            }
            index = next
        }
        cells.append(String(cell.trimmingSpaces()))
        return cells
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
