import FairKit

/// The formats a report is rendered in, `--format`'s values. One switch over them
/// (`rendered(_:width:)`) serves every report kind and every destination.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Laid out for the terminal (`ReportText`): styled on a terminal, plain in a pipe or a file.
    case text
    /// The report's own JSON contract (`DocumentReport.json()`).
    case json
    /// CommonMark with GitHub's tables (`ReportDocument.markdown()`).
    case markdown
    /// A self-contained HTML page (`ReportDocument.html()`).
    case html

    /// `--format`'s help line.
    public static let optionHelp = "text, json, markdown or html."

    /// `report` in this format: styled lines `width` columns wide for text, the whole text for
    /// the others.
    func rendered(_ report: any DocumentReport, width: Int) throws -> ReportDelivery {
        switch self {
        case .text: return .lines(ReportText.render(report.document, width: width))
        case .json: return .text(try report.json())
        case .markdown: return .text(report.document.markdown())
        case .html: return .text(report.document.html())
        }
    }
}

/// What a command prints for a report: styled lines (painted as standard output allows) or text
/// written as is.
public enum ReportDelivery: Sendable {
    /// Laid-out lines (the text format, or the line saying where a file went).
    case lines([StyledText])
    /// The whole text (JSON, Markdown, HTML), ending in a newline.
    case text(String)
}
