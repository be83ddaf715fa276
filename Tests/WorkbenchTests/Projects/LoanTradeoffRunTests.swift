import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run loan-tradeoff --reference` end to end: artifacts, numbers against FairKit
/// and Fairlearn, the model files, the HTML in a browser.
final class LoanTradeoffRunTests: XCTestCase {
    private static let shared = SharedProjectRun("loan-tradeoff")

    func testTheRunWritesEveryArtifact() throws {
        try Self.shared.assertArtifacts(["report.html", "report.md", "numbers.json", "model.json", "recommended.model.json"])
    }

    func testKeyNumbersEqualFairKitAndFairlearn() throws {
        let (_, result, _) = try Self.shared.run()
        let numbers = result.numbers
        // The baseline recomputed here on its decisions d = [p > 0.5]: accuracy mean(d == y) and
        // |mean d(young) - mean d(old)|.
        let german = try Dataset.germanCredit()
        let train = german.selectingRows(Array(0..<700)), test = german.selectingRows(Array(700..<1000))
        var model = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
        try model.fit(train.table)
        let p = try model.predictProbability(test.table).map { $0 > 0.5 ? 1.0 : 0.0 }
        let expected = zip(test.labels, p).map { y, d in Double(y) == d ? 1.0 : 0.0 }.reduce(0, +) / 300
        let ages = try test.table.column("age_group")
        func mean(_ group: String) -> Double {
            let rows = (0..<300).filter { ages[$0].text == group }
            return rows.map { p[$0] }.reduce(0, +) / Double(rows.count)
        }
        XCTAssertEqual(try XCTUnwrap(numbers["baseline_accuracy"]), expected, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(numbers["baseline_dp_difference"]), abs(mean("age <= 25") - mean("age > 25")), accuracy: 1e-12)
        // The recommendation is exponentiated gradient at eps 0.01: Fairlearn's expected accuracy 0.75 and DP difference
        // 0.0031347962382445305 (scripts/reference/mitigation_exponentiated_gradient.py).
        XCTAssertEqual(try XCTUnwrap(numbers["recommended_accuracy"]), 0.75, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(numbers["recommended_dp_difference"]), 0.0031347962382445305, accuracy: 1e-9)
        XCTAssertEqual(numbers["variants"], 15, "unmitigated, 4 eps, 10 grid points")
    }

    func testTheRecommendedModelIsAnApprovedMitigatedModelFile() throws {
        let (_, _, out) = try Self.shared.run()
        let data = try Data(contentsOf: out.appendingPathComponent("recommended.model.json"))
        XCTAssertEqual(try ModelFile.kind(of: data), .mitigatedPipeline)
        let model = try MitigatedPipeline(modelFileData: data)
        XCTAssertEqual(model.methodName, "exponentiated_gradient")
        XCTAssertEqual(try model.predict(try Dataset.germanCredit().table).count, 1000)
    }

    func testTheModelCardIsTheRecommendedModelOnApplicants701To1000() throws {
        let (_, _, out) = try Self.shared.run()
        let model = try MitigatedPipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("recommended.model.json")))
        let test = try Dataset.germanCredit().table.selectingRows(Array(700..<1000))
        try ProjectModelCard.assertCard(out, modelFile: "recommended.model.json", predictions: try model.predict(test),
                                        groups: [("age_group", try ProjectModelCard.texts(test, "age_group")),
                                                 ("sex", try ProjectModelCard.texts(test, "sex"))])
        let card = try String(contentsOf: out.appendingPathComponent("model-card.md"), encoding: .utf8)
        XCTAssertTrue(card.contains(MarkdownText.escape("exponentiated_gradient")), "the card names the mitigation")
    }

    func testTheReportRendersInABrowserWithoutConsoleErrors() throws {
        try Self.shared.assertRendersInABrowser(headings: ["The baseline", "The trade-off", "Recommendation"])
    }
}
