import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn explain --codebook`: a file of raw codes explained with the code book's text in the
/// values, the narrative and the counterfactual changes; a code book that cannot be read is bad
/// input naming it.
extension ExplainRequestTests {
    /// Six applicants whose skill level is coded as german.data codes it (values_maps.json's `job`
    /// entry: A172 "unskilled - resident", A173 "skilled employee/ official"), a model of them,
    /// a code book of the file's own, and a broken one.
    func writeCodedApplicants() throws {
        let coded = """
            income,skill_level,approved
            20,A172,no
            30,A173,yes
            25,A172,no
            50,A173,yes
            60,A173,yes
            15,A172,no

            """
        try Data(coded.utf8).write(to: folder.appendingPathComponent("coded.csv"))
        try Data(#"{"skill_level": {"A172": "unskilled ", "A173": "skilled"}}"#.utf8).write(to: folder.appendingPathComponent("book.json"))
        try Data("{not json".utf8).write(to: folder.appendingPathComponent("broken.json"))
        _ = try TrainRequest(data: "coded.csv", label: "approved", positive: "yes", out: "coded.json").run(currentDirectory: folder)
    }

    func explainCoded(_ change: (inout ExplainRequest) -> Void) throws -> ExplainResult {
        try explain { $0.model = "coded.json"; $0.data = "coded.csv"; change(&$0) }
    }

    /// Row 0 holds A172: with the file's book it reads "unskilled" (the trailing space trimmed),
    /// with the bundled German book "unskilled - resident" (values_maps.json's job entry, which
    /// Dataset.germanCredit() calls skill_level), without a book "A172". The narrative never shows
    /// the code when a book is given.
    func testValuesAndNarrativeReadAsTheCodeBook() throws {
        try writeCodedApplicants()
        for (book, expected) in [("book.json", "unskilled"), ("german", "unskilled - resident"), (nil, "A172")] as [(String?, String)] {
            let result = try explainCoded { $0.rows = "0"; $0.method = "exact-shap"; $0.codeBook = book }
            guard case let .shapley(_, _, readable, narrative) = try XCTUnwrap(result.rows.first) else { return XCTFail("not Shapley") }
            XCTAssertEqual(readable["skill_level"], expected, book ?? "no book")
            if book != nil {
                XCTAssertFalse(narrative.contains("A172"), narrative)
                if narrative.contains("skill_level (") { XCTAssertTrue(narrative.contains("skill_level (\(expected))"), narrative) }
            }
        }
    }

    /// A counterfactual that changes skill_level names both levels by the book's text.
    func testCounterfactualChangesReadAsTheCodeBook() throws {
        try writeCodedApplicants()
        let result = try explainCoded { $0.rows = "0"; $0.method = "counterfactual"; $0.immutable = "income"; $0.codeBook = "book.json" }
        guard case let .counterfactual(_, changes) = try XCTUnwrap(result.rows.first) else { return XCTFail("not a counterfactual") }
        let job = changes.flatMap { $0 }.filter { $0.column == "skill_level" }
        XCTAssertFalse(job.isEmpty, "income is immutable, so only skill_level can flip the decision")
        for change in job {
            XCTAssertEqual(change.from, "unskilled")
            XCTAssertEqual(change.to, "skilled")
        }
    }

    func testUnreadableCodeBooksAreNamed() throws {
        try writeCodedApplicants()
        for (book, message) in [("missing.json", "missing.json: cannot read the code book (no such file)"),
                                ("broken.json", "broken.json")] {
            XCTAssertThrowsError(try explainCoded { $0.codeBook = book }) { error in
                guard let failure = error as? RequestFailure else { return XCTFail("\(error)") }
                XCTAssertEqual(failure.kind, .badInput)
                XCTAssertTrue(failure.description.hasPrefix(message), failure.description)
            }
        }
    }
}
