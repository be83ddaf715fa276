import FairKit
import Foundation
import XCTest
@testable import Workbench

/// What every project's run must show of its model card (docs/projects.md, "The model card"):
/// the three files, the classifier named, the model file it describes, the project's intended use
/// written in, and every group's selection rate equal to the one counted here from predictions
/// the test makes itself with the reloaded model file.
enum ProjectModelCard {
    /// Checks `out/model-card.{md,html,json}` against `predictions` (one per test row) and each
    /// protected column's group of every row; `classifier` is the model file's `model.kind`.
    /// Returns the card's selection rates, column -> group -> rate, for a test to hold against the
    /// run's numbers.json.
    @discardableResult
    static func assertCard(_ out: URL, modelFile: String, classifier: String = "logistic_regression", predictions: [Int],
                           groups: [(column: String, values: [String])], file: StaticString = #filePath,
                           line: UInt = #line) throws -> [String: [String: Double]] {
        let markdown = try String(contentsOf: out.appendingPathComponent("model-card.md"), encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# "), file: file, line: line)
        for heading in ["## Model details", "## Intended use", "## Quantitative analyses", "## Caveats and recommendations"] {
            XCTAssertTrue(markdown.contains("\n" + heading + "\n"), heading, file: file, line: line)
        }
        XCTAssertTrue(markdown.contains(MarkdownText.escape(classifier)), "the card names the classifier", file: file, line: line)
        XCTAssertTrue(markdown.contains(MarkdownText.escape(modelFile)), "the card names its model file", file: file, line: line)
        let html = try String(contentsOf: out.appendingPathComponent("model-card.html"), encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>") && html.contains("</html>"), file: file, line: line)

        let card = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("model-card.json"))) as? [String: Any])
        XCTAssertEqual(card["kind"] as? String, "model_card", file: file, line: line)
        let model = try XCTUnwrap(card["model"] as? [String: Any])
        XCTAssertEqual(model["classifier"] as? String, classifier, file: file, line: line)
        XCTAssertEqual(model["file"] as? String, modelFile, file: file, line: line)
        // The project ships its intended use (projects/<id>/intended-use.json), so those fields are written.
        let fields = try XCTUnwrap(card["fields"] as? [String: [String: Any]])
        for key in ["primary_intended_uses", "primary_intended_users", "out_of_scope_uses"] {
            XCTAssertEqual(fields[key]?["written"] as? Bool, true, key, file: file, line: line)
        }
        XCTAssertEqual(fields["ethical_considerations"]?["written"] as? Bool, false, "left to the learner", file: file, line: line)

        var rates: [String: [String: Double]] = [:]
        let sections = try XCTUnwrap((card["audit"] as? [String: Any])?["sections"] as? [[String: Any]])
        for (column, values) in groups {
            XCTAssertEqual(values.count, predictions.count, column, file: file, line: line)
            let section = try XCTUnwrap(sections.first { $0["attributes"] as? [String] == [column] }, column, file: file, line: line)
            let shown = try XCTUnwrap(section["groups"] as? [[String: Any]])
            XCTAssertEqual(Set(shown.compactMap { ($0["values"] as? [String: String])?[column] }), Set(values), column, file: file, line: line)
            for group in shown {
                let name = try XCTUnwrap((group["values"] as? [String: String])?[column])
                // Selection rate = predicted positives in the group / rows in the group.
                let rows = values.indices.filter { values[$0] == name }
                let expected = Double(rows.filter { predictions[$0] == 1 }.count) / Double(rows.count)
                let metrics = try XCTUnwrap(group["metrics"] as? [String: [String: Any]])
                let value = try XCTUnwrap(metrics["selection_rate"]?["value"] as? Double, "\(column)=\(name)", file: file, line: line)
                XCTAssertEqual(value, expected, accuracy: 1e-12, "\(column)=\(name)", file: file, line: line)
                XCTAssertEqual(group["rows"] as? Int, rows.count, "\(column)=\(name)", file: file, line: line)
                rates[column, default: [:]][name] = value
            }
        }
        return rates
    }

    /// Each row's text in `column` of `table` ("missing" for an empty cell, as the drivers write it).
    static func texts(_ table: Table, _ column: String) throws -> [String] {
        let values = try table.column(column)
        return (0..<table.rowCount).map { values[$0].text ?? "missing" }
    }
}
