import FairKit
import Foundation
import XCTest
@testable import Workbench

/// The report route: the one format switch, the terminal layout of any `ReportDocument`, and the
/// atomic file writer behind `--out`.
final class ReportDeliveryTests: XCTestCase {
    /// A two-block report whose JSON is a fixed string.
    private struct Tiny: DocumentReport {
        var document: ReportDocument {
            ReportDocument(title: "Tiny", blocks: [.heading(level: 2, text: "Part"), .list([[ReportSpan("one "), ReportSpan("flag", .flag)]])])
        }
        func json() throws -> String { "{}\n" }
    }

    func testEachFormatRendersTheSameDocument() throws {
        let report = PreparedReport(Tiny(), name: "the tiny report", findings: 1, finding: "flag")
        let here = URL(fileURLWithPath: "/")
        guard case .lines(let lines) = try report.deliver(as: .text, to: nil, currentDirectory: here, width: 80) else {
            return XCTFail("text is styled lines")
        }
        XCTAssertEqual(lines.map(\.plainText), ["Tiny", "====", "", "Part", "----", "", "- one flag"])
        XCTAssertEqual(lines.last, StyledText("- ") + StyledText("one ") + StyledText("flag", style: .failure), "a flag in the failure style")
        guard case .text(let json) = try report.deliver(as: .json, to: nil, currentDirectory: here, width: 80) else { return XCTFail() }
        XCTAssertEqual(json, "{}\n")
        guard case .text(let markdown) = try report.deliver(as: .markdown, to: nil, currentDirectory: here, width: 80) else { return XCTFail() }
        XCTAssertEqual(markdown, "# Tiny\n\n## Part\n\n- one **flag**\n")
    }

    func testAFileGetsPlainTextAndTheLineSaysWhereItWent() throws {
        let folder = try TemporaryWorkspace()
        defer { folder.remove() }
        let report = PreparedReport(Tiny(), name: "the tiny report", findings: 1, finding: "flag")
        guard case .lines(let said) = try report.deliver(as: .text, to: "tiny.txt", currentDirectory: folder.root, width: 30) else {
            return XCTFail("the delivery is a line")
        }
        XCTAssertEqual(said.map(\.plainText), ["Wrote the tiny report (text) to \(folder.root.appendingPathComponent("tiny.txt").path): 1 flag."])
        XCTAssertEqual(try folder.read("tiny.txt"), "Tiny\n====\n\nPart\n----\n\n- one flag\n")
    }

    func testTheReportIsWrittenWholeWhereAsked() throws {
        let folder = try TemporaryWorkspace()
        defer { folder.remove() }
        let url = try OutputFile.write("first", to: "report.md", currentDirectory: folder.root)
        XCTAssertEqual(url, folder.root.appendingPathComponent("report.md"))
        _ = try OutputFile.write("second", to: url.path, currentDirectory: URL(fileURLWithPath: "/"))
        XCTAssertEqual(try folder.read("report.md"), "second", "an existing file is replaced")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.root.path), ["report.md"], "no temporary file is left")
        XCTAssertThrowsError(try OutputFile.write("x", to: "missing/report.md", currentDirectory: folder.root)) { error in
            XCTAssertEqual((error as? RequestFailure)?.kind, .badInput)
            XCTAssertEqual("\(error)", "--out: the folder \(folder.root.appendingPathComponent("missing").path) does not exist; create it (mkdir -p \(folder.root.appendingPathComponent("missing").path)) or write elsewhere")
        }
        XCTAssertThrowsError(try OutputFile.write("x", to: ".", currentDirectory: folder.root)) { error in
            XCTAssertEqual((error as? RequestFailure)?.kind, .badInput)
        }
    }
}
