import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn gate` and `learn monitor` on German Credit rather than hand-built rows: the files of
/// `GermanCreditFiles` (rows 0..699 train.csv, 700..999 test.csv, label good), a plain logistic
/// regression without sex and age_group, and the numbers of scripts/reference/governance_german.py.
final class GovernanceGermanTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("governance-german-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let test = try GermanCreditFiles.write(to: folder)
        // The planted drift: the same applicants asking for 2.5 times the amount.
        let amounts = try test.column("credit_amount").numbers ?? []
        let drifted = try Table(test.columnNames.map { name in
            name == "credit_amount" ? .numeric(name, amounts.map { $0.map { $0 * 2.5 } }) : try test.column(name)
        })
        try CSVWriter().write(drifted, to: folder.appendingPathComponent("drifted.csv"))
        _ = try TrainRequest(data: "train.csv", label: "good", exclude: "sex,age_group", out: "model.json").run(currentDirectory: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func policy(tau: Double, approved: [String] = ["exponentiated_gradient"]) throws {
        let text = """
            {"format_version": 1, "name": "German test policy", "default_tier": "high",
             "tiers": {"high": {"use_cases": ["credit"], "approved_mitigations": [\(approved.map { "\"\($0)\"" }.joined(separator: ", "))],
               "metrics": [{"metric": "selection_rate", "check": "ratio", "tau": \(tau)},
                           {"metric": "selection_rate", "check": "difference", "max": 0.2},
                           {"metric": "accuracy", "check": "minimum", "min": 0.7}]}}}
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("policy.json"))
    }

    private func gate(model: String = "model.json") throws -> GateResult {
        try GateRequest(policy: "policy.json", model: model, data: "test.csv", protected: "age_group").run(currentDirectory: folder)
    }

    func testTheCleanModelPassesWithFairlearnsNumbers() throws {
        try policy(tau: 0.75)
        let result = try gate()
        XCTAssertTrue(result.passed, result.text())
        // governance_german.py: selection rates 0.5862 (age <= 25) and 0.7603; ratio 0.7709895052473762,
        // difference 0.17412368196067263; accuracy 0.7566666666666667.
        let values = result.checks.compactMap { $0.value?.number }
        XCTAssertEqual(values.count, 3)
        XCTAssertEqual(values[0], 0.7709895052473762, accuracy: 1e-9)
        XCTAssertEqual(values[1], 0.17412368196067263, accuracy: 1e-9)
        XCTAssertEqual(values[2], 0.7566666666666667, accuracy: 1e-9)
        XCTAssertTrue(result.text().contains("(the model records none)"))
    }

    func testTheFourFifthsRuleIsAPlantedBreach() throws {
        try policy(tau: 0.8)
        let result = try gate()
        XCTAssertFalse(result.passed)
        XCTAssertEqual(result.breaches.map(\.rule), ["selection_rate ratio >= 0.8"])
        XCTAssertTrue(result.text().contains("FAIL  selection_rate ratio >= 0.8 [age_group]: 0.771"), result.text())
    }

    func testTheGateEnforcesApprovedMitigations() throws {
        _ = try MitigateRequest(train: TrainRequest(data: "train.csv", label: "good", exclude: "sex", out: ""),
                                protectedColumn: "age_group", privileged: "age > 25", method: "exponentiated-gradient",
                                out: "eg.model.json").run(currentDirectory: folder)
        try policy(tau: 0.5)
        let approved = try gate(model: "eg.model.json")
        let check = try XCTUnwrap(approved.checks.first { $0.kind == "mitigation" })
        XCTAssertTrue(check.passed)
        XCTAssertEqual(check.detail, "exponentiated_gradient is approved for this tier")
        try policy(tau: 0.5, approved: ["reweighing"])
        let refused = try gate(model: "eg.model.json")
        XCTAssertFalse(refused.passed)
        XCTAssertEqual(refused.breaches.filter { $0.kind == "mitigation" }.map(\.detail),
                       ["exponentiated_gradient is not an approved mitigation for tier 'high' (approved: reweighing)"])
        try policy(tau: 0.5, approved: [])
        XCTAssertTrue(try gate(model: "eg.model.json").text().contains("(none are approved)"))
    }

    func testTheMonitorPassesTheCleanBatchAndCatchesThePlantedDrift() throws {
        let result = try MonitorRequest(model: "model.json", baseline: "train.csv", batches: "test.csv,drifted.csv", protected: "age_group")
            .run(currentDirectory: folder)
        // governance_german.py: the clean test rows' largest PSI is 0.0496 and smallest KS p 0.0883 (score: PSI 0.059, p 0.43).
        XCTAssertEqual(result.batches[0].alerts, [])
        let drifted = result.batches[1]
        let amount = try XCTUnwrap(drifted.drift.first { $0.column == "credit_amount" })
        XCTAssertEqual(amount.psi.number ?? .nan, 1.6368795944357375, accuracy: 1e-9)
        XCTAssertEqual(amount.ks?.statistic ?? .nan, 0.49, accuracy: 1e-12)
        XCTAssertTrue(drifted.alerts.contains { $0.hasPrefix("credit_amount: PSI 1.6369 > 0.25") }, "\(drifted.alerts)")
        XCTAssertFalse(drifted.alerts.contains { $0.hasPrefix("age:") }, "\(drifted.alerts)")
    }

    func testTheMonitorReportChartsTheBatchesWithTheThreshold() throws {
        try policy(tau: 0.8)
        let result = try MonitorRequest(model: "model.json", baseline: "train.csv", batches: "test.csv,drifted.csv", protected: "age_group",
                                        policy: "policy.json").run(currentDirectory: folder)
        let report = try result.report()
        _ = try report.deliver(as: .html, to: "monitor.html", currentDirectory: folder, width: 100)
        let html = try String(contentsOf: folder.appendingPathComponent("monitor.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("PSI per column over batches"))
        XCTAssertTrue(html.contains("selection_rate ratio between groups"))
        XCTAssertTrue(html.contains("class=\"threshold\""))
        let document = report.report.document
        let psi = try XCTUnwrap(document.charts.first)
        XCTAssertTrue(psi.table.rows.contains { $0.first?.text == "credit_amount" && $0.last?.text == "drifted.csv" }, "\(psi.table.rows)")
        XCTAssertTrue(psi.table.rows.contains { $0.first?.text == "model score" })
        _ = try report.deliver(as: .markdown, to: "monitor.md", currentDirectory: folder, width: 100)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("monitor.md").path))
    }

    func testTheMonitorReportRendersInABrowserWithoutConsoleErrors() throws {
        let browser = try HeadlessBrowser.require()
        try policy(tau: 0.8)
        let result = try MonitorRequest(model: "model.json", baseline: "train.csv", batches: "test.csv,drifted.csv", protected: "age_group",
                                        policy: "policy.json").run(currentDirectory: folder)
        _ = try result.report().deliver(as: .html, to: "monitor.html", currentDirectory: folder, width: 100)
        let rendering = try browser.render(folder.appendingPathComponent("monitor.html"))
        XCTAssertEqual(rendering.console, [], "no console messages")
        for heading in ["Drift", "Disparity and performance", "Alerts"] { XCTAssertTrue(rendering.dom.contains(heading), heading) }
    }
}
