import Foundation
import XCTest

/// `learn datasheet` through the built binary: the format from --out's extension, JSON, --bins,
/// exit 64 for malformed bins and 65 for an answers file or a column that does not fit.
final class DatasheetCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-datasheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("sex,x,hired\nA,1,1\nA,2,0\nB,3,1\nB,3,1\n".utf8).write(to: folder.appendingPathComponent("d.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func sheet(_ extra: String...) throws -> LearnRun {
        try LearnRun.run(["datasheet", "--data", "d.csv", "--protected", "sex", "--label", "hired"] + extra, in: folder)
    }

    func testWritesHTMLFromTheExtensionAndJSON() throws {
        let run = try sheet("--out", "sheet.html")
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let page = try String(contentsOf: folder.appendingPathComponent("sheet.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<h2>Collection process</h2>"))
        let json = try sheet("--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        // Rows 3 and 4 are equal: one duplicate. hired = 1: A 1 of 2, B 2 of 2.
        XCTAssertEqual((object?["duplicates"] as? [String: Any])?["rows"] as? Int, 1)
        let rates = ((object?["label_base_rates"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]])?.map { ($0["rate"] as? [String: Any])?["value"] as? Double }
        XCTAssertEqual(rates, [0.5, 1])
    }

    func testBinsGroupANumericProtectedColumnAndBadBinsExit64() throws {
        // x = [1, 2, 3, 3]: 1-2 holds rows 1 and 2 (hired 1, 0), 3 or over rows 3 and 4 (hired 1, 1).
        let run = try LearnRun.run(["datasheet", "--data", "d.csv", "--protected", "x", "--bins", "x=1-2,3-", "--label", "hired",
                                    "--format", "json"], in: folder)
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["bins"] as? [String: [String]]), ["x": ["1-2", "3 or over"]])
        let groups = (object?["label_base_rates"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]] ?? []
        let rates = Dictionary(uniqueKeysWithValues: groups.compactMap { g in
            ((g["values"] as? [String])?.first).map { ($0, (g["rate"] as? [String: Any])?["value"] as? Double) }
        })
        XCTAssertEqual(rates, ["1-2": 0.5, "3 or over": 1])
        let malformed = try LearnRun.run(["datasheet", "--data", "d.csv", "--protected", "x", "--bins", "x=1-2,three-"], in: folder)
        XCTAssertEqual(malformed.exitCode, 64)
        XCTAssertTrue(malformed.stderr.contains("'three-' (for 'x') is not a range"), malformed.stderr)
        let unbinned = try LearnRun.run(["datasheet", "--data", "d.csv", "--protected", "x"], in: folder)
        XCTAssertEqual(unbinned.exitCode, 65)
        XCTAssertTrue(unbinned.stderr.contains("d.csv: the protected column 'x' is numeric; group it into ranges with --bins"), unbinned.stderr)
    }

    func testMalformedAnswersExit65() throws {
        try Data(#"{"uses": 1}"#.utf8).write(to: folder.appendingPathComponent("a.json"))
        let run = try sheet("--answers", "a.json")
        XCTAssertEqual(run.exitCode, 65)
        XCTAssertTrue(run.stderr.contains("a.json: field 'uses': must be text"), run.stderr)
    }
}
