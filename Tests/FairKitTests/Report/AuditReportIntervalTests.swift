import XCTest
@testable import FairKit

/// The audit's intervals reach its charts as error bars.
final class AuditReportIntervalTests: XCTestCase {
    func testSelectionRateBarsCarryWilsonIntervalsAndFlagBarsBootstrapIntervals() throws {
        let report = AuditReport(audit: try FairnessAuditExample.audit())
        let section = report.audit.sections[0]
        let rates = try XCTUnwrap(report.selectionRateChart(section))
        // Female 20/100 and Male 100/200 at 95%: statsmodels' Wilson intervals (scripts/reference/audit_uncertainty.py).
        XCTAssertEqual(try XCTUnwrap(rates.bars[0].interval?.lower), 0.1333669333310325, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rates.bars[0].interval?.upper), 0.2888291655931589, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rates.bars[1].interval?.lower), 0.43136085960389187, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rates.bars[1].interval?.upper), 0.5686391403961082, accuracy: 1e-12)
        let flags = try XCTUnwrap(report.flaggedRatioChart(section))
        XCTAssertEqual(flags.bars.map(\.interval), report.audit.flags.map { $0.disparityInterval.map(AuditReport.chartInterval) })
        XCTAssertTrue(flags.bars.allSatisfy { $0.interval != nil })
        // The SVG draws them: one error bar per bar; the text alternative lists the ends.
        let chart = rates.chart()
        XCTAssertEqual(chart.svgFile().components(separatedBy: "class=\"error-bar\"").count - 1, 2)
        XCTAssertEqual(chart.table.headers, ["Group", "Selection rate", "Lower", "Upper", "Standing"])
    }
}
