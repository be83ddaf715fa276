import FairKit
import Foundation
import XCTest

/// `learn mitigate` and `learn tradeoff` on the report route, through the built binary on German
/// Credit (rows 0..699 to train, 700..999 to compare): the report's numbers are the JSON's.
final class MitigateReportTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try GermanSplitFolder.make("learn-mitigate-report")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func learn(_ command: String, _ extra: String...) throws -> LearnRun {
        try LearnRun.run([command, "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                          "--protected", "age_group", "--exclude", "sex"] + extra, in: folder)
    }

    func testMitigateReportShowsTheJSONNumbers() throws {
        let json = try learn("mitigate", "--method", "threshold-optimizer", "--format", "json")
        XCTAssertEqual(json.exitCode, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let accuracy = try XCTUnwrap((object["mitigated"] as? [String: Any])?["accuracy"] as? Double)
        let html = try learn("mitigate", "--method", "threshold-optimizer", "--format", "html", "--out", "m.html")
        XCTAssertEqual(html.exitCode, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("Wrote the mitigation report (html)"), html.stdout)
        let page = try String(contentsOf: folder.appendingPathComponent("m.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<h2>Baseline against mitigated</h2>"))
        XCTAssertTrue(page.contains(">\(String(format: "%.3f", accuracy))<"), "the mitigated accuracy in the table")
        let markdown = try learn("mitigate", "--method", "threshold-optimizer", "--format", "markdown")
        XCTAssertTrue(markdown.stdout.hasPrefix("# Mitigation: threshold-optimizer on age\\_group"), markdown.stdout)
        XCTAssertEqual(try learn("mitigate", "--method", "threshold-optimizer", "--format", "xml").exitCode, 64)
    }

    func testTradeoffReportHasTheChartAndRecommendation() throws {
        let run = try learn("tradeoff", "--methods", "threshold-optimizer", "--format", "markdown", "--out", "t.md")
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("t.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("## Accuracy against disparity"), text)
        XCTAssertTrue(text.contains("Recommended: threshold\\_optimizer"), text)
        // The chart's SVG is saved beside the Markdown file it is referred to from.
        let svgs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
        XCTAssertEqual(svgs.count, 1)
    }
}
