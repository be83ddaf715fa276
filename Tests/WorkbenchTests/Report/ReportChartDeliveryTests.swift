import FairKit
import Foundation
import XCTest
@testable import Workbench

/// Charts on the report route: bars on the terminal, the table for other charts, and SVG files
/// written beside a Markdown report that refers to them.
final class ReportChartDeliveryTests: XCTestCase {
    private struct Charted: DocumentReport {
        static let bars = GroupBarChart(title: "Rates", quantity: "Rate", unit: "share", bars: [.init("a", .value(0.5)), .init("b", .value(0.2))],
                                        reference: 0, band: .around(reference: 0.5, tau: 0.8), ceiling: 1)
        static let roc = ROCChart(title: "ROC", curves: [.init("a", falsePositiveRates: [0, 1], truePositiveRates: [0, 1], area: 0.5)])
        var document: ReportDocument { ReportDocument(title: "Charted", blocks: [.chart(Self.bars.chart()), .chart(Self.roc.chart())]) }
        func json() throws -> String { "{}\n" }
    }

    func testTheTerminalDrawsBarsAndTablesForOtherCharts() throws {
        let report = PreparedReport(Charted(), name: "the report", findings: 0, finding: "flag")
        guard case .lines(let lines) = try report.deliver(as: .text, to: nil, currentDirectory: URL(fileURLWithPath: "/"), width: 80) else {
            return XCTFail("text is styled lines")
        }
        let text = lines.map(\.plainText)
        XCTAssertEqual(text, ["Charted", "======="] + [""] + TerminalBarChart.render(Charted.bars, width: 80).map(\.plainText)
                             + ["", "ROC"] + text.suffix(3))
        XCTAssertTrue(text.suffix(3).first?.hasPrefix("Group    AUC") ?? false, "the ROC chart's table: \(text.suffix(3))")
    }

    func testMarkdownWithOutWritesTheChartsBesideIt() throws {
        let folder = try TemporaryWorkspace()
        defer { folder.remove() }
        let report = PreparedReport(Charted(), name: "the report", findings: 0, finding: "flag")
        _ = try report.deliver(as: .markdown, to: "report.md", currentDirectory: folder.root, width: 80)
        let markdown = try folder.read("report.md")
        for chart in Charted().document.charts {
            let file = ReportDocument.imageFile(chart)
            XCTAssertTrue(markdown.contains("](<\(file)>)"), "the report refers to \(file)")
            XCTAssertEqual(try folder.read(file), chart.svgFile())
        }
    }
}
