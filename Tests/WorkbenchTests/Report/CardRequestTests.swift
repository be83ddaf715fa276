import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn card`'s request on a hand-written model (prediction 1 exactly when x > 0) and the eight
/// rows of FairKit's ModelCardTests: the card's numbers are FairKit's direct audit of the same
/// labels and predictions, and the intended-use file fills only the fields it answers.
final class CardRequestTests: XCTestCase {
    var folder: URL!

    static let rows = """
        sex,band,x,hired
        A,young,1,yes
        A,old,1,no
        A,young,-1,no
        A,old,-1,yes
        B,young,1,yes
        B,young,-1,no
        B,old,-1,no
        B,old,-1,yes

        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("card-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(GateRequestTests.model, "model.json")  // x > 0 gives 1
        try write(Self.rows, "test.csv")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func card(_ intendedUse: String? = nil) throws -> ModelCard {
        try CardRequest(model: "model.json", data: "test.csv", protected: "sex,band", intendedUse: intendedUse).run(currentDirectory: folder)
    }

    func testNumbersEqualFairKitsDirectAudit() throws {
        let card = try card()
        // The model's predictions, derived by hand: x > 0 gives 1.
        let direct = try FairnessAudit(labels: [1, 0, 0, 1, 1, 0, 0, 1], predictions: [1, 1, 0, 0, 1, 0, 0, 0],
                                       protected: [SensitiveFeature(name: "sex", values: ["A", "A", "A", "A", "B", "B", "B", "B"]),
                                                   SensitiveFeature(name: "band", values: ["young", "old", "young", "old", "young", "young", "old", "old"])])
        XCTAssertEqual(card.audit.sections.map(\.title), direct.sections.map(\.title))
        for (mine, theirs) in zip(card.audit.sections, direct.sections) {
            XCTAssertEqual(mine.groups.map(\.name), theirs.groups.map(\.name))
            for (g, h) in zip(mine.groups, theirs.groups) { XCTAssertEqual(g.metrics, h.metrics, g.name) }
            XCTAssertEqual(mine.overall, theirs.overall)
        }
        XCTAssertEqual(card.overall.first { $0.id == "selection_rate" }?.value.number ?? .nan, 0.375, accuracy: 1e-12)  // 3 of 8
        XCTAssertEqual(card.model.provenance?.trainingRows, 20)
        XCTAssertEqual(card.evaluationDataSHA256, SHA256.hexDigest(of: Data(Self.rows.utf8)))
    }

    func testIntendedUseFileFillsOnlyItsFields() throws {
        try write("developers: A. Student\nout_of_scope_uses:\n  - Automatic rejection\n", "use.yaml")
        let card = try card("use.yaml")
        XCTAssertEqual(card.completeness.written, ["developers", "out_of_scope_uses"])
        let markdown = card.document.markdown()
        XCTAssertTrue(markdown.contains("A. Student"))
        XCTAssertTrue(markdown.contains("- Automatic rejection"))
        // 13 fields, 2 answered: 11 "To be written" paragraphs, plus the 5 required ones listed under Completeness.
        XCTAssertEqual(markdown.components(separatedBy: "*To be written*").count - 1, 11)
        XCTAssertEqual(markdown.components(separatedBy: "To be written").count - 1, 11 + 5 + 1)  // and the first line names the marker
    }

    func testMalformedIntendedUseFilesNameFileAndField() throws {
        for (name, text, expected) in [
            ("a.json", #"{"ethical_considerations": 42}"#, "a.json: field 'ethical_considerations': must be text"),
            ("b.json", #"{"intended_uses": "x"}"#, "b.json: field 'intended_uses': is not one of the fields"),
            ("c.yaml", "developers: x\ncaveats:\n  nested: y\n", "c.yaml:3: field 'caveats'"),
        ] {
            try write(text, name)
            XCTAssertThrowsError(try card(name)) { error in
                let failure = error as? RequestFailure
                XCTAssertEqual(failure?.kind, .badInput, name)
                XCTAssertTrue(failure?.description.hasPrefix(expected) ?? false, failure?.description ?? "\(error)")
            }
        }
        XCTAssertThrowsError(try card("missing.yaml")) { error in
            XCTAssertEqual((error as? RequestFailure)?.description, "missing.yaml: cannot read the file (no such file)")
        }
    }

    func testAProtectedColumnTheDataLacksIsBadInput() {
        XCTAssertThrowsError(try CardRequest(model: "model.json", data: "test.csv", protected: "race").run(currentDirectory: folder)) { error in
            XCTAssertEqual((error as? RequestFailure)?.kind, .badInput)
            XCTAssertTrue("\(error)".contains("race"), "\(error)")
        }
    }

    func testFormatFollowsTheExtension() {
        XCTAssertEqual(ReportFormat.inferred(fromPath: "card.html"), .html)
        XCTAssertEqual(ReportFormat.inferred(fromPath: "out/Card.MD"), .markdown)
        XCTAssertEqual(ReportFormat.inferred(fromPath: "card.json"), .json)
        XCTAssertNil(ReportFormat.inferred(fromPath: "card"))
        XCTAssertNil(ReportFormat.inferred(fromPath: "my.folder/card"))
    }

    /// The example policy (docs/examples/governance-policy.json) asks a model card for sections a
    /// generated card has: every `sections` entry of a "model card" artifact is one of its headings.
    func testTheExamplePolicyRequiresHeadingsAGeneratedCardHas() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let policy = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: repository.appendingPathComponent(
            "docs/examples/governance-policy.json"))) as? [String: Any])
        let tiers = try XCTUnwrap(policy["tiers"] as? [String: [String: Any]])
        let sections = tiers.values.flatMap { ($0["required_artifacts"] as? [[String: Any]]) ?? [] }
            .filter { $0["name"] as? String == "model card" }.flatMap { ($0["sections"] as? [String]) ?? [] }
        XCTAssertEqual(Set(sections), ["## Intended use", "## Caveats and recommendations"])
        let markdown = try card().document.markdown()
        for section in sections { XCTAssertTrue(markdown.contains("\n" + section + "\n"), section) }
    }
}
