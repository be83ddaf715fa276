import Foundation
import XCTest

/// `learn gate` through the built binary on Fixtures/gate: a hand-written logistic regression on
/// one column x (coefficient 10, intercept 0: prediction 1 exactly when x > 0), and two files of
/// ten rows of group A and ten of B with label = prediction. breach.csv selects 5 of A and 1 of
/// B: ratio 0.1 / 0.5 = 0.2 < 0.8. clean.csv selects 5 of each: ratio 1. Accuracy is 1 in both.
final class GateCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-gate-\(UUID().uuidString)")
        let fixture = LearnRun.repositoryRoot.appendingPathComponent("Tests/learnTests/Fixtures/gate")
        try FileManager.default.copyItem(at: fixture, to: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func gate(_ data: String, _ extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> LearnRun {
        try LearnRun.run(["gate", "--policy", "policy.json", "--model", "model.json", "--data", data, "--protected", "sex"] + extra,
                         in: folder, file: file, line: line)
    }

    func testBreachExitsOneWithTheNumbers() throws {
        let run = try gate("breach.csv")
        XCTAssertEqual(run.exitCode, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("FAIL  selection_rate ratio >= 0.8 [sex]: 0.2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("PASS  accuracy >= 0.7: 1"), run.stdout)
        let json = try gate("breach.csv", ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["passed"] as? Bool, false)
        let first = (object?["checks"] as? [[String: Any]])?.first
        XCTAssertEqual(first?["value"] as? Double ?? .nan, 0.2, accuracy: 1e-12)
        XCTAssertEqual(first?["section"] as? String, "sex")
    }

    func testCleanModelExitsZero() throws {
        let run = try gate("clean.csv")
        XCTAssertEqual(run.exitCode, 0, run.stderr + run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("Passed: 2 checks.\n"), run.stdout)
    }

    func testBadPolicyExits65AndBadOptionsExit64() throws {
        try Data(#"{"format_version": 1, "name": "x", "tiers": {"high": {"metrics": [{"metric": "tpr", "check": "ratio"}]}}}"#.utf8)
            .write(to: folder.appendingPathComponent("policy.json"))
        let bad = try gate("clean.csv", ["--tier", "high"])
        XCTAssertEqual(bad.exitCode, 65)
        XCTAssertTrue(bad.stderr.contains("policy.json: tiers.high.metrics[0].tau: is missing"), bad.stderr)
        let usage = try gate("clean.csv", ["--format", "xml"])
        XCTAssertEqual(usage.exitCode, 64)
        let help = try LearnRun.run(["gate", "--help"], in: folder)
        XCTAssertEqual(help.exitCode, 0)
        XCTAssertTrue(help.stdout.contains("--policy <file>"), help.stdout)
    }
}
