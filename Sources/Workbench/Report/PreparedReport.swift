import FairKit
import Foundation

/// A report a workbench request has made (`AuditRequest.report`), ready to go where the command
/// line says: rendered in a `ReportFormat` to standard output, or written to a file. Every report
/// command takes this one route: the toolkit builds the document, the workbench renders and
/// writes it, the CLI only picks the format and the destination.
public struct PreparedReport: Sendable {
    /// The report.
    let report: any DocumentReport
    /// What the report is called in "Wrote the audit (html) to ...".
    public let name: String
    /// How many findings it has (an audit's flags), for `--fail-on-flag` and the "Wrote" line.
    public let findings: Int
    /// The noun of one finding ("flag").
    public let finding: String

    /// `report`, called `name`, with `findings` of kind `finding`.
    public init(_ report: any DocumentReport, name: String, findings: Int, finding: String) {
        self.report = report
        self.name = name
        self.findings = findings
        self.finding = finding
    }

    /// The width of text written to a file with `--out`.
    public static let fileWidth = 100

    /// The report in `format`: to standard output (`out` nil), laid out `width` columns wide; or
    /// written whole to the file `out` (relative to `currentDirectory`, never styled,
    /// `fileWidth` columns), which delivers the line that says where it went. A Markdown file's
    /// charts are written beside it as SVG files (`ReportDocument.imageFile`), which it refers to.
    public func deliver(as format: ReportFormat, to out: String?, currentDirectory: URL, width: Int) throws -> ReportDelivery {
        guard let out else { return try format.rendered(report, width: width) }
        let text: String
        var charts: [Chart] = []
        if format == .markdown {
            // Markdown refers to its charts as SVG files saved beside it.
            let document = report.document
            text = document.markdown(chartImages: "")
            charts = document.charts
        } else {
            switch try format.rendered(report, width: Self.fileWidth) {
            case .lines(let lines): text = TerminalStyle.plain.render(lines: lines) + "\n"
            case .text(let whole): text = whole
            }
        }
        let url = try OutputFile.write(text, to: out, currentDirectory: currentDirectory)
        for chart in charts {
            let image = url.deletingLastPathComponent().appendingPathComponent(ReportDocument.imageFile(chart))
            _ = try OutputFile.write(chart.svgFile(), to: image.path, currentDirectory: currentDirectory)
        }
        return .lines([StyledText("Wrote \(name) (\(format.rawValue)) to ") + StyledText(url.path, style: .path)
                       + StyledText(": \(findings) \(finding)\(findings == 1 ? "" : "s").")])
    }
}
