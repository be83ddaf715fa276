import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn datasheet`'s request: the file read, the favourable value found, and the files and
/// columns it refuses with their names.
final class DatasheetRequestTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("datasheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("sex,age,credit,hired\nf,30,good,1\nf,40,bad,0\nm,50,good,1\n", "d.csv")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func sheet(_ request: DatasheetRequest) throws -> Datasheet { try request.run(currentDirectory: folder) }

    func failure(_ request: DatasheetRequest) -> RequestFailure? {
        do { _ = try sheet(request); XCTFail("no error"); return nil } catch { return error as? RequestFailure }
    }

    func testLabelRatesAndSHA() throws {
        // hired is 0/1, so 1 is favourable: f 1 of 2, m 1 of 1.
        let sheet = try sheet(DatasheetRequest(data: "d.csv", protected: "sex", label: "hired"))
        XCTAssertEqual(sheet.labelBaseRates[0].groups.map { $0.rate.number ?? .nan }, [0.5, 1])
        XCTAssertEqual(sheet.sha256, SHA256.hexDigest(of: try Data(contentsOf: folder.appendingPathComponent("d.csv"))))
        let good = try self.sheet(DatasheetRequest(data: "d.csv", protected: "sex", label: "credit", positive: "good"))
        XCTAssertEqual(good.labelBaseRates[0].groups.map(\.favorableCount), [1, 1])
    }

    func testRefusalsNameWhatIsWrong() throws {
        XCTAssertEqual(failure(DatasheetRequest(data: "d.csv", protected: "sex", label: "credit"))?.kind, .usage)  // good or bad?
        let numeric = failure(DatasheetRequest(data: "d.csv", protected: "age"))
        XCTAssertEqual(numeric?.kind, .badInput)
        XCTAssertTrue(numeric?.description.hasPrefix("d.csv: the protected column 'age' is numeric") ?? false, numeric?.description ?? "")
        XCTAssertTrue(failure(DatasheetRequest(data: "d.csv", protected: "race"))?.description.contains("no column 'race'") ?? false)
        try write("motivation: x\nuses:\n  a: b\n", "answers.yaml")
        let answers = failure(DatasheetRequest(data: "d.csv", protected: "sex", answers: "answers.yaml"))
        XCTAssertEqual(answers?.kind, .badInput)
        XCTAssertTrue(answers?.description.hasPrefix("answers.yaml:3: field 'uses'") ?? false, answers?.description ?? "")
        try write(#"{"motivations": "x"}"#, "answers.json")
        XCTAssertTrue(failure(DatasheetRequest(data: "d.csv", protected: "sex", answers: "answers.json"))?.description
            .hasPrefix("answers.json: field 'motivations': is not one of the fields (did you mean 'motivation'?)") ?? false)
    }
}
