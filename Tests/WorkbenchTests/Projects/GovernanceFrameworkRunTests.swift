import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run governance-framework --reference` end to end: the policy file the run writes
/// is one `learn gate` reads and judges as the report does; the monitoring numbers are FairKit's.
final class GovernanceFrameworkRunTests: XCTestCase {
    private static let shared = SharedProjectRun("governance-framework")

    func testTheRunWritesEveryArtifact() throws {
        try Self.shared.assertArtifacts(["report.html", "report.md", "numbers.json", "model.json", "baseline.model.json", "policy.json",
                                         "test.csv", "ci-gate.yml", "bias-audit-report.md", "explanations.md"])
    }

    func testTheBaselineNumbersAreFairlearns() throws {
        let (_, result, _) = try Self.shared.run()
        // scripts/reference/governance_german.py: ratio 0.7709895052473762, accuracy 0.7566666666666667.
        XCTAssertEqual(try XCTUnwrap(result.numbers["baseline selection_rate ratio"]), 0.7709895052473762, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.numbers["baseline accuracy minimum"]), 0.7566666666666667, accuracy: 1e-9)
        XCTAssertEqual(result.numbers["baseline_breaches"], 2)
    }

    func testLearnGateReadsThePolicyAndAgreesWithTheReport() throws {
        let (_, result, out) = try Self.shared.run()
        let gate = try GateRequest(policy: "policy.json", model: "model.json", data: "test.csv", protected: "age_group").run(currentDirectory: out)
        let metrics = gate.checks.filter { $0.kind == "metric" }
        XCTAssertTrue(metrics.allSatisfy(\.passed), gate.text())
        XCTAssertEqual(try XCTUnwrap(metrics.first { $0.rule == "selection_rate ratio >= 0.8" }?.value?.number),
                       try XCTUnwrap(result.numbers["test selection_rate ratio"]), accuracy: 1e-12)
        // The run writes every artifact the policy requires, the model card with the sections it asks for.
        XCTAssertEqual(gate.breaches.map(\.rule), [], gate.text())
        XCTAssertTrue(gate.passed, gate.text())
    }

    func testTheModelCardIsTheGatedModelOnTestCSV() throws {
        let (_, _, out) = try Self.shared.run()
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("model.json")))
        let test = try Dataset.germanCredit().table.selectingRows(Array(700..<1000))
        try ProjectModelCard.assertCard(out, modelFile: "model.json", predictions: try model.predict(test),
                                        groups: [("age_group", try ProjectModelCard.texts(test, "age_group")),
                                                 ("sex", try ProjectModelCard.texts(test, "sex"))])
        // The card names the test.csv the run hands in, by its SHA-256 (as `learn card --data test.csv` does).
        let card = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("model-card.json"))) as? [String: Any])
        XCTAssertEqual((card["evaluation"] as? [String: Any])?["sha256"] as? String,
                       SHA256.hexDigest(of: try Data(contentsOf: out.appendingPathComponent("test.csv"))))
    }

    func testTheMonitoringPSIIsFairKits() throws {
        let (_, result, _) = try Self.shared.run()
        for k in 1...6 {
            XCTAssertEqual(try XCTUnwrap(result.numbers["month\(k)_psi"]), try XCTUnwrap(result.numbers["month\(k)_psi_fairkit"]), accuracy: 1e-12)
        }
        XCTAssertNotNil(result.numbers["decay_alert_month"], "the planted decay is caught")
    }

    func testTheReportRendersInABrowserWithoutConsoleErrors() throws {
        try Self.shared.assertRendersInABrowser(headings: ["Risk tiers", "The pre-deployment gate", "Monitoring"])
    }
}
