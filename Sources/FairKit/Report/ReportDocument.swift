/// A report as structure, before any format: headings, paragraphs, lists and tables whose pieces
/// say what they are (a flag, the reference group, an undefined value), not how they look.
///
/// One builder writes a report's content once (`AuditReport.document`); each format renders the
/// same document its own way: Markdown (`markdown()`), a self-contained HTML page (`html()`) and
/// the terminal (the workbench's text renderer). Later reports (model cards) and block kinds
/// extend this type; renderers must handle every block.
public struct ReportDocument: Sendable, Equatable {
    /// The document's title (the one level-1 heading).
    public var title: String
    /// The content, in order.
    public var blocks: [ReportBlock]

    /// A document of `blocks` under `title`.
    public init(title: String, blocks: [ReportBlock] = []) {
        self.title = title
        self.blocks = blocks
    }
}

/// One block of a report.
public enum ReportBlock: Sendable, Equatable {
    /// A heading of `level` 2 (a section) or 3 (a part of one).
    case heading(level: Int, text: String)
    /// A paragraph of inline pieces.
    case paragraph([ReportSpan])
    /// A bulleted list; each item is a line of inline pieces.
    case list([[ReportSpan]])
    case table(ReportTable)
    /// A chart (`Chart`): inline SVG with its table in HTML, an image reference and the table in
    /// Markdown, Unicode bars (or the table) on the terminal.
    case chart(Chart)
}

extension ReportDocument {
    /// The document's charts, in order (the Markdown writer saves each as an SVG file beside the report).
    public var charts: [Chart] {
        blocks.compactMap { if case .chart(let chart) = $0 { return chart } else { return nil } }
    }
}

/// What a piece of text is, which each format shows its own way.
public enum ReportEmphasis: String, Sendable, Equatable, CaseIterable {
    /// Ordinary text.
    case plain
    /// A label or key term.
    case strong
    /// A finding that is flagged (outside the fairness threshold).
    case flag
    /// A value within the threshold, or a fair verdict.
    case fair
    /// The group others are compared with.
    case reference
    /// An undefined value.
    case undefined
    /// A caveat: a group too small to judge.
    case caution
    /// Secondary text: notes, formulas.
    case muted
}

/// A run of text with one emphasis.
public struct ReportSpan: Sendable, Equatable, ExpressibleByStringLiteral {
    /// The text, as is (renderers escape it).
    public var text: String
    /// What the text is.
    public var emphasis: ReportEmphasis

    /// `text` with `emphasis`.
    public init(_ text: String, _ emphasis: ReportEmphasis = .plain) {
        self.text = text
        self.emphasis = emphasis
    }

    /// Plain text from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A table of cells under a header row.
public struct ReportTable: Sendable, Equatable {
    /// Where a column's cells sit.
    public enum Alignment: Sendable, Equatable {
        case left, right
    }

    /// The header row's cells.
    public var headers: [String]
    /// One per column; numbers are right-aligned.
    public var alignments: [Alignment]
    /// The rows, each a cell per column.
    public var rows: [[ReportCell]]

    /// A table of `rows` under `headers`.
    public init(headers: [String], alignments: [Alignment], rows: [[ReportCell]]) {
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
    }

    /// The alignment of column `column` (left when not given).
    public func alignment(of column: Int) -> Alignment {
        column < alignments.count ? alignments[column] : .left
    }
}

/// One table cell: text, what it is, and an optional note (an undefined value's reason) that
/// formats able to show it on demand attach to the cell.
public struct ReportCell: Sendable, Equatable, ExpressibleByStringLiteral {
    /// The text, as is (renderers escape it).
    public var text: String
    /// What the cell is.
    public var emphasis: ReportEmphasis
    /// More about the cell (an undefined value's reason).
    public var note: String?

    /// A cell of `text` with `emphasis` and an optional `note`.
    public init(_ text: String, _ emphasis: ReportEmphasis = .plain, note: String? = nil) {
        self.text = text
        self.emphasis = emphasis
        self.note = note
    }

    /// A plain cell from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
