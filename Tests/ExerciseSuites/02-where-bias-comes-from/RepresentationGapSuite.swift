// Hidden suite for exercise `representation-gap` (exercises/02-where-bias-comes-from/01_representation_gap.swift).
// Expected values are derived by hand (arithmetic next to each assertion); German Credit's figures
// come from scipy.stats.chisquare in scripts/reference/content_where_bias_comes_from.py.

import XCTest
import FairKit
@testable import LearnerCode

final class RepresentationGapSuite: XCTest::XCTestCase {
    /// 100 rows: 70 in A, 20 in B, 10 in C; the population is 50% A, 30% B, 20% C.
    private let sample = Array(repeating: "A", count: 70) + Array(repeating: "B", count: 20) + Array(repeating: "C", count: 10)
    private let population = ["A": 0.5, "B": 0.3, "C": 0.2]

    func testRatioIsTheGroupsShareOfRowsOverItsPopulationShare() throws {
        // A: 0.70 / 0.5 = 1.4; B: 0.20 / 0.3 = 0.666...; C: 0.10 / 0.2 = 0.5.
        let ratios = try XCTest::XCTUnwrap(representationRatios(groups: sample, population: population),
                                           "100 rows, every group in the population: return ratios, not nil")
        XCTest::XCTAssertEqual(Set(ratios.keys), ["A", "B", "C"], "one ratio per population group")
        assertValue(ratios["A"], equals: 1.4, "ratio of A: share 70/100 = 0.70 over population share 0.5")
        assertValue(ratios["B"], equals: 0.2 / 0.3, "ratio of B: share 20/100 = 0.20 over population share 0.3 = 0.667")
        assertValue(ratios["C"], equals: 0.5, "ratio of C: share 10/100 = 0.10 over population share 0.2 (0.1 / 0.2 = 0.5, not 0.2 / 0.1)")
    }

    func testChiSquareSumsSquaredDifferencesOverExpectedCounts() {
        // Expected counts n·p: 50, 30, 20. X² = (70-50)²/50 + (20-30)²/30 + (10-20)²/20
        //                                      = 400/50 + 100/30 + 100/20 = 8 + 3.333... + 5 = 16.333...
        // (Dividing by the observed counts instead gives 400/70 + 100/20 + 100/10 = 20.71.)
        assertValue(chiSquareStatistic(groups: sample, population: population), equals: 8 + 100.0 / 30 + 5,
                    "X² of 70/20/10 rows against 50/30/20 expected: 8 + 3.333 + 5 = 16.333")
    }

    func testGermanCreditHasFewerWomenThanAHalfFemalePopulation() throws {
        // German Credit: 310 women and 690 men (sex as AIF360 infers it). Against illustrative population
        // shares 0.508 / 0.492: ratios 0.310 / 0.508 = 0.6102 and 0.690 / 0.492 = 1.4024;
        // X² = (310-508)²/508 + (690-492)²/492 = 39204/508 + 39204/492 = 77.173 + 79.683 = 156.856
        // (scipy.stats.chisquare gives 156.856155175725).
        let german = try Dataset.germanCredit()
        let sex = try german.table.column("sex")
        let groups = (0..<german.table.rowCount).map { sex[$0].text ?? "missing" }
        let census = ["female": 0.508, "male": 0.492]
        let ratios = try XCTest::XCTUnwrap(representationRatios(groups: groups, population: census),
                                           "German Credit's 1,000 rows are all female or male: return ratios")
        assertValue(ratios["female"], equals: 0.310 / 0.508, "German Credit women: 310/1000 over 0.508 = 0.610")
        assertValue(ratios["male"], equals: 0.690 / 0.492, "German Credit men: 690/1000 over 0.492 = 1.402")
        assertValue(chiSquareStatistic(groups: groups, population: census), equals: 156.856155175725,
                    "German Credit sex against 0.508 / 0.492: X² = 77.173 + 79.683", accuracy: 1e-9)
    }

