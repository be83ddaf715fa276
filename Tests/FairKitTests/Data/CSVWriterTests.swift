import Foundation
import XCTest
@testable import FairKit

final class CSVWriterTests: XCTestCase {
    private func tricky() throws -> Table {
        try Table([
            .categorical("name", ["Smith, J.", "say \"hi\"", "two\nlines", "NA", " padded", nil]),
            .numeric("amount", [1, 0.1, -2.5, 1e-05, nil, 1234567]),
            .boolean("ok", [true, false, nil, true, false, true]),
            .categorical("code", ["01", "2", "x", "?", "N/A", "plain"]),
        ])
    }

    func testQuotesOnlyWhatNeedsQuoting() throws {
        let text = CSVWriter().string(from: try tricky())
        // Written out by hand from the rules: quote fields with the delimiter, a quote, a line
        // break, surrounding blanks, or equal to a missing token; missing values are empty.
        let expected = [
            "name,amount,ok,code",
            "\"Smith, J.\",1,true,01",
            "\"say \"\"hi\"\"\",0.1,false,2",
            "\"two\nlines\",-2.5,,x",
            "\"NA\",1e-05,true,\"?\"",
            "\" padded\",,false,\"N/A\"",
            ",1234567,true,plain",
        ].joined(separator: "\n") + "\n"
        XCTAssertEqual(text, expected)
    }

    func testRoundTripKeepsEveryCell() throws {
        let table = try tricky()
        let back = try CSVReader(schema: table.schema).read(text: CSVWriter().string(from: table))
        XCTAssertEqual(back.columnNames, table.columnNames)
        for column in table.columns {
            let other = try back.column(column.name)
            XCTAssertEqual(other.kind, column.kind)
            for row in 0..<table.rowCount {
                XCTAssertEqual(other[row], column[row], "\(column.name) row \(row)")
            }
        }
    }

    func testSemicolonCRLFAndNonFinite() throws {
        let table = try Table([.numeric("x;y", [.nan, .infinity, 2.5])])
        let text = CSVWriter(delimiter: ";", lineEnding: "\r\n").string(from: table)
        XCTAssertEqual(text, "\"x;y\"\r\nNaN\r\ninf\r\n2.5\r\n")
        let back = try CSVReader(delimiter: .semicolon).read(text: text)
        XCTAssertEqual(back.columnNames, ["x;y"])
        XCTAssertEqual(back["x;y"]?[0], .missing, "NaN reads back as missing")
    }

    func testWritesFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fairkit-writer-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try CSVWriter().write(try Table([.numeric("a", [1, 2])]), to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "a\n1\n2\n")
    }
}
