import Foundation
import XCTest
@testable import FairKit

/// Every error path of the reader, on small inline inputs whose line and field numbers are
/// counted by hand.
final class CSVReaderErrorTests: XCTestCase {
    private func error(_ bytes: [UInt8], _ reader: CSVReader = CSVReader(),
                       file: StaticString = #filePath, line: UInt = #line) -> DelimitedTextError? {
        do {
            let table = try reader.read(bytes: bytes, source: "in.csv")
            XCTFail("expected an error, read \(table.rowCount) rows", file: file, line: line)
        } catch let e as DelimitedTextError {
            return e
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
        }
        return nil
    }

    private func error(_ text: String, _ reader: CSVReader = CSVReader(),
                       file: StaticString = #filePath, line: UInt = #line) -> DelimitedTextError? {
        error(Array(text.utf8), reader, file: file, line: line)
    }

    func testRaggedRowNamesTheLine() throws {
        // Line 1 header (3 fields), line 2 fine, line 3 blank (skipped), line 4 has 2 fields.
        let e = try XCTUnwrap(error("a,b,c\n1,2,3\n\n4,5\n"))
        XCTAssertEqual(e.problem, .raggedRow(fields: 2, expected: 3, namesFromHeader: true))
        XCTAssertEqual(e.line, 4)
        XCTAssertEqual(e.description, "in.csv:4: line 4 has 2 fields, the header has 3. Fix: look for a missing "
            + "or extra delimiter on that line; quote fields that contain the delimiter (\"a,b\").")
        // With given names the message says so; a too-long row is ragged too.
        let given = try XCTUnwrap(error("1,2,3\n", CSVReader(header: .none(columnNames: ["a", "b"]))))
        XCTAssertEqual(given.problem, .raggedRow(fields: 3, expected: 2, namesFromHeader: false))
        XCTAssertEqual(given.line, 1)
        XCTAssertTrue(given.message.contains("2 column names were given"), given.message)
    }

    func testRaggedRowAfterQuotedNewlineCountsPhysicalLines() throws {
        // The record on lines 2-3 holds a quoted newline; the bad record starts on line 4.
        let e = try XCTUnwrap(error("a,b\n\"x\ny\",1\n2\n"))
        XCTAssertEqual(e.line, 4)
    }

    func testUnclosedQuoteNamesWhereItOpened() throws {
        let e = try XCTUnwrap(error("a,b\n1,2\n3,\"never closed\n4,5\n"))
        XCTAssertEqual(e.problem, .unclosedQuote)
        XCTAssertEqual(e.line, 3)
        XCTAssertEqual(e.column, 2)
        XCTAssertTrue(e.description.hasPrefix("in.csv:3:2: a quoted field opens on line 3 and is never closed"), e.description)
    }

    func testTextAfterClosingQuote() throws {
        let e = try XCTUnwrap(error("a,b\n\"ab\"c,1\n"))
        XCTAssertEqual(e.problem, .textAfterClosingQuote)
        XCTAssertEqual(e.line, 2)
        XCTAssertEqual(e.column, 1)
        // Spaces between a closing quote and the delimiter are fine.
        XCTAssertEqual(try CSVReader().read(text: "a,b\n\"x\"  ,1\n")["a"]?[0], .category("x"))
    }

