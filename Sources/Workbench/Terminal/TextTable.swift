/// A table laid out in aligned columns: the command tables of `learn list`, `verify` and `audit`
/// (no border) and the Markdown tables of lessons (pipe border).
///
/// Columns take the width of their widest cell. When that is wider than the space, columns shrink
/// towards their longest word and cells wrap inside them (see `fitColumnWidths`). Without a
/// border, a row that spans several lines is then set off from its neighbours by a blank line, so
/// that the rows stay distinguishable; with pipes the empty cells of its continuation lines do
/// that already, and a rule between every row would bury a lesson's table in lines.
public struct TextTable: Sendable, Equatable {
    /// How columns are delimited.
    public enum Border: Sendable, Equatable {
        /// Two spaces between columns, the header underlined with dashes:
        /// ```
        /// ID            POINTS
        /// ------------  ------
        /// seeded-split      10
        /// ```
        case none
        /// Pipes around every cell, a rule under the header:
        /// ```
        /// | Group  |  TPR |
        /// |--------|------|
        /// | female | 0.61 |
        /// ```
        case pipes
    }

    /// The header cells, shown in `headerStyle`.
    public var headers: [StyledText]
    /// One alignment per column; missing entries are `.left`.
    public var alignments: [TextAlignment]
    /// Rows may be shorter than the header (the missing cells are empty) or longer (extra columns).
    public var rows: [[StyledText]]
    /// Added to every header cell.
    public var headerStyle: TextStyle = .heading

    /// A table of styled cells (a green "passed", a red "failed").
    public init(headers: [StyledText], alignments: [TextAlignment] = [], rows: [[StyledText]]) {
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
    }

    /// A table of plain strings.
    public init(headers: [String], alignments: [TextAlignment] = [], rows: [[String]]) {
        self.init(headers: headers.map { StyledText($0) }, alignments: alignments,
                  rows: rows.map { $0.map { StyledText($0) } })
    }

    /// The table as lines of at most `width` columns (more only when even one column per table
    /// column does not fit).
    public func render(width: Int, border: Border) -> [StyledText] {
        let columnCount = ([headers.count] + rows.map(\.count)).max() ?? 0
        guard columnCount > 0 else { return [] }
        let header = (0..<columnCount).map { $0 < headers.count ? headers[$0].adding(headerStyle) : StyledText() }
        let body = rows.map { row in (0..<columnCount).map { $0 < row.count ? row[$0] : StyledText() } }
        let allRows = [header] + body

        let natural = (0..<columnCount).map { c in allRows.map { $0[c].wrapped(toWidth: .max).map(\.displayWidth).max() ?? 0 }.max() ?? 0 }
        let longestWord = (0..<columnCount).map { c in allRows.map { $0[c].longestWordWidth }.max() ?? 0 }
        let overhead = border == .pipes ? 3 * columnCount + 1 : 2 * (columnCount - 1)
        let widths = fitColumnWidths(natural: natural, minimum: longestWord, available: width - overhead)

        let wrappedRows = allRows.map { row in row.indices.map { row[$0].wrapped(toWidth: widths[$0]) } }
        let separateRows = border == .none && wrappedRows.dropFirst().contains { row in row.contains { $0.count > 1 } }
        let rule = ruleLine(widths: widths, border: border)

        var lines: [StyledText] = []
        for (index, row) in wrappedRows.enumerated() {
            if index > 1, separateRows { lines.append(StyledText()) }
            let height = max(1, row.map(\.count).max() ?? 1)
            for lineIndex in 0..<height {
                let cells = row.indices.map { c in
                    (lineIndex < row[c].count ? row[c][lineIndex] : StyledText())
                        .padded(to: widths[c], alignment: alignment(of: c))
                }
                lines.append(join(cells, border: border))
            }
            if index == 0 { lines.append(rule) }
        }
        return lines
    }

    /// The rendered table as a string, painted by `style`.
    public func render(width: Int, border: Border, style: TerminalStyle) -> String {
        style.render(lines: render(width: width, border: border))
    }

    private func alignment(of column: Int) -> TextAlignment {
        column < alignments.count ? alignments[column] : .left
    }

    private func join(_ cells: [StyledText], border: Border) -> StyledText {
        switch border {
        case .none:
            var line = StyledText()
            for (index, cell) in cells.enumerated() {
                if index > 0 { line.append("  ") }
                line.append(cell)
            }
            return line.trimmingTrailingSpaces()
        case .pipes:
            var line = StyledText("|")
            for cell in cells {
                line.append(" ")
                line.append(cell)
                line.append(" |")
            }
            return line
        }
    }

    private func ruleLine(widths: [Int], border: Border) -> StyledText {
        switch border {
        case .none:
            // A column without a header (a marker column) gets no rule either.
            let rules = zip(headers, widths).map { header, width in
                String(repeating: header.isEmpty ? " " : "-", count: width)
            }
            return StyledText(rules.joined(separator: "  "), style: .dim)
        case .pipes:
            return StyledText("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
        }
    }
}

extension StyledText {
    /// Columns of the widest word, the narrowest a wrapped column can be without cutting a word.
    var longestWordWidth: Int {
        plainText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(\.displayWidth).max() ?? 0
    }
}

/// Column widths for a table that must fit `available` columns of text (borders excluded).
///
/// - When every column's natural width (its widest cell) fits, columns take it.
/// - Else, when the longest words fit, each column gets its longest word's width and the space
///   left is shared out in proportion to what each column still lacks of its natural width
///   (rounded down, the remainder one column at a time from the left), so wide prose columns
///   shrink most and a numeric column rarely wraps.
/// - Else words must be cut: the space is shared in proportion to the longest words, at least one
///   column each.
func fitColumnWidths(natural: [Int], minimum: [Int], available: Int) -> [Int] {
    let minimum = zip(minimum, natural).map { Swift.min($0, $1) }
    if natural.reduce(0, +) <= available { return natural }
    let minimumTotal = minimum.reduce(0, +)
    guard minimumTotal <= available else {
        let share = max(0, available)
        return minimum.map { max(1, minimumTotal == 0 ? 1 : share * $0 / minimumTotal) }
    }
    let lacking = zip(natural, minimum).map { $0 - $1 }
    let lackingTotal = lacking.reduce(0, +)
    let extra = available - minimumTotal
    var widths = zip(minimum, lacking).map { $0 + extra * $1 / lackingTotal }
    var left = available - widths.reduce(0, +)
    for index in widths.indices where left > 0 && widths[index] < natural[index] {
        widths[index] += 1
        left -= 1
    }
    return widths
}
