// Hidden suite for exercise `missingness-gap` (exercises/02-where-bias-comes-from/04_missingness_gap.swift).
// Expected values are derived by hand (arithmetic next to each assertion); Adult's come from pandas on the
// raw files (scripts/reference/content_where_bias_comes_from.py).

import XCTest
import FairKit
@testable import LearnerCode

final class MissingnessGapSuite: XCTest::XCTestCase {
    func testEachGroupIsDividedByItsOwnRows() throws {
        // group:  A    A    A    A    B    B
        // value:  x   nil   x    x   nil  nil
        // A: 1 missing of 4 = 0.25; B: 2 of 2 = 1. (Over all 6 rows: 1/6 and 2/6.)
        let rates = try XCTest::XCTUnwrap(
            missingRates(values: ["x", nil, "x", "x", nil, nil], groups: ["A", "A", "A", "A", "B", "B"]),
            "six rows of equal length: return rates, not nil")
        XCTest::XCTAssertEqual(Set(rates.keys), ["A", "B"], "one rate per group that occurs")
        assertValue(rates["A"], equals: 0.25, "missing rate of A: 1 of its 4 values is nil")
        assertValue(rates["B"], equals: 1, "missing rate of B: both of its 2 values are nil")
    }

    func testAGroupWithNothingMissingAndASingleRow() throws {
        // C: 3 rows, none missing -> 0. D: one row, missing -> 1 / 1 = 1.
        let rates = try XCTest::XCTUnwrap(missingRates(values: ["a", "b", "c", nil], groups: ["C", "C", "C", "D"]),
                                          "four rows: return rates")
        assertValue(rates["C"], equals: 0, "group C: no value missing, rate 0 (defined)")
        assertValue(rates["D"], equals: 1, "group D: its single value is missing, 1 / 1")
        XCTest::XCTAssertEqual(missingRates(values: [], groups: []), [:], "no rows: an empty dictionary, not nil")
        XCTest::XCTAssertNil(missingRates(values: [nil], groups: ["A", "B"]), "1 value but 2 groups: nil")
        XCTest::XCTAssertNil(missingRates(values: ["x", nil], groups: ["A"]), "2 values but 1 group: nil")
    }

    func testTheGapNamesTheHighestAndLowestGroups() throws {
        // {A 0.10, B 0.40, C 0.05, D 0.20}: highest B 0.40, lowest C 0.05, gap 0.35.
        let gap = try XCTest::XCTUnwrap(largestMissingGap(["A": 0.10, "B": 0.40, "C": 0.05, "D": 0.20]),
                                        "four groups: there is a gap")
        XCTest::XCTAssertEqual(gap.highest, "B", "the group missing the most: B at 0.40")
        XCTest::XCTAssertEqual(gap.lowest, "C", "the group missing the least: C at 0.05")
        XCTest::XCTAssertEqual(gap.gap, 0.35, accuracy: 1e-12, "gap = 0.40 - 0.05")
    }

    func testTiesGoToTheNameThatSortsFirst() throws {
        // Highest 0.3 is shared by "q" and "m": "m" sorts first. Lowest 0.1 is shared by "z" and "b": "b".
        let gap = try XCTest::XCTUnwrap(largestMissingGap(["q": 0.3, "z": 0.1, "m": 0.3, "b": 0.1, "k": 0.2]),
                                        "five groups: there is a gap")
        XCTest::XCTAssertEqual(gap.highest, "m", "q and m tie at the highest rate 0.3: name the one sorting first, m")
        XCTest::XCTAssertEqual(gap.lowest, "b", "z and b tie at the lowest rate 0.1: name the one sorting first, b")
        XCTest::XCTAssertEqual(gap.gap, 0.2, accuracy: 1e-12, "gap = 0.3 - 0.1")
    }

    func testOneGroupHasNoGapAndNoGroupsHaveNone() throws {
        let one = try XCTest::XCTUnwrap(largestMissingGap(["only": 0.4]), "one group: a gap of 0, not nil")
        XCTest::XCTAssertEqual(one.highest, "only", "one group is its own highest")
        XCTest::XCTAssertEqual(one.lowest, "only", "one group is its own lowest")
        XCTest::XCTAssertEqual(one.gap, 0, accuracy: 1e-12, "one group: 0.4 - 0.4 = 0")
        XCTest::XCTAssertNil(largestMissingGap([:]), "no groups: nothing to compare, nil")
    }

    func testAdultNativeCountryIsMissingMostForAsianPacificIslanders() throws {
        // pandas on adult.data + adult.test (48,842 rows), native-country missing by race:
        // Amer-Indian-Eskimo 0/470, Asian-Pac-Islander 128/1519 = 0.084266, Black 132/4685,
        // Other 24/406, White 573/41762 = 0.013721. Highest Asian-Pac-Islander, lowest Amer-Indian-Eskimo (0):
        // gap 128/1519 - 0 = 0.084266.
        let adult = try Dataset.adult(.combined, droppingMissing: false)
        let country = try adult.table.column("native-country")
        let race = try adult.table.column("race")
        let values = (0..<adult.table.rowCount).map { country[$0].text }
        let groups = (0..<adult.table.rowCount).map { race[$0].text ?? "missing" }
        let rates = try XCTest::XCTUnwrap(missingRates(values: values, groups: groups), "Adult: return rates")
        assertValue(rates["White"], equals: 573.0 / 41762, "Adult, White: native-country missing in 573 of 41,762 rows")
        assertValue(rates["Black"], equals: 132.0 / 4685, "Adult, Black: native-country missing in 132 of 4,685 rows")
        let gap = try XCTest::XCTUnwrap(largestMissingGap(rates), "five races: there is a gap")
        XCTest::XCTAssertEqual(gap.highest, "Asian-Pac-Islander", "Adult: highest missing rate, 128 of 1,519")
        XCTest::XCTAssertEqual(gap.lowest, "Amer-Indian-Eskimo", "Adult: lowest missing rate, 0 of 470")
        XCTest::XCTAssertEqual(gap.gap, 128.0 / 1519, accuracy: 1e-12, "Adult: gap 128/1519 - 0/470 = 8.4 points")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
