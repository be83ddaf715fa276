import FairKit
import Foundation
import XCTest

/// The datasheet on seven hand-built rows:
///
///     sex region income credit
///     f   north  10     good
///     f   north  -      bad
///     f   south  30     good
///     m   north  40     good
///     m   south  -      good
///     m   south  -      good    (equal to the row above: 1 duplicate)
///     f   north  10     bad     (row 1 but for the label: 1 conflicting label)
final class DatasheetTests: XCTestCase {
    static let csv = "sex,region,income,credit\nf,north,10,good\nf,north,,bad\nf,south,30,good\nm,north,40,good\nm,south,,good\nm,south,,good\nf,north,10,bad\n"

    static func table(_ text: String = csv) throws -> Table { try CSVReader().read(data: Data(text.utf8), source: "tiny.csv") }

    static func sheet(answers: WrittenAnswers = WrittenAnswers()) throws -> Datasheet {
        try Datasheet(table: table(), data: "tiny.csv", protected: ["sex", "region"], label: "credit", favorable: .category("good"), answers: answers)
    }

    func testCompositionIsHandDerived() throws {
        let sheet = try Self.sheet()
        XCTAssertEqual(sheet.rowCount, 7)
        let sex = try XCTUnwrap(sheet.representation.first)
        XCTAssertEqual(sex.groups.map(\.count), [4, 3])
        XCTAssertEqual(sex.groups[0].share.number ?? .nan, 4.0 / 7, accuracy: 1e-12)
        // Intersection: f,north 3 (rows 1, 2, 7); f,south 1; m,north 1; m,south 2.
        XCTAssertEqual(sheet.representation[2].groups.map(\.count), [3, 1, 1, 2])
        // income is missing in rows 2, 5, 6: f 1 of 4 = 0.25, m 2 of 3.
        let income = try XCTUnwrap(sheet.missingness[0].byColumn.first { $0.column == "income" })
        XCTAssertEqual(income.missingCount, 3)
        XCTAssertEqual(income.groups.map { $0.rate.number ?? .nan }, [0.25, 2.0 / 3])
        // credit = good: f rows 1, 3 of 4 = 0.5; m 3 of 3 = 1.
        XCTAssertEqual(sheet.labelBaseRates[0].groups.map { $0.rate.number ?? .nan }, [0.5, 1])
        XCTAssertEqual(sheet.duplicates.rows, 1)
        XCTAssertEqual(sheet.duplicates.conflictingLabels, 1)
        // FairKit's own calls on the same table give the same numbers.
        let table = try Self.table()
        XCTAssertEqual(sheet.representation[0], try table.representation(by: ["sex"]))
        XCTAssertEqual(sheet.missingness[1], try table.missingness(by: ["region"]))
        XCTAssertEqual(sheet.labelBaseRates[2], try table.labelBaseRates(by: ["sex", "region"], label: "credit", favorable: .category("good")))
        let markdown = sheet.document.markdown()
        XCTAssertTrue(markdown.contains("1 row equal in every column to an earlier row. 1 row equal to an earlier row in every column but the label"), markdown)
        let rows = markdown.split(separator: "\n").map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        XCTAssertTrue(rows.contains(["f", "4", "57.1%"]), markdown)             // 4/7
        XCTAssertTrue(rows.contains(["income", "3", "25.0%", "66.7%", "41.7%"]), markdown)  // gap 2/3 − 1/4 = 5/12
        XCTAssertTrue(rows.contains(["m", "3", "3", "1.000"]), markdown)
    }

    func testQuestionsAreMarkedUntilAnswered() throws {
        let sheet = try Self.sheet(answers: WrittenAnswers(["motivation": .text("Teaching.")]))
        let blocks = sheet.document.blocks
        for field in Datasheet.writtenFields {
            let at = try XCTUnwrap(blocks.firstIndex(of: .heading(level: 3, text: field.title)), field.key)
            guard case .paragraph(let spans) = blocks[at + 1] else { return XCTFail(field.key) }
            if field.key == "motivation" {
                XCTAssertEqual(spans, ["Teaching."])
            } else {
                XCTAssertEqual(spans.first, ReportSpan(WrittenField.toBeWritten, .caution), field.key)
                XCTAssertEqual(spans.dropFirst().map(\.text).joined(), " (\(field.key), required): \(field.prompt)")
            }
        }
        let json = try JSONSerialization.jsonObject(with: Data(try sheet.json().utf8)) as? [String: Any]
        XCTAssertEqual((json?["completeness"] as? [String: Any])?["written"] as? [String], ["motivation"])
        XCTAssertEqual((json?["duplicates"] as? [String: Any])?["rows"] as? Int, 1)
    }

    func testHostileColumnNamesAreEscaped() throws {
        let text = "<script>x</script>,\"<img src=x onerror=1>\"\na,b\nc,d\n"
        let sheet = try Datasheet(table: Self.table(text), data: "<b>.csv", protected: ["<script>x</script>"])
        let html = sheet.document.html()
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        ReportPageChecks.assertSelfContained(html)
    }

    func testRendersInAHeadlessBrowser() throws {
        try ReportPageChecks.assertRendersInBrowser(try Self.sheet().document, name: "datasheet")
    }
}
