import Foundation
import XCTest
@testable import FairKit

/// The audit's charts: FairnessAuditExample has Male 200 rows, selection rate (80 + 20)/200 = 0.5,
/// the reference (the largest group); Female 100 rows, (10 + 10)/100 = 0.2. τ = 0.8 gives the band
/// [0.8·0.5, 0.5/0.8] = [0.4, 0.625]; Female's 0.2/0.5 = 0.4 is flagged.
final class AuditReportChartTests: XCTestCase {
    func testEachSectionChartsSelectionRatesAndFlags() throws {
        let report = AuditReport(audit: try FairnessAuditExample.audit())
        let charts = report.document.charts
        XCTAssertEqual(charts.map(\.title), ["Selection rate by sex", "Flagged disparities in sex against Male"])

        let rates = try XCTUnwrap(charts[0].bars)
        XCTAssertEqual(rates.bars.map(\.label), ["Female", "Male"])
        XCTAssertEqual(rates.bars.map { $0.value.number }, [0.2, 0.5])
        XCTAssertEqual(rates.reference, 1)
        XCTAssertEqual(try XCTUnwrap(rates.band).lower, 0.4, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rates.band).upper, 0.625, accuracy: 1e-12)
        XCTAssertEqual(rates.standing(0), .outside)

        let flags = try XCTUnwrap(charts[1].bars)
        XCTAssertEqual(flags.bars.count, report.audit.flags.count, "every flag of the one section")
        let selection = try XCTUnwrap(flags.bars.first { $0.label == "Female · selection_rate" })
        XCTAssertEqual(try XCTUnwrap(selection.value.number), 0.4, accuracy: 1e-12)
        XCTAssertEqual(flags.band, .ratio(tau: 0.8))
        XCTAssertEqual(flags.referenceValue, 1)
        XCTAssertTrue(flags.bars.indices.allSatisfy { flags.standing($0) == .outside }, "every bar is a flag")
    }

    func testEachFormatShowsTheCharts() throws {
        let document = AuditReport(audit: try FairnessAuditExample.audit()).document
        let html = document.html()
        XCTAssertEqual(html.components(separatedBy: "<svg xmlns=").count - 1, 2, "inline SVG")
        XCTAssertEqual(html.components(separatedBy: "<figure class=\"chart\"").count - 1, 2)
        let markdown = document.markdown()
        XCTAssertFalse(markdown.contains("!["), "no image reference without a place for the images")
        XCTAssertTrue(markdown.split(separator: "\n").contains { $0.hasPrefix("| Group") && $0.contains("| Selection rate") && $0.contains("| Standing") },
                      "the chart's table")
        let withImages = document.markdown(chartImages: "")
        XCTAssertTrue(withImages.contains("![Selection rate by sex](<\(document.charts[0].id).svg>)"))
    }

    func testNoChartOfSelectionRatesWhenItIsNotAudited() throws {
        var options = FairnessAudit.Options()
        options.metrics = [.truePositiveRate]
        let report = AuditReport(audit: try FairnessAuditExample.audit(options))
        XCTAssertFalse(report.document.charts.contains { $0.title.hasPrefix("Selection rate") })
    }

    func testTheAuditPageInABrowser() throws {
        let browser = try HeadlessBrowser.require()
        let document = AuditReport(audit: try FairnessAuditExample.audit()).document
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-audit-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("audit.html")
        try document.html().write(to: file, atomically: true, encoding: .utf8)
        let rendering = try browser.render(file)
        XCTAssertEqual(rendering.console, [], "no console messages")
        for chart in document.charts {
            XCTAssertTrue(rendering.dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(chart.id)\""), chart.title)
        }
        if let keep = ProcessInfo.processInfo.environment["FAIRWORK_SCREENSHOTS"] {
            try browser.screenshot(file, to: URL(fileURLWithPath: keep).appendingPathComponent("audit.png"))
        }
    }
}
