extension ReportFormat {
    /// The format a file name asks for by its extension: `.html`/`.htm` HTML, `.md`/`.markdown`
    /// Markdown, `.json` JSON, `.txt` text; nil for any other (the caller keeps its default).
    ///
    /// Example: "card.html" is `.html`, "reports/Card.MD" is `.markdown`, "card" is nil.
    public static func inferred(fromPath path: String) -> ReportFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        case "json": return .json
        case "txt", "text": return .text
        default: return nil
        }
    }
}
