import Foundation
import XCTest

/// `learn card` through the built binary on a hand-written model (prediction 1 exactly when
/// x > 0) and four rows: A,1,yes (TP), A,-1,no (TN), B,1,no (FP), B,-1,yes (FN). Accuracy 2/4.
final class CardCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-card-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("""
            {"format_version": 1, "kind": "pipeline", "label": {"column": "hired", "positive": "yes", "negative": "no"},
             "encoder": {"kind": "feature_encoder", "standardize": false, "columns": [{"name": "x", "type": "numeric"}]},
             "model": {"kind": "logistic_regression", "coefficients": [10], "intercept": 0}}
            """, "model.json")
        try write("sex,x,hired\nA,1,yes\nA,-1,no\nB,1,no\nB,-1,yes\n", "test.csv")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private func card(_ extra: String...) throws -> LearnRun {
        try LearnRun.run(["card", "--model", "model.json", "--data", "test.csv", "--protected", "sex"] + extra, in: folder)
    }

    func testFormatFollowsTheOutExtension() throws {
        let html = try card("--out", "card.html")
        XCTAssertEqual(html.exitCode, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("Wrote the model card (html)"), html.stdout)
        let page = try String(contentsOf: folder.appendingPathComponent("card.html"), encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("<h2>Intended use</h2>"))
        let markdown = try card("--out", "card.md")
        XCTAssertEqual(markdown.exitCode, 0, markdown.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("card.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("\n## Intended use\n"), text)
    }

    func testJSONHasTheNumbersAndTheCompleteness() throws {
        let run = try card("--format", "json")
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let accuracy = ((object?["overall"] as? [String: Any])?["accuracy"] as? [String: Any])?["value"] as? Double
        XCTAssertEqual(accuracy ?? .nan, 0.5, accuracy: 1e-12)  // TP + TN = 2 of 4
        XCTAssertEqual((object?["completeness"] as? [String: Any])?["complete"] as? Bool, false)
    }

    func testMalformedIntendedUseExits65NamingFileAndField() throws {
        try write("{\"ethical_considerations\": [\"fine\", 3]}", "use.json")
        let run = try card("--intended-use", "use.json", "--out", "card.html")
        XCTAssertEqual(run.exitCode, 65)
        XCTAssertTrue(run.stderr.contains("use.json: field 'ethical_considerations[1]': must be text"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("card.html").path))
    }

    func testAMissingOptionIsUsage() throws {
        let run = try LearnRun.run(["card", "--model", "model.json", "--data", "test.csv"], in: folder)
        XCTAssertEqual(run.exitCode, 64)
    }
}