    func testInvalidUTF8NamesLineAndByteOffset() throws {
        // "a\nb\n" is 4 bytes (offsets 0-3); "caf" takes offsets 4-6; 0xE9 (Latin-1 é) is at
        // offset 7, on line 3.
        let bytes = Array("a\nb\ncaf".utf8) + [0xE9] + Array("\n".utf8)
        let e = try XCTUnwrap(error(bytes))
        XCTAssertEqual(e.problem, .invalidUTF8(byteOffset: 7, byte: 0xE9))
        XCTAssertEqual(e.line, 3)
        XCTAssertTrue(e.description.contains("byte 0xE9 at byte offset 7"), e.description)
        XCTAssertTrue(e.fix.contains("iconv"))
        // Ill-formed sequences of every kind: overlong "/", a surrogate, above U+10FFFF, truncated.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let e = try XCTUnwrap(error(Array("x\n".utf8) + bad))
            XCTAssertEqual(e.problem, .invalidUTF8(byteOffset: 2, byte: bad[0]))
        }
        // Well-formed multi-byte text is fine.
        XCTAssertEqual(try CSVReader().read(text: "x\ncafé €𝄞\n")["x"]?[0], .category("café €𝄞"))
    }

    func testEmptyInputs() throws {
        XCTAssertEqual(error("")?.problem, .empty(skippedLines: 0))
        XCTAssertEqual(error("\n\n  \n")?.problem, .empty(skippedLines: 0))
        XCTAssertEqual(error([0xEF, 0xBB, 0xBF])?.problem, .empty(skippedLines: 0))
        XCTAssertEqual(error("a,b\n", CSVReader(skipLines: 5))?.problem, .empty(skippedLines: 5))
        XCTAssertEqual(error("", CSVReader(header: .none(columnNames: ["a"])))?.problem, .empty(skippedLines: 0))
    }

    func testMissingRequiredColumnSuggestsTheNearestName() throws {
        let e = try XCTUnwrap(error("age,income\n1,2\n", CSVReader(requiredColumns: ["incme"])))
        XCTAssertEqual(e.problem, .missingColumn("incme", available: ["age", "income"]))
        XCTAssertTrue(e.message.contains("did you mean 'income'?"), e.message)
        let schema = try XCTUnwrap(error("age\n1\n", CSVReader(schema: ["sex": .categorical])))
        XCTAssertEqual(schema.problem, .missingColumn("sex", available: ["age"]))
    }

    func testNotANumberInDeclaredNumericColumn() throws {
        // Line 3, field 2 holds "12a".
        let e = try XCTUnwrap(error("id,amount\n1,10\n2,12a\n", CSVReader(schema: ["amount": .numeric])))
        XCTAssertEqual(e.problem, .notANumber(value: "12a", columnName: "amount"))
        XCTAssertEqual(e.line, 3)
        XCTAssertEqual(e.column, 2)
        XCTAssertTrue(e.description.hasPrefix("in.csv:3:2: column 'amount' is declared numeric but holds '12a'"), e.description)
    }

    func testNotABooleanInDeclaredBooleanColumn() throws {
        let e = try XCTUnwrap(error("ok\ntrue\nyes\n", CSVReader(schema: ["ok": .boolean])))
        XCTAssertEqual(e.problem, .notABoolean(value: "yes", columnName: "ok"))
        XCTAssertEqual(e.line, 3)
        XCTAssertEqual(e.column, 1)
    }

    func testDuplicateColumnNamesAreAnErrorByDefault() throws {
        let e = try XCTUnwrap(error("x,y,x\n1,2,3\n"))
        XCTAssertEqual(e.problem, .duplicateColumnName("x", firstColumn: 1))
        XCTAssertEqual(e.line, 1)
        XCTAssertEqual(e.column, 3)
        XCTAssertTrue(e.message.contains("columns 1 and 3 are both named 'x'"), e.message)
        let given = try XCTUnwrap(error("1,2\n", CSVReader(header: .none(columnNames: ["x", "x"]))))
        XCTAssertEqual(given.problem, .duplicateColumnName("x", firstColumn: 1))
        XCTAssertNil(given.line, "given names are not on a line of the file")
        XCTAssertEqual(given.column, 2)
    }

    func testUnusableSettings() throws {
        XCTAssertNotNil(error("a\n1\n", CSVReader(delimiter: .character("\""))).map(\.problem).flatMap { p -> Bool? in
            if case .invalidSetting = p { return true } else { return nil }
        })
        XCTAssertNotNil(error("a\n1\n", CSVReader(delimiter: .character("é"))))
        XCTAssertNotNil(error("a\n1\n", CSVReader(skipLines: -1)))
        XCTAssertNotNil(error("a\n1\n", CSVReader(header: .none(columnNames: []))))
    }

    func testUnreadableFileNamesThePath() throws {
        let url = URL(fileURLWithPath: "/nonexistent/fairkit/loans.csv")
        XCTAssertThrowsError(try CSVReader().read(contentsOf: url)) { error in
            let e = error as? DelimitedTextError
            XCTAssertEqual(e?.problem, .unreadable(reason: "no such file"))
            XCTAssertEqual(e?.source, "/nonexistent/fairkit/loans.csv")
        }
    }

    func testNoInputCrashesTheReader() {
        // Every prefix of a tricky input ends in a table or a DelimitedTextError, never a trap.
        let tricky = Array("a,\"b\"\"\"\r\n\"x\ny\",\"\"\r\n\"\u{e9}\"  ,2\r\n,\"".utf8)
        for cut in 0...tricky.count {
            do { _ = try CSVReader().read(bytes: Array(tricky[..<cut]), source: "p") } catch is DelimitedTextError {} catch {
                XCTFail("prefix \(cut): \(error)")
            }
        }
        // And random bytes over a small alphabet that hits every branch of the tokenizer.
        var g = SeededGenerator(seed: 5)
        let alphabet: [UInt8] = Array(",\" \t\r\nab1.-?".utf8) + [0xC3, 0xA9, 0xFF]
        for _ in 0..<3000 {
            let bytes = (0..<g.nextInt(below: 40)).map { _ in alphabet[g.nextInt(below: alphabet.count)] }
            for reader in [CSVReader(), CSVReader(delimiter: .whitespace, header: .none(columnNames: ["a", "b"])),
                           CSVReader(delimiter: .commaFollowedBySpaces, skipLines: 1, duplicateColumnNames: .numberSuffix)] {
                do { _ = try reader.read(bytes: bytes, source: "r") } catch is DelimitedTextError {} catch {
                    XCTFail("\(bytes): \(error)")
                }
            }
        }
    }
}
