import Foundation
import XCTest
@testable import FairKit

/// Code books: values_maps.json read, German Credit's under the loader's column names, codes the
/// book does not list left as they are.
final class CodeBookTests: XCTestCase {
    /// Meanings as values_maps.json spells them (read by eye in the file): purpose A43
    /// "radio/television"; present_employment A71 "unemployed", which the loader calls
    /// `employment`; status A11 "... < 0 DM" with its trailing space trimmed; telephone A192 true.
    func testGermanCodeBookUnderTheLoadersColumnNames() throws {
        let book = try CodeBook.germanCredit()
        XCTAssertEqual(book.meaning(of: "A43", in: "purpose"), "radio/television")
        XCTAssertEqual(book.meaning(of: "A71", in: "employment"), "unemployed")
        XCTAssertNil(book.meaning(of: "A71", in: "present_employment"), "the book's own key is not a column name")
        XCTAssertEqual(book.meaning(of: "A11", in: "status"), "... < 0 DM")
        XCTAssertEqual(book.meaning(of: "A192", in: "telephone"), "true")
        XCTAssertEqual(book.meaning(of: "A172", in: "skill_level"), "unskilled - resident")
        XCTAssertNil(book.meaning(of: "6", in: "month"), "numeric columns have no entry")
        // Every coded column of the loader is covered, and the loader decodes with the same book.
        let german = try Dataset.germanCredit()
        XCTAssertEqual(german.table.row(0)["purpose"], .category(try XCTUnwrap(book.meaning(of: "A43", in: "purpose"))))
        XCTAssertEqual(book.columns.count, 14)   // 13 qualitative attributes and the credit label
    }

    func testReadableFallsBackToTheCode() {
        let book = CodeBook(["purpose": ["A43": "radio/television"]])
        XCTAssertEqual(book.readable("A43", in: "purpose"), "radio/television")
        XCTAssertEqual(book.readable("A40", in: "purpose"), "A40")
        XCTAssertEqual(book.readable("A43", in: "status"), "A43")
    }

    func testMalformedBookNamesTheFile() {
        XCTAssertThrowsError(try CodeBook(json: Data(#"{"purpose": ["A43"]}"#.utf8), file: "book.json")) { error in
            XCTAssertTrue("\(error)".contains("book.json"), "\(error)")
        }
    }
}
