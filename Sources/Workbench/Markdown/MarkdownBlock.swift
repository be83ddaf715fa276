/// The block structure of a Markdown document. Inline content (paragraph text, heading text,
/// table cells) stays raw here and is parsed when rendered, because link reference definitions
/// anywhere in the document apply to it.
indirect enum MarkdownBlock: Sendable, Equatable {
    /// An ATX (`## Title`) or setext (`Title` over `---`) heading; `line` is its first source line.
    case heading(level: Int, text: String, line: Int)
    /// Paragraph text, its lines joined with "\n" (soft or hard breaks, decided inline).
    case paragraph(String)
    /// A fenced or indented code block, lines verbatim; `language` is the info string's first word.
    case code(language: String?, lines: [String])
    case quote([MarkdownBlock])
    case list(MarkdownList)
    case table(PipeTable)
    /// A thematic break (`---`, `***`, `___`).
    case rule
}

struct MarkdownList: Sendable, Equatable {
    /// The item marker: "-", "*" or "+" for a bullet list, "." or ")" after the number for an
    /// ordered one (a list ends where the marker changes).
    var marker: Character
    /// The first number of an ordered list, nil for a bullet list.
    var start: Int?
    /// Tight lists (no blank line between items or between an item's blocks) render without blank
    /// lines, as CommonMark renders them without `<p>`.
    var isTight: Bool
    var items: [[MarkdownBlock]]
}

/// A GitHub pipe table. Every row has exactly as many cells as the header (GFM pads short rows
/// and drops surplus cells).
struct PipeTable: Sendable, Equatable {
    var alignments: [TextAlignment]
    var header: [String]
    var rows: [[String]]
}

/// One source line with its 1-based number in the document, kept through container parsing so
/// that headings nested in quotes or lists still know where they are.
struct SourceLine: Sendable, Equatable {
    var text: Substring
    var number: Int

    var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

    /// The line without its first `columns` leading spaces (fewer if it has fewer).
    func droppingIndent(_ columns: Int) -> SourceLine {
        SourceLine(text: text.dropFirst(min(columns, text.leadingSpaces)), number: number)
    }
}

extension StringProtocol {
    /// Spaces before the first other character.
    var leadingSpaces: Int { prefix(while: { $0 == " " }).count }
}