    func testAPopulationGroupWithNoRowsHasRatioZeroAndStillCounts() throws {
        // 4 rows: A, A, B, B; population A 0.25, B 0.25, C 0.5. Expected counts 1, 1, 2.
        // Ratios: A 0.5/0.25 = 2, B 2, C 0/0.5 = 0. X² = (2-1)²/1 + (2-1)²/1 + (0-2)²/2 = 1 + 1 + 2 = 4
        // (skipping the empty group C gives 2: it is the most under-represented of all).
        let rows = ["A", "A", "B", "B"]
        let shares = ["A": 0.25, "B": 0.25, "C": 0.5]
        let ratios = try XCTest::XCTUnwrap(representationRatios(groups: rows, population: shares),
                                           "every row's group is in the population: return ratios")
        assertValue(ratios["C"], equals: 0, "group C has no rows: ratio 0 / 0.5 = 0, and it must be listed")
        assertValue(ratios["A"], equals: 2, "group A: 2/4 = 0.5 of the rows over 0.25 = 2")
        assertValue(chiSquareStatistic(groups: rows, population: shares), equals: 4,
                    "X² with an empty group: 1 + 1 + (0-2)²/2 = 4; the empty group contributes n·p = 2")
    }

    func testASingleRow() throws {
        // One row in A; population A 0.5, B 0.5: expected 0.5 and 0.5.
        // Ratios: A 1/0.5 = 2, B 0. X² = (1-0.5)²/0.5 + (0-0.5)²/0.5 = 0.5 + 0.5 = 1.
        let ratios = try XCTest::XCTUnwrap(representationRatios(groups: ["A"], population: ["A": 0.5, "B": 0.5]),
                                           "a single row is still data: return ratios")
        assertValue(ratios["A"], equals: 2, "one row, all of it A: 1.0 / 0.5 = 2")
        assertValue(ratios["B"], equals: 0, "one row, none of it B: 0")
        assertValue(chiSquareStatistic(groups: ["A"], population: ["A": 0.5, "B": 0.5]), equals: 1,
                    "X² of one row against 50/50: 0.25/0.5 + 0.25/0.5 = 1")
    }

    func testRowsInTheExactPopulationProportionsGiveZeroAndRatioOne() throws {
        // 3 rows A and 1 row B against A 0.75, B 0.25: expected 3 and 1 exactly, X² = 0, ratios 1.
        let rows = ["A", "B", "A", "A"]
        let shares = ["A": 0.75, "B": 0.25]
        assertValue(chiSquareStatistic(groups: rows, population: shares), equals: 0,
                    "3 of 4 rows in A against a 75% population share: no difference, X² = 0")
        let ratios = try XCTest::XCTUnwrap(representationRatios(groups: rows, population: shares), "return ratios")
        assertValue(ratios["A"], equals: 1, "A: 0.75 / 0.75 = 1, proportional")
        assertValue(ratios["B"], equals: 1, "B: 0.25 / 0.25 = 1, proportional")
    }

    func testInputsThatCannotBeComparedGiveNil() {
        XCTest::XCTAssertNil(representationRatios(groups: [], population: ["A": 1]), "no rows: no shares, ratios are nil")
        XCTest::XCTAssertNil(chiSquareStatistic(groups: [], population: ["A": 1]), "no rows: X² is nil, not 0")
        XCTest::XCTAssertNil(representationRatios(groups: ["A", "Z"], population: ["A": 1]),
                             "row group Z is not in the population: nil rather than ignore the row")
        XCTest::XCTAssertNil(chiSquareStatistic(groups: ["A", "Z"], population: ["A": 1]),
                             "row group Z is not in the population: X² is nil")
        XCTest::XCTAssertNil(representationRatios(groups: ["A"], population: ["A": 1, "B": 0]),
                             "population share 0 for B: a ratio to 0 is undefined, nil")
        XCTest::XCTAssertNil(chiSquareStatistic(groups: ["A"], population: ["A": 1, "B": 0]),
                             "population share 0 for B: its expected count is 0 and X² divides by it, nil")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String,
                             accuracy: Double = 1e-12, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: accuracy, message, line: line)
    }
}
