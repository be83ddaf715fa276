import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn datasheet --bins`: a numeric protected column grouped by `learn audit`'s ranges, the
/// composition, missing values and label rates counted by hand on ten rows, and bad bins refused
/// with what is wrong.
final class DatasheetBinsTests: XCTestCase {
    var folder: URL!

    /// Ten rows; with age=-25,26-35,36-50,51- the bins are (row numbers from 1):
    /// 25 or under: 1 (19, good), 2 (25, bad, income missing)
    /// 26-35:       3 (30, good), 4 (26, good), 5 (35, bad, income missing)
    /// 36-50:       6 (40, good), 10 (50, good)
    /// 51 or over:  7 (51, good), 9 (60, bad)
    /// (missing):   8 (no age, bad)
    static let csv = """
        sex,age,credit,income
        f,19,good,10
        f,25,bad,
        f,30,good,20
        m,26,good,5
        m,35,bad,
        m,40,good,7
        m,51,good,8
        f,,bad,9
        m,60,bad,3
        f,50,good,4

        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("datasheet-bins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.csv.utf8).write(to: folder.appendingPathComponent("d.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func sheet(_ bins: String, protected: String = "age") throws -> Datasheet {
        try DatasheetRequest(data: "d.csv", protected: protected, bins: bins, label: "credit", positive: "good").run(currentDirectory: folder)
    }

    func failure(_ bins: String, protected: String = "age") -> RequestFailure? {
        do { _ = try sheet(bins, protected: protected); XCTFail("no error for --bins \(bins)"); return nil } catch { return error as? RequestFailure }
    }

    func testCompositionMissingValuesAndLabelRatesByBin() throws {
        let sheet = try sheet("age=-25,26-35,36-50,51-")
        let groups = try XCTUnwrap(sheet.representation.first)
        let counts = Dictionary(uniqueKeysWithValues: groups.groups.map { ($0.values[0], $0.count) })
        XCTAssertEqual(counts, ["25 or under": 2, "26-35": 3, "36-50": 2, "51 or over": 2])
        XCTAssertEqual(groups.rowsMissingGroup, 1)  // row 8 has no age
        // Shares of the 9 rows with an age: 3/9 for 26-35.
        XCTAssertEqual(groups.groups.first { $0.values == ["26-35"] }?.share.number ?? .nan, 3.0 / 9.0, accuracy: 1e-15)

        // income is missing in row 2 (25 or under: 1 of 2) and row 5 (26-35: 1 of 3).
        let income = try XCTUnwrap(sheet.missingness.first?.byColumn.first { $0.column == "income" })
        XCTAssertEqual(income.missingCount, 2)
        let missingRates = Dictionary(uniqueKeysWithValues: income.groups.map { ($0.group, $0.rate.number ?? .nan) })
        XCTAssertEqual(missingRates["age=25 or under"], 0.5)
        XCTAssertEqual(missingRates["age=26-35"] ?? .nan, 1.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(missingRates["age=36-50"], 0)
        XCTAssertEqual(missingRates["age=51 or over"], 0)

        // good: 25 or under 1 of 2, 26-35 2 of 3, 36-50 2 of 2, 51 or over 1 of 2.
        let rates = try XCTUnwrap(sheet.labelBaseRates.first)
        let good = Dictionary(uniqueKeysWithValues: rates.groups.map { ($0.values[0], ($0.favorableCount, $0.count)) })
        XCTAssertEqual(good["25 or under"]?.0, 1); XCTAssertEqual(good["25 or under"]?.1, 2)
        XCTAssertEqual(good["26-35"]?.0, 2); XCTAssertEqual(good["26-35"]?.1, 3)
        XCTAssertEqual(good["36-50"]?.0, 2); XCTAssertEqual(good["36-50"]?.1, 2)
        XCTAssertEqual(good["51 or over"]?.0, 1); XCTAssertEqual(good["51 or over"]?.1, 2)
        XCTAssertEqual(rates.groups.first { $0.values == ["26-35"] }?.rate.number ?? .nan, 2.0 / 3.0, accuracy: 1e-15)

        // The column table still describes age as numbers: mean of the 9 ages = 336 / 9.
        let age = try XCTUnwrap(sheet.columns.first { $0.name == "age" })
        XCTAssertEqual(age.kind, .numeric)
        XCTAssertEqual(age.mean ?? .nan, 336.0 / 9.0, accuracy: 1e-12)
        XCTAssertEqual(sheet.bins["age"]?.map(\.name), ["25 or under", "26-35", "36-50", "51 or over"])
        XCTAssertEqual(sheet.emptyBins, [:])
        XCTAssertTrue(try sheet.json().contains(#""bins" : {"#))
    }

    func testBinsMixWithACategoricalColumnAndTheIntersection() throws {
        let sheet = try sheet("age=-35,36-", protected: "sex,age")
        // sex: f 5, m 5; age 35 or under 5 (rows 1-5), 36 or over 4; sex x age: f & 35 or under 3 (rows 1-3).
        XCTAssertEqual(sheet.representation.map(\.columns), [["sex"], ["age"], ["sex", "age"]])
        let both = Dictionary(uniqueKeysWithValues: sheet.representation[2].groups.map { ($0.values, $0.count) })
        XCTAssertEqual(both[["f", "35 or under"]], 3)
        XCTAssertEqual(both[["m", "36 or over"]], 3)  // rows 6, 7, 9
        XCTAssertEqual(both[["f", "36 or over"]], 1)  // row 10
    }

    func testABinNoRowFallsInIsNamed() throws {
        let sheet = try sheet("age=-25,26-50,51-70,71-")
        XCTAssertEqual(sheet.emptyBins, ["age": ["71 or over"]])
        let text = sheet.document.blocks.compactMap { block -> String? in
            if case .paragraph(let spans) = block { return spans.map(\.text).joined() }
            return nil
        }
        XCTAssertTrue(text.contains { $0.contains("No row falls in 71 or over") }, "\(text)")
    }

    func testBadBinsAreRefusedWithWhatIsWrong() throws {
        let malformed = failure("age=abc")
        XCTAssertEqual(malformed?.kind, .usage)
        XCTAssertTrue(malformed?.description.contains("'abc' (for 'age') is not a range") ?? false, malformed?.description ?? "")
        let overlapping = failure("age=-25,25-40,41-")
        XCTAssertEqual(overlapping?.kind, .usage)
        XCTAssertTrue(overlapping?.description.contains("the bins 25 or under and 25-40 of column 'age' overlap") ?? false, overlapping?.description ?? "")
        let stray = failure("age=-25,26-", protected: "sex")
        XCTAssertEqual(stray?.kind, .usage)
        XCTAssertTrue(stray?.description.contains("'age' is not one of the protected columns (sex)") ?? false, stray?.description ?? "")
        let categorical = failure("sex=1-2", protected: "sex")
        XCTAssertEqual(categorical?.kind, .badInput)
        XCTAssertTrue(categorical?.description.hasPrefix("d.csv: column 'sex' is categorical; bins and thresholds need a numeric column")
                      ?? false, categorical?.description ?? "")
        // 40 (row 6) is in no bin.
        let gap = failure("age=-25,26-35,51-")
        XCTAssertEqual(gap?.kind, .badInput)
        XCTAssertTrue(gap?.description.hasPrefix("d.csv: column 'age' is 40 at row 6, which falls in none of the bins") ?? false, gap?.description ?? "")
        // Without --bins a numeric protected column is refused, pointing at --bins.
        do {
            _ = try DatasheetRequest(data: "d.csv", protected: "age").run(currentDirectory: folder)
            XCTFail("a numeric protected column without bins was accepted")
        } catch let failure as RequestFailure {
            XCTAssertEqual(failure.kind, .badInput)
            XCTAssertTrue(failure.description.contains("is numeric; group it into ranges with --bins"), failure.description)
        }
    }
}
