import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn gate`'s request on a hand-written model whose predictions are known: a logistic
/// regression on one column `x` with coefficient 10 and intercept 0 predicts 1 exactly when x > 0
/// (score 1/(1 + e^-10) = 0.99995 at x = 1, 0.00005 at x = -1). The label equals the prediction,
/// so accuracy is 1 (and the AUC 1) in every file.
final class GateRequestTests: XCTestCase {
    var folder: URL!

    static let model = """
        {"format_version": 1, "kind": "pipeline",
         "label": {"column": "hired", "positive": "yes", "negative": "no"},
         "encoder": {"kind": "feature_encoder", "standardize": false, "columns": [{"name": "x", "type": "numeric"}]},
         "model": {"kind": "logistic_regression", "hyperparameters": {"penalty": "l2", "C": 1.0}, "coefficients": [10], "intercept": 0},
         "provenance": {"fairkit_version": "written by hand", "training_rows": 20}}
        """

    /// Ten rows of group A, `positivesA` of them with x = 1 (predicted yes); ten of B likewise.
    static func rows(positivesA: Int, positivesB: Int) -> String {
        var lines = ["sex,x,hired"]
        for (group, positives) in [("A", positivesA), ("B", positivesB)] {
            for i in 0..<10 { lines.append(i < positives ? "\(group),1,yes" : "\(group),-1,no") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let policy = """
        {"format_version": 1, "name": "Test policy", "default_tier": "high",
         "tiers": {
           "high": {"use_cases": ["hiring", "credit"],
                    "metrics": [{"metric": "selection_rate", "check": "ratio", "tau": 0.8},
                                {"metric": "selection_rate", "check": "difference", "max": 0.1},
                                {"metric": "accuracy", "check": "minimum", "min": 0.7},
                                {"metric": "roc_auc", "check": "minimum", "min": 0.75}],
                    "approved_mitigations": ["reweighing"],
                    "required_artifacts": [{"name": "model card", "path": "card.md", "min_bytes": 20, "sections": ["## Intended use"]}]},
           "low": {"metrics": [{"metric": "accuracy", "check": "minimum", "min": 0.5}]}
         }}
        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(Self.model, "model.json")
        try write(Self.policy, "policy.json")
        try write(Self.rows(positivesA: 5, positivesB: 1), "breach.csv")
        try write(Self.rows(positivesA: 5, positivesB: 5), "clean.csv")
        try write("# Model card\n\n## Intended use\nScreening, with review.\n", "card.md")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func gate(_ data: String, tier: String? = nil) throws -> GateResult {
        try GateRequest(policy: "policy.json", model: "model.json", data: data, protected: "sex", tier: tier).run(currentDirectory: folder)
    }

    func testPlantedBreachFailsWithTheNumbers() throws {
        let result = try gate("breach.csv")
        XCTAssertFalse(result.passed)
        // Selection rates: A 5/10 = 0.5, B 1/10 = 0.1. Ratio min/max = 0.1/0.5 = 0.2 < 0.8;
        // difference 0.5 - 0.1 = 0.4 > 0.1. Accuracy 20/20 = 1 and AUC 1 pass; the card passes.
        XCTAssertEqual(result.breaches.map(\.rule), ["selection_rate ratio >= 0.8", "selection_rate difference <= 0.1"])
        XCTAssertEqual(result.breaches[0].value?.number ?? .nan, 0.2, accuracy: 1e-12)
        XCTAssertEqual(result.breaches[1].value?.number ?? .nan, 0.4, accuracy: 1e-12)
        XCTAssertEqual(result.breaches.map(\.section), ["sex", "sex"])
        XCTAssertEqual(result.checks.count, 5)
        XCTAssertTrue(result.text().contains("FAIL  selection_rate ratio >= 0.8 [sex]: 0.2"), result.text())
        let json = try JSONSerialization.jsonObject(with: Data(try result.json().utf8)) as? [String: Any]
        XCTAssertEqual(json?["passed"] as? Bool, false)
        XCTAssertEqual(json?["breaches"] as? Int, 2)
    }

    func testCleanModelPasses() throws {
        let result = try gate("clean.csv")
        // Selection rates 0.5 and 0.5: ratio 1, difference 0.
        XCTAssertTrue(result.passed, result.text())
        XCTAssertEqual(result.checks.first?.value?.number ?? .nan, 1, accuracy: 1e-12)
        XCTAssertEqual(result.checks.last?.kind, "artifact")
        XCTAssertEqual(try gate("breach.csv", tier: "low").passed, true)
    }

    func testMissingOrTrivialArtifactFails() throws {
        try write("# Model card\n", "card.md")
        let trivial = try gate("clean.csv")
        // "# Model card" is 12 bytes once trimmed, fewer than 20.
        XCTAssertEqual(trivial.breaches.map(\.detail), ["card.md has 12 bytes, fewer than 20"])
        try write("# Model card\n\nThis model screens applicants.\n", "card.md")
        XCTAssertEqual(try gate("clean.csv").breaches.map(\.detail), ["card.md lacks '## Intended use'"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("card.md"))
        XCTAssertEqual(try gate("clean.csv").breaches.map(\.detail), ["card.md does not exist"])
    }

    func testMalformedPolicyNamesTheField() throws {
        let cases: [(String, String)] = [
            (Self.policy.replacingOccurrences(of: "\"tau\": 0.8", with: "\"tau\": 1.5"),
             "policy.json: tiers.high.metrics[0].tau: 1.5 is not a number in (0, 1], such as 0.8"),
            (Self.policy.replacingOccurrences(of: "\"check\": \"difference\"", with: "\"check\": \"spread\""),
             "policy.json: tiers.high.metrics[1].check: 'spread' is not one of ratio, difference, minimum"),
            (Self.policy.replacingOccurrences(of: "\"min\": 0.7}", with: "\"min\": \"high\"}"),
             "policy.json: tiers.high.metrics[2].min: expected a number"),
            (Self.policy.replacingOccurrences(of: "\"tau\": 0.8", with: "\"tau\": true"),
             "policy.json: tiers.high.metrics[0].tau: expected a number"),
            (Self.policy.replacingOccurrences(of: "\"metric\": \"accuracy\", \"check\": \"minimum\", \"min\": 0.5", with: "\"metric\": \"acuracy\", \"check\": \"minimum\", \"min\": 0.5"),
             "policy.json: tiers.low.metrics[0].metric: 'acuracy' is not a group metric id"),
            (Self.policy.replacingOccurrences(of: "\"format_version\": 1", with: "\"format_version\": 9"),
             "policy.json: format_version: 9 is not a version this learn reads"),
            (Self.policy.replacingOccurrences(of: "\"default_tier\": \"high\"", with: "\"default_tier\": \"medium\""),
             "policy.json: default_tier: 'medium' is not one of the tiers (high, low)"),
        ]
        for (text, message) in cases {
            try write(text, "policy.json")
            let error = failure { try self.gate("clean.csv") }
            XCTAssertEqual(error?.kind, .badInput, message)
            XCTAssertTrue(error?.description.hasPrefix(message) ?? false, "\(error?.description ?? "no error") vs \(message)")
        }
    }

    func testUnknownTierIsAUsageError() throws {
        let error = failure { try self.gate("clean.csv", tier: "medium") }
        XCTAssertEqual(error?.kind, .usage)
        XCTAssertEqual(error?.description, "--tier: 'medium' is not a tier of policy.json (high, low)")
    }
}
