import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run ethics-review-board --reference` end to end: the planted bias found at the
/// size fairlearn measures, the checklist, the decision, the artifacts and the HTML.
final class EthicsReviewBoardRunTests: XCTestCase {
    private static let shared = SharedProjectRun("ethics-review-board")

    func testTheRunWritesEveryArtifact() throws {
        try Self.shared.assertArtifacts(["report.html", "report.md", "numbers.json", "retrained.model.json", "bias-audit-report.md", "failure-modes.md"])
    }

    func testTheReviewFindsThePlantedBias() throws {
        let (_, result, _) = try Self.shared.run()
        let numbers = result.numbers
        // fairlearn on the seed-2026 patients (scripts/reference/synthetic_patients.py): TPR 243/370 and 75/162.
        XCTAssertEqual(try XCTUnwrap(numbers["fnr_majority"]), 127.0 / 370, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(numbers["fnr_minority"]), 87.0 / 162, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(numbers["fnr_gap"]), 0.19379379379379374, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(numbers["tpr_difference_fairkit"]), 0.19379379379379374, accuracy: 1e-12)
        XCTAssertEqual(numbers["decision_reject"], 1, "a gap of 0.19 exceeds the tolerance 0.1")
        XCTAssertEqual(numbers["incomplete_artifacts"], 0, "the model card, bias audit report and failure-mode analysis are complete")
    }

    func testTheRemedyIsMeasuredOnHeldOutPatients() throws {
        let (_, result, out) = try Self.shared.run()
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("retrained.model.json")))
        let patients = try SyntheticPatients.dataset()
        let test = try patients.table.selectingRows(Array(1400..<2000))
        let referred = try model.predict(test, threshold: 0.3)
        let ethnicity = try test.column("ethnicity")
        func fnr(_ group: String) -> Double {
            let ill = (0..<600).filter { ethnicity[$0].text == group && patients.labels[1400 + $0] == 1 }
            return Double(ill.filter { referred[$0] == 0 }.count) / Double(ill.count)
        }
        XCTAssertEqual(try XCTUnwrap(result.numbers["test_fnr_gap_retrained"]), abs(fnr("minority") - fnr("majority")), accuracy: 1e-12)
        try ProjectModelCard.assertCard(out, modelFile: "retrained.model.json", predictions: referred,
                                        groups: [("ethnicity", try ProjectModelCard.texts(test, "ethnicity")),
                                                 ("sex", try ProjectModelCard.texts(test, "sex"))])
        let card = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("model-card.json"))) as? [String: Any])
        XCTAssertEqual((card["evaluation"] as? [String: Any])?["decision_threshold"] as? Double, 0.3, "the clinic's referral probability")
    }

    func testTheBiasAuditReportIsFairKitsAudit() throws {
        let (_, _, out) = try Self.shared.run()
        let report = try String(contentsOf: out.appendingPathComponent("bias-audit-report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("## Summary"))
        XCTAssertTrue(report.contains("## ethnicity"))
    }

    func testTheReportRendersInABrowserWithoutConsoleErrors() throws {
        try Self.shared.assertRendersInABrowser(headings: ["Tier and checklist", "Findings", "The review"])
    }
}
