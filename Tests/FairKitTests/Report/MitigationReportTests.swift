import FairKit
import Foundation
import XCTest

/// The mitigation and trade-off reports on hand-made numbers: the summary's sentences, the
/// charts, escaping, and a real browser.
final class MitigationReportTests: XCTestCase {
    static func mitigation(group: String = "g=a", method: String = "threshold-optimizer") -> MitigationReport {
        let baseline = MitigationReport.Scores(accuracy: 0.8, demographicParityDifference: 0.3, equalizedOddsDifference: 0.2, randomisedShare: 0,
                                               selectionRates: [group: 0.6, "g=b": 0.3], truePositiveRates: [group: 0.9, "g=b": 0.7],
                                               falsePositiveRates: [group: 0.2, "g=b": 0.1])
        let mitigated = MitigationReport.Scores(accuracy: 0.75, demographicParityDifference: 0.05, equalizedOddsDifference: 0.25, randomisedShare: 0.1,
                                                selectionRates: [group: 0.5, "g=b": 0.45], truePositiveRates: [group: 0.8, "g=b": 0.8],
                                                falsePositiveRates: [group: 0.15, "g=b": 0.05])
        return MitigationReport(method: method, protectedColumn: "g", trainingData: "train.csv", testData: "test.csv", rowCount: 200,
                                baseline: baseline, mitigated: mitigated, details: ["Thresholds: a 0.6, b 0.4."], modelFile: nil, jsonText: "{}\n")
    }

    func testSummaryAndTableAreTheNumbers() throws {
        let markdown = Self.mitigation().document.markdown()
        // 0.75 − 0.8 = −0.05: 5 points; DP 0.3 → 0.05 smaller; EO 0.2 → 0.25 larger; 10% randomised.
        XCTAssertTrue(markdown.contains("Accuracy went from 0.800 to 0.750 (-5.0 points)."), markdown)
        XCTAssertTrue(markdown.contains("went from 0.300 to 0.050, smaller"), markdown)
        XCTAssertTrue(markdown.contains("went from 0.200 to 0.250, larger"), markdown)
        XCTAssertTrue(markdown.contains("10\\.0% of the rows get a randomised decision"), markdown)  // Markdown escapes "10." at the start of a list item
        let rows = markdown.split(separator: "\n").map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        XCTAssertTrue(rows.contains(["selection rate, b", "0.300", "0.450", "+0.150"]), markdown)  // 0.45 − 0.3
        // Post-processing reads the group: the limitation says so.
        XCTAssertTrue(markdown.contains("reads g for every decision"), markdown)
        // How each model was scored is said beside the table.
        XCTAssertTrue(markdown.contains("Deterministic models are scored on their decisions (P(positive) \\> 0.5)"), markdown)
        let document = Self.mitigation().document
        XCTAssertEqual(document.charts.count, 4)
        XCTAssertEqual(document.blocks.filter { if case .heading(2, _) = $0 { return true } else { return false } },
                       ["Summary", "Data", "Baseline against mitigated", "What the mitigator did", "Limitations"].map { .heading(level: 2, text: $0) })
    }

    static func tradeoff(label: String = "eps=0.01") -> TradeoffReport {
        let points = [TradeoffPoint(method: "unmitigated", setting: "", accuracy: 0.8, disparity: 0.3),
                      TradeoffPoint(method: "exponentiated_gradient", setting: label, accuracy: 0.76, disparity: 0.02),
                      TradeoffPoint(method: "grid_search", setting: "grid point 1", accuracy: 0.7, disparity: 0.1)]
        let front = TradeoffFront.marking(points)
        return TradeoffReport(protectedColumn: "g", disparity: "demographic_parity", trainingData: "train.csv", testData: "test.csv", rowCount: 100,
                              tolerance: 0.05, points: front, recommended: 1, meetsTolerance: true, jsonText: "{}\n")
    }

    func testTradeoffSummaryAndChart() throws {
        let report = Self.tradeoff()
        // Front: (0.3, 0.8) and (0.02, 0.76); (0.1, 0.7) is beaten by (0.02, 0.76).
        XCTAssertEqual(report.points.map(\.onParetoFront), [true, true, false])
        let markdown = report.document.markdown()
        XCTAssertTrue(markdown.contains("3 models, scored on 100 rows of test.csv; 2 of them are on the Pareto front"), markdown)
        // 0.8 − 0.76 = 0.04: 4.0 points given up.
        XCTAssertTrue(markdown.contains("gives up 4.0 points of accuracy"), markdown)
        XCTAssertEqual(report.document.charts.count, 1)
        XCTAssertTrue(report.document.charts[0].summary.contains("the chosen one is exponentiated_gradient eps=0.01"))
    }

    func testHostileNamesAreEscaped() {
        for html in [Self.mitigation(group: "g=<script>alert(1)</script>", method: "<img src=x>").document.html(),
                     Self.tradeoff(label: "<script>alert(1)</script>").document.html()] {
            XCTAssertFalse(html.contains("<script>"))
            XCTAssertFalse(html.contains("<img"))
            ReportPageChecks.assertSelfContained(html)
        }
    }

    func testRenderInAHeadlessBrowser() throws {
        try ReportPageChecks.assertRendersInBrowser(Self.mitigation().document, name: "mitigation")
        try ReportPageChecks.assertRendersInBrowser(Self.tradeoff().document, name: "tradeoff")
    }
}
