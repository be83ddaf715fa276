import XCTest
@testable import FairKit

/// ProPublica's published COMPAS figures ("How We Analyzed the COMPAS Recidivism Algorithm",
/// 2016: false positive rates 44.85 % vs 23.45 %), also printed by
/// scripts/reference/data_datasets.py, computed here with ConfusionCounts.
final class CompasDatasetTests: XCTestCase {
    private static let all = Result { try Dataset.compas(rows: .all) }

    func testRowCountsAndDuplicateColumns() throws {
        let all = try Self.all.get()
        XCTAssertEqual(all.table.rowCount, 7214)
        XCTAssertEqual(try Dataset.compas(rows: .propublicaFiltered).table.rowCount, 6172)
        // 53 header fields, two of them repeated names whose copies are dropped.
        XCTAssertEqual(all.table.columns.count, 51)
        XCTAssertFalse(all.table.hasColumn("decile_score.1"))
        XCTAssertFalse(all.table.hasColumn("priors_count.1"))
        XCTAssertEqual(all.table.columnNames.filter { $0 == "decile_score" }.count, 1)
        // First data line: id 1, miguel hernandez, ..., decile_score 1, ..., two_year_recid 0.
        XCTAssertEqual(all.table.row(0)["name"], .category("miguel hernandez"))
        XCTAssertEqual(all.table.row(0)["decile_score"], .number(1))
        XCTAssertEqual(all.labels[0], 0)
        XCTAssertEqual(all.favorableLabel, 0)
        XCTAssertEqual(all.labels.reduce(0, +), 3251)
    }

    func testProPublicaConfusionCountsAtDecileFive() throws {
        let all = try Self.all.get()
        guard let deciles = try all.table.column("decile_score").numbers else { return XCTFail("decile_score is numeric") }
        let highRisk = deciles.map { ($0 ?? 0) >= 5 ? 1 : 0 }
        let race = try all.table.column("race")
        func counts(_ group: String) throws -> ConfusionCounts {
            let rows = (0..<all.table.rowCount).filter { race[$0] == .category(group) }
            return try ConfusionCounts(labels: all.labels, predictions: highRisk, rows: rows)
        }
        let black = try counts("African-American")
        XCTAssertEqual(black, ConfusionCounts(truePositives: 1369, falsePositives: 805, trueNegatives: 990, falseNegatives: 532))
        let white = try counts("Caucasian")
        XCTAssertEqual(white, ConfusionCounts(truePositives: 505, falsePositives: 349, trueNegatives: 1139, falseNegatives: 461))
        // 805 / (805 + 990) = 0.4485; 349 / (349 + 1139) = 0.2345.
        XCTAssertEqual(try XCTUnwrap(black.falsePositiveRate.number), 0.4485, accuracy: 5e-5)
        XCTAssertEqual(try XCTUnwrap(white.falsePositiveRate.number), 0.2345, accuracy: 5e-5)
    }

    func testFilterKeepsOnlyRowsWithinThirtyDays() throws {
        let filtered = try Dataset.compas(rows: .propublicaFiltered)
        guard let days = try filtered.table.column("days_b_screening_arrest").numbers else { return XCTFail("numeric") }
        XCTAssertTrue(days.allSatisfy { $0.map { (-30...30).contains($0) } ?? false })
        XCTAssertEqual(try filtered.protectedAttribute("race").privilegedValues, ["Caucasian"])
        XCTAssertEqual(try filtered.protectedAttribute("sex").privilegedValues, ["Female"])
        XCTAssertTrue(filtered.datasheet.contains("Northpointe"))
    }
}
