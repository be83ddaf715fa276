/// A report of the toolkit, in the one shape every renderer reads: its content as a
/// `ReportDocument` (which the terminal, Markdown and HTML renderings share, so they agree line for
/// line) and its JSON, a contract of its own with a format version and stable field names.
///
/// Each report kind (`AuditReport` now; training, prediction, mitigation and explanation reports
/// later) conforms; the workbench picks the format and where the text goes.
public protocol DocumentReport: Sendable {
    /// The report's content, written once for every format but JSON.
    var document: ReportDocument { get }
    /// The report as JSON: pretty, keys sorted, ending in a newline.
    func json() throws -> String
}
