// Hidden suite for exercise `proxy-cramers-v` (exercises/02-where-bias-comes-from/03_proxy_cramers_v.swift).
// Expected values are derived by hand (the table of counts and the arithmetic next to each assertion);
// German Credit's come from scipy.stats.contingency.association(method="cramer") in
// scripts/reference/content_where_bias_comes_from.py.

import XCTest
import FairKit
@testable import LearnerCode

final class ProxyCramersVSuite: XCTest::XCTestCase {
    func testATwoByTwoTableByHand() {
        //            group a   group b
        // code 1        30        10      (row total 40)
        // code 2        10        30      (row total 40)
        // n = 80, every expected count 40 · 40 / 80 = 20. X² = 4 · (10² / 20) = 20.
        // V = √(20 / (80 · (2 - 1))) = √0.25 = 0.5.
        let (feature, group) = rows([("1", "a", 30), ("1", "b", 10), ("2", "a", 10), ("2", "b", 30)])
        assertValue(cramersV(feature, group), equals: 0.5, "Cramér's V of the 2 × 2 table 30/10/10/30: √(20 / 80) = 0.5")
    }

    func testPostalCodesThatSortPeopleByGroup() {
        // Three postal codes, two groups: the lesson's postal-code case.
        //            group x   group y   total
        // 1010         40        10        50
        // 2020         10        40        50
        // 3030         25        25        50
        // n = 150; column totals 75 and 75; each expected count 50 · 75 / 150 = 25.
        // X² = (15² + 15² + 15² + 15² + 0 + 0) / 25 = 900 / 25 = 36.
        // min(r, c) - 1 = min(3, 2) - 1 = 1, so V = √(36 / 150) = √0.24 = 0.489898.
        let (feature, group) = rows([("1010", "x", 40), ("1010", "y", 10), ("2020", "x", 10), ("2020", "y", 40),
                                     ("3030", "x", 25), ("3030", "y", 25)])
        assertValue(cramersV(feature, group), equals: 0.24.squareRoot(),
                    "Cramér's V of 3 postal codes × 2 groups: X² = 36, n = 150, min(3, 2) - 1 = 1, √(36/150)")
        assertValue(cramersV(group, feature), equals: 0.24.squareRoot(), "V is symmetric: swapping the columns gives the same 0.4899")
    }

    func testAThreeByThreeTableUsesMinOfRowsAndColumnsMinusOne() {
        // A 3 × 3 table where each code belongs to one group: 10 rows each on the diagonal.
        // n = 30, every row and column total 10, expected 10 · 10 / 30 = 10/3 per cell.
        // Diagonal cells: (10 - 10/3)² / (10/3) = (20/3)² · 3/10 = 40/3 each, three of them: 40.
        // Off-diagonal cells: (0 - 10/3)² / (10/3) = 10/3 each, six of them: 20. X² = 60.
        // V = √(60 / (30 · (3 - 1))) = √1 = 1. (Forgetting the "- 1" gives √(60/90) = 0.816.)
        let (feature, group) = rows([("p", "a", 10), ("q", "b", 10), ("r", "c", 10)])
        assertValue(cramersV(feature, group), equals: 1, "3 codes each holding one group: V = √(60 / (30 · 2)) = 1")
    }

    func testIndependentColumnsGiveZeroAndTiesInCountsAreFine() {
        // Every code has the same 50/50 split of the groups: observed = expected in every cell, X² = 0, V = 0.
        let (feature, group) = rows([("1", "a", 5), ("1", "b", 5), ("2", "a", 3), ("2", "b", 3)])
        assertValue(cramersV(feature, group), equals: 0, "each code split 50/50 between the groups: independent, V = 0")
    }

    func testGermanCreditPersonalStatusIsSexAndHousingTracksAge() throws {
        // scipy on german.data: personal_status × sex V = 1.0 (sex was derived from it);
        // housing × age_group V = 0.3096474451214705 (42% of applicants aged 25 or less rent, 12% of the older).
        let german = try Dataset.germanCredit()
        func values(_ name: String) throws -> [String] {
            let column = try german.table.column(name)
            return (0..<german.table.rowCount).map { column[$0].text ?? "missing" }
        }
        assertValue(cramersV(try values("personal_status"), try values("sex")), equals: 1,
                    "German Credit personal_status × sex: sex is read off personal_status, V = 1", accuracy: 1e-9)
        assertValue(cramersV(try values("housing"), try values("age_group")), equals: 0.3096474451214705,
                    "German Credit housing × age_group (3 × 2 table of 1,000 rows)", accuracy: 1e-9)
    }

    func testAColumnWithOneValueOrNoRowsHasNoV() {
        XCTest::XCTAssertNil(cramersV(["1", "1", "1"], ["a", "b", "a"]),
                             "the feature has one distinct value: min(r, c) - 1 = 0, V is undefined (nil, not 0)")
        XCTest::XCTAssertNil(cramersV(["1", "2", "3"], ["a", "a", "a"]),
                             "the group column has one distinct value: V is undefined")
        XCTest::XCTAssertNil(cramersV(["1"], ["a"]), "a single row has one value in each column: V is undefined")
        XCTest::XCTAssertNil(cramersV([], []), "no rows: V is undefined")
        XCTest::XCTAssertNil(cramersV(["1", "2"], ["a"]), "2 feature values but 1 group: nil")
    }

    func testTwoRowsThatDifferInBothColumnsArePerfectlyAssociated() {
        // Rows (1, a) and (2, b): n = 2, expected 1 · 1 / 2 = 0.5 in each cell.
        // X² = 2 · (1 - 0.5)² / 0.5 + 2 · (0 - 0.5)² / 0.5 = 1 + 1 = 2; V = √(2 / (2 · 1)) = 1.
        assertValue(cramersV(["1", "2"], ["a", "b"]), equals: 1, "two rows, (1, a) and (2, b): X² = 2, V = √(2/2) = 1")
    }

    /// Rows from (feature value, group, how many) cells.
    private func rows(_ cells: [(String, String, Int)]) -> ([String], [String]) {
        var feature: [String] = []
        var group: [String] = []
        for (f, g, count) in cells {
            feature += Array(repeating: f, count: count)
            group += Array(repeating: g, count: count)
        }
        return (feature, group)
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String,
                             accuracy: Double = 1e-12, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: accuracy, message, line: line)
    }
}
