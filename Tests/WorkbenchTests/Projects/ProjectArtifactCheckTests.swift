import Foundation
import XCTest
@testable import Workbench

/// How a run checks a model card before copying it out: by its file's extension, Markdown with a
/// title, a whole HTML page, or the card's JSON (an object of kind "model_card").
final class ProjectArtifactCheckTests: XCTestCase {
    /// The problem the check finds in `text` written as `file`, or nil when it passes.
    private func problem(_ file: String, _ text: String) throws -> String? {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        try temporary.write(text, to: file)
        do {
            _ = try ProjectArtifactCheck.read(ProjectArtifact(file: file, kind: .modelCard), in: temporary.root, project: "p")
            return nil
        } catch let ProjectRunFailure.badArtifact(project: _, file: _, problem: problem) {
            return problem
        }
    }

    func testAMarkdownCardStartsWithItsTitle() throws {
        XCTAssertNil(try problem("model-card.md", "# Model card: model.json\n"))
        XCTAssertEqual(try problem("model-card.md", "Model card\n"), "it does not start with the report's title (`# ...`)")
    }

    func testAnHTMLCardIsAWholePage() throws {
        XCTAssertNil(try problem("model-card.html", "<!DOCTYPE html>\n<html><body></body></html>\n"))
        XCTAssertEqual(try problem("model-card.html", "# Model card\n"), "it is not a whole HTML page")
    }

    func testAJSONCardIsAnObjectOfKindModelCard() throws {
        XCTAssertNil(try problem("model-card.json", #"{"format_version": 1, "kind": "model_card"}"#))
        for text in [#"{"kind": "datasheet"}"#, "[1]", "# Model card"] {
            XCTAssertEqual(try problem("model-card.json", text), #"it is not a model card's JSON (an object with "kind": "model_card")"#, text)
        }
    }
}
