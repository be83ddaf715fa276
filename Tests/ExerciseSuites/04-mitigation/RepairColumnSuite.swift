// Hidden suite for exercise `repair-column` (exercises/04-mitigation/02_repair_column.swift).
// Expected values are derived by hand (arithmetic next to each assertion) and agree with an independent numpy
// implementation of the same definition (np.quantile, np.median) in scripts/reference/content_mitigation.py,
// which also prints the German Credit figures.

import XCTest
import FairKit
@testable import LearnerCode

final class RepairColumnSuite: XCTest::XCTestCase {
    // a = [1, 2, 3], b = [10, 20, 30, 40].
    private let values: [Double] = [1, 2, 3, 10, 20, 30, 40]
    private let groups = ["a", "a", "a", "b", "b", "b", "b"]

    func testFullRepairOfTwoGroups() {
        // Row 1 (a): u = 0/2 = 0; quantiles Q_a(0) = 1, Q_b(0) = 10; median of two = 5.5.
        // Row 2 (a): u = 1/2; Q_a = 2, Q_b at position 1.5 = 25; median 13.5.  Row 3: u = 1; 3 and 40: 21.5.
        // Row 20 (b): u = 1/3; Q_a at position 2/3 = 1 + 2/3 = 5/3, Q_b = 20; median (5/3 + 20) / 2 = 65/6.
        // Row 30 (b): u = 2/3; Q_a at 4/3 = 7/3, Q_b = 30; median 97/6.  Row 40: u = 1; 3 and 40: 21.5.
        assertRepaired(repairColumn(values: values, groups: groups, level: 1), [5.5, 13.5, 21.5, 5.5, 65.0 / 6, 97.0 / 6, 21.5],
                       "repair level 1: each value becomes the median of the groups' quantiles at its rank")
    }

    func testPartialRepairMovesHalfWay() {
        // Level 0.5: (x + target) / 2. Row 1: (1 + 5.5) / 2 = 3.25; row 20: (20 + 65/6) / 2 = 185/12.
        assertRepaired(repairColumn(values: values, groups: groups, level: 0.5),
                       [3.25, 7.75, 12.25, 7.75, 185.0 / 12, 277.0 / 12, 30.75], "repair level 0.5: half-way from x to the target")
        // Level 0: nothing moves.
        assertRepaired(repairColumn(values: values, groups: groups, level: 0), values, "repair level 0: the column is unchanged")
    }

    func testTiedValuesStayTied() {
        // x = [5, 5, 9], y = [0, 4, 8]. Both 5s have 0 values below them: u = 0; targets median(5, 0) = 2.5.
        // 9: u = 2/2 = 1: median(9, 8) = 8.5. y: 0 at u 0 -> 2.5; 4 at u 1/2 -> median(5, 4) = 4.5; 8 at u 1 -> 8.5.
        assertRepaired(repairColumn(values: [5, 5, 9, 0, 4, 8], groups: ["x", "x", "x", "y", "y", "y"], level: 1),
                       [2.5, 2.5, 8.5, 2.5, 4.5, 8.5], "a tie (5, 5): rank = values strictly below, so both get u = 0")
    }

    func testThreeGroupsTakeTheMiddleQuantile() {
        // a = [0, 10], b = [1, 2, 3], c = [100, 200]: the median of three quantiles is the middle one.
        // 0 (a, u 0): median(0, 1, 100) = 1. 10 (a, u 1): median(10, 3, 200) = 10.
        // 1 (b, u 0): 1. 2 (b, u 1/2): median(5, 2, 150) = 5. 3 (b, u 1): 10. 100 (c, u 0): 1. 200 (c, u 1): 10.
        assertRepaired(repairColumn(values: [0, 10, 1, 2, 3, 100, 200], groups: ["a", "a", "b", "b", "b", "c", "c"], level: 1),
                       [1, 10, 1, 5, 10, 1, 10], "three groups: the target is the middle one of three quantiles")
    }

    func testAGroupOfOneRowAndASingleRow() {
        // s = [7] (one row: u = 0.5), b = [0, 10].
        // 7: Q_s(1/2) = 7, Q_b(1/2) = 5: median 6. 0 (b, u 0): median(7, 0) = 3.5. 10 (b, u 1): median(7, 10) = 8.5.
        assertRepaired(repairColumn(values: [7, 0, 10], groups: ["s", "b", "b"], level: 1), [6, 3.5, 8.5],
                       "a group of one row takes rank 0.5, and its single value is its quantile at every rank")
        // One row in all: its own quantile is itself.
        assertRepaired(repairColumn(values: [4], groups: ["g"], level: 1), [4], "a single row is the whole distribution: unchanged")
    }

    func testGermanCreditAmountByAge() throws {
        // German Credit's credit_amount, age > 25 against age <= 25, level 1 (numpy, content_mitigation.py):
        // sum of the repaired column 3163050.3986860774; first rows 1079.6878862793574, 6450.555555555555.
        let german = try Dataset.germanCredit()
        let amount = try german.table.column("credit_amount"), age = try german.table.column("age_group")
        let values = (0..<german.table.rowCount).map { amount[$0].number ?? 0 }
        let groups = (0..<german.table.rowCount).map { age[$0].text ?? "missing" }
        let repaired = try XCTest::XCTUnwrap(repairColumn(values: values, groups: groups, level: 1), "German: a repaired column")
        guard repaired.count == 1000 else { return XCTest::XCTFail("one repaired value per row: expected 1000, got \(repaired.count)") }
        XCTest::XCTAssertEqual(repaired.reduce(0, +), 3163050.3986860774, accuracy: 1e-6, "sum of German's repaired credit_amount (numpy)")
        XCTest::XCTAssertEqual(repaired[0], 1079.6878862793574, accuracy: 1e-9, "row 0 (age 67, 1169 DM) repaired (numpy)")
        XCTest::XCTAssertEqual(repaired[1], 6450.555555555555, accuracy: 1e-9, "row 1 (age 22, 5951 DM) repaired (numpy)")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(repairColumn(values: [], groups: [], level: 1), "no rows: nil")
        XCTest::XCTAssertNil(repairColumn(values: [1, 2], groups: ["a"], level: 1), "2 values, 1 group: nil")
        XCTest::XCTAssertNil(repairColumn(values: [1, 2], groups: ["a", "b"], level: 1.5), "repair level above 1: nil")
        XCTest::XCTAssertNil(repairColumn(values: [1, 2], groups: ["a", "b"], level: -0.1), "repair level below 0: nil")
    }

    private func assertRepaired(_ actual: [Double]?, _ expected: [Double], _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil: \(message)", line: line) }
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) values, got \(actual.count)", line: line)
        }
        for (i, (a, e)) in zip(actual, expected).enumerated() {
            XCTest::XCTAssertEqual(a, e, accuracy: 1e-12, "\(message) [row \(i)]", line: line)
        }
    }
}
