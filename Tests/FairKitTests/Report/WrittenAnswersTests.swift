import FairKit
import Foundation
import XCTest

/// The answers file a person writes for a model card or datasheet: JSON and the YAML subset,
/// and the errors that name the file, the field and (YAML) the line.
final class WrittenAnswersTests: XCTestCase {
    let fields = ModelCard.writtenFields

    func read(_ text: String, _ file: String) throws -> WrittenAnswers {
        try WrittenAnswers(data: Data(text.utf8), file: file, fields: fields)
    }

    func error(_ text: String, _ file: String, file callerFile: StaticString = #filePath, line: UInt = #line) -> WrittenAnswersError? {
        do {
            _ = try read(text, file)
            XCTFail("no error for \(text)", file: callerFile, line: line)
            return nil
        } catch {
            return error as? WrittenAnswersError
        }
    }

    func testJSONTextListAndNull() throws {
        let answers = try read(#"{"developers": "A. Student", "out_of_scope_uses": ["hiring", "credit"], "license": null, "citation": "  "}"#, "use.json")
        XCTAssertEqual(answers["developers"], .text("A. Student"))
        XCTAssertEqual(answers["out_of_scope_uses"], .list(["hiring", "credit"]))
        // null and blank text answer nothing.
        XCTAssertNil(answers["license"])
        XCTAssertNil(answers["citation"])
        XCTAssertEqual(answers.answered(fields), ["developers", "out_of_scope_uses"])
    }

    func testYAMLSubset() throws {
        let yaml = """
            # the intended use
            ---
            developers: A. Student   # a comment
            license: "CC BY 4.0 # not a comment"
            citation: 'It''s ours'
            primary_intended_uses: |
              Ranking applications
              for a human reviewer.

              Second paragraph.
            ethical_considerations: >
              Age is
              protected.
            out_of_scope_uses:
              - Automatic rejection
              - "Use outside Germany: untested"
            version:
            """
        let answers = try read(yaml, "use.yaml")
        XCTAssertEqual(answers["developers"], .text("A. Student"))
        XCTAssertEqual(answers["license"], .text("CC BY 4.0 # not a comment"))
        XCTAssertEqual(answers["citation"], .text("It's ours"))
        XCTAssertEqual(answers["primary_intended_uses"], .text("Ranking applications\nfor a human reviewer.\n\nSecond paragraph."))
        XCTAssertEqual(answers["ethical_considerations"], .text("Age is protected."))
        XCTAssertEqual(answers["out_of_scope_uses"], .list(["Automatic rejection", "Use outside Germany: untested"]))
        XCTAssertNil(answers["version"])
    }

    func testUnknownKeyNamesFileFieldAndNearestKey() {
        let e = error(#"{"primary_intended_use": "x"}"#, "use.json")
        XCTAssertEqual(e?.file, "use.json")
        XCTAssertEqual(e?.field, "primary_intended_use")
        XCTAssertTrue(e?.description.contains("did you mean 'primary_intended_uses'") ?? false, e?.description ?? "")
    }

    func testWrongTypesAreNamed() {
        XCTAssertEqual(error(#"{"developers": 3}"#, "use.json")?.field, "developers")
        XCTAssertEqual(error(#"{"out_of_scope_uses": ["a", 2]}"#, "use.json")?.field, "out_of_scope_uses[1]")
        XCTAssertEqual(error(#"["developers"]"#, "use.json")?.field, nil)
        XCTAssertTrue(error(#"{"developers": "#, "use.json")?.description.hasPrefix("use.json: is not valid JSON") ?? false)
    }

    func testYAMLErrorsNameTheLine() {
        // A nested mapping (line 3) is outside the subset.
        let nested = error("developers: A\nintended:\n  uses: x\n", "use.yaml")
        XCTAssertEqual(nested?.line, 3)
        XCTAssertEqual(nested?.field, "intended")
        // Flow collections and ': ' in plain text need quotes.
        XCTAssertEqual(error("out_of_scope_uses: [a, b]\n", "use.yaml")?.line, 1)
        XCTAssertEqual(error("developers: x\nlicense: see: below\n", "use.yaml")?.line, 2)
        XCTAssertEqual(error("developers: \"open\n", "use.yaml")?.field, "developers")
        XCTAssertEqual(error("  developers: x\n", "use.yaml")?.line, 1)
        XCTAssertEqual(error("developers: a\ndevelopers: b\n", "use.yaml")?.line, 2)
        XCTAssertEqual(error("just text\n", "use.yaml")?.description, "use.yaml:1: is not key: value; write each field as key: text (answers files hold fields and their text only)")
    }

    func testCompletenessCountsRequiredFields() throws {
        let answers = try read(#"{"developers": "A", "license": "MIT", "primary_intended_uses": "x"}"#, "use.json")
        let c = WrittenCompleteness(fields, answers)
        // 13 fields; 3 answered; 7 required, 2 of them answered (developers, primary_intended_uses).
        XCTAssertEqual(c.fields, 13)
        XCTAssertEqual(c.written, ["developers", "license", "primary_intended_uses"])
        XCTAssertEqual(c.requiredToBeWritten, ["primary_intended_users", "out_of_scope_uses", "relevant_factors",
                                               "ethical_considerations", "caveats_and_recommendations"])
        XCTAssertFalse(c.isComplete)
    }
}
