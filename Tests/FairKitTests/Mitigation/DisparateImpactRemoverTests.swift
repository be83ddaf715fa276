import XCTest
@testable import FairKit

final class DisparateImpactRemoverTests: XCTestCase {
    /// The doc comment's example: a = [1, 2, 3], b = [4, 5, 6], distinct values at positions 0…5.
    /// Quantile q pairs a's and b's q-th values; the target is the lower median of the two, a's
    /// value. Full repair maps b onto a. At ½ each b value sits 3 positions above its target and
    /// moves round(−1.5) = −2 (half to even): 4 → 2, 5 → 3, 6 → 4.
    func testWorkedExampleByHand() throws {
        let groups = SensitiveFeature(name: "g", values: ["a", "a", "a", "b", "b", "b"])
        let full = try DisparateImpactRemover(repairLevel: 1).repair([[1, 2, 3, 4, 5, 6]], sensitive: groups)
        XCTAssertEqual(full.columns, [[1, 2, 3, 1, 2, 3]])
        XCTAssertEqual(full.report, [.init(quantiles: 3, changedRows: 3, meanAbsoluteChange: 1.5)])
        let half = try DisparateImpactRemover(repairLevel: 0.5).repair([[1, 2, 3, 4, 5, 6]], sensitive: groups)
        XCTAssertEqual(half.columns, [[1, 2, 3, 2, 3, 4]])
    }

    /// German Credit, training rows 0..699, the 7 raw numeric columns, groups age > 25 / ≤ 25:
    /// AIF360 0.6.1 with BlackBoxAuditing 0.1.54 (scripts/reference/mitigation_di_remover.py). The
    /// values are integers, so sums and sums of squares compare exactly.
    func testGermanRepairedColumnsEqualAIF360() throws {
        let german = try Dataset.germanCredit().selectingRows(Array(0..<700))
        let names = ["month", "credit_amount", "investment_as_income_percentage", "residence_since", "age",
                     "number_of_credits", "people_liable_for"]
        let columns = try names.map { name in try german.table.column(name).numbers!.map { $0! } }
        let age = SensitiveFeature(try german.table.column("age_group"))
        let expected: [Double: [(sum: Double, squares: Double, first: [Double])]] = [
            1.0: [(13947, 379801, [5, 47, 12, 42, 22, 36, 22, 36]), (2077673, 10749505899, [999, 5951, 1980, 7408, 4308, 8471, 2788, 5951]),
                  (2081, 7069, [4, 2, 2, 2, 3, 2, 3, 2]), (1966, 6390, [4, 2, 3, 4, 4, 4, 4, 2]),
                  (14680, 310242, [25, 22, 22, 22, 23, 20, 23, 20]), (953, 1469, [2, 1, 1, 1, 2, 1, 1, 1]),
                  (804, 1012, [1, 1, 2, 2, 2, 2, 1, 1])],
            0.5: [(14405, 400817, [6, 48, 12, 42, 24, 36, 24, 36]), (2148066, 11396858530, [1082, 5951, 2032, 7685, 4657, 8648, 2820, 6314]),
                  (2081, 7069, [4, 2, 2, 2, 3, 2, 3, 2]), (1966, 6390, [4, 2, 3, 4, 4, 4, 4, 2]),
                  (19656, 576958, [46, 22, 35, 33, 38, 27, 38, 27]), (975, 1587, [2, 1, 1, 1, 2, 1, 1, 1]),
                  (804, 1012, [1, 1, 2, 2, 2, 2, 1, 1])],
        ]
        for (level, columnsExpected) in expected {
            let repaired = try DisparateImpactRemover(repairLevel: level).repair(columns, sensitive: age).columns
            for (j, e) in columnsExpected.enumerated() {
                XCTAssertEqual(repaired[j].reduce(0, +), e.sum, "\(names[j]) at \(level)")
                XCTAssertEqual(repaired[j].reduce(0) { $0 + $1 * $1 }, e.squares, "\(names[j]) at \(level)")
                XCTAssertEqual(Array(repaired[j].prefix(8)), e.first, "\(names[j]) at \(level)")
            }
        }
    }

    func testBadInputIsNamed() throws {
        XCTAssertThrowsError(try DisparateImpactRemover(repairLevel: 1.5))
        let one = SensitiveFeature(name: "g", values: ["a", "a"])
        XCTAssertThrowsError(try DisparateImpactRemover().repair([[1, 2]], sensitive: one)) {
            XCTAssertEqual($0 as? MitigationError, .singleGroup(feature: "g", value: "a"))
        }
    }
}
