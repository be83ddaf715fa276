// Hidden suite for exercise `label-base-rates` (exercises/02-where-bias-comes-from/02_label_base_rates.swift).
// Expected values are derived by hand (arithmetic next to each assertion) or come from pandas on the raw
// files (scripts/reference/content_where_bias_comes_from.py) and, for COMPAS, ProPublica's published counts.

import XCTest
import FairKit
@testable import LearnerCode

final class LabelBaseRatesSuite: XCTest::XCTestCase {
    func testEachGroupsRateUsesItsOwnRows() throws {
        // group:  A  A  A  A  B  B  B  B  B
        // label:  1  1  1  0  1  0  0  0  1
        // A: 3 of its 4 rows labelled 1 -> 0.75; B: 2 of its 5 -> 0.4. (Over all 9 rows: 3/9 and 2/9.)
        let rates = try XCTest::XCTUnwrap(
            favourableRates(labels: [1, 1, 1, 0, 1, 0, 0, 0, 1], favourable: 1,
                            groups: ["A", "A", "A", "A", "B", "B", "B", "B", "B"]),
            "nine rows of equal length: return rates, not nil")
        XCTest::XCTAssertEqual(Set(rates.keys), ["A", "B"], "one rate per group that occurs")
        assertValue(rates["A"], equals: 0.75, "favourable rate of A: 3 of its 4 rows have label 1")
        assertValue(rates["B"], equals: 0.4, "favourable rate of B: 2 of its 5 rows have label 1")
    }

    func testTheFavourableLabelCanBeZero() throws {
        // The same rows with 0 as the good outcome (as in COMPAS): A 1 of 4 = 0.25, B 3 of 5 = 0.6.
        let rates = try XCTest::XCTUnwrap(
            favourableRates(labels: [1, 1, 1, 0, 1, 0, 0, 0, 1], favourable: 0,
                            groups: ["A", "A", "A", "A", "B", "B", "B", "B", "B"]),
            "favourable 0 is valid: return rates")
        assertValue(rates["A"], equals: 0.25, "favourable = 0: A has 1 of 4 rows labelled 0")
        assertValue(rates["B"], equals: 0.6, "favourable = 0: B has 3 of 5 rows labelled 0")
    }

    func testGermanCreditYoungApplicantsHaveGoodCreditLessOften() throws {
        // pandas on german.data: age > 25: 590 good of 810 = 0.728395; age <= 25: 110 of 190 = 0.578947.
        // Ratio young / older = (110/190) / (590/810) = 0.578947 / 0.728395 = 0.794826.
        let german = try Dataset.germanCredit()
        let column = try german.table.column("age_group")
        let groups = (0..<german.table.rowCount).map { column[$0].text ?? "missing" }
        let rates = try XCTest::XCTUnwrap(favourableRates(labels: german.labels, favourable: 1, groups: groups),
                                          "German Credit's labels are 0/1: return rates")
        assertValue(rates["age > 25"], equals: 590.0 / 810, "German Credit, age > 25: 590 good of 810")
        assertValue(rates["age <= 25"], equals: 110.0 / 190, "German Credit, age <= 25: 110 good of 190")
        assertValue(baseRateRatio(rates, group: "age <= 25", reference: "age > 25"), equals: (110.0 / 190) / (590.0 / 810),
                    "base-rate ratio young / older = 0.579 / 0.728 = 0.795, under four fifths")
    }

    func testCompasRecidivismByRaceMatchesProPublica() throws {
        // ProPublica's filtered COMPAS data (6,172 rows): 1,661 of 3,175 African-American defendants and 822 of
        // 2,103 Caucasian defendants re-offended within two years. Favourable label 0 (no new offence):
        // 1514/3175 = 0.476850 and 1281/2103 = 0.609130; ratio 0.476850 / 0.609130 = 0.782836.
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let column = try compas.table.column("race")
        let groups = (0..<compas.table.rowCount).map { column[$0].text ?? "missing" }
        let rates = try XCTest::XCTUnwrap(favourableRates(labels: compas.labels, favourable: compas.favorableLabel, groups: groups),
                                          "COMPAS labels are 0/1: return rates")
        XCTest::XCTAssertEqual(rates.count, 6, "COMPAS has six recorded races")
        assertValue(rates["African-American"], equals: 1514.0 / 3175, "COMPAS African-American: 1514 of 3175 did not re-offend")
        assertValue(rates["Caucasian"], equals: 1281.0 / 2103, "COMPAS Caucasian: 1281 of 2103 did not re-offend")
        assertValue(baseRateRatio(rates, group: "African-American", reference: "Caucasian"), equals: (1514.0 / 3175) / (1281.0 / 2103),
                    "base-rate ratio African-American / Caucasian of the favourable label")
    }

    func testAGroupWithNoFavourableRowsHasRateZeroAndASingleRowCounts() throws {
        // C's two rows are both 0 -> 0 / 2 = 0 (defined: those rows exist). D's single row is 1 -> 1 / 1 = 1.
        let rates = try XCTest::XCTUnwrap(favourableRates(labels: [0, 0, 1], favourable: 1, groups: ["C", "C", "D"]),
                                          "three rows: return rates")
        assertValue(rates["C"], equals: 0, "group C: 0 of 2 rows favourable = 0, a real 0")
        assertValue(rates["D"], equals: 1, "group D: its single row is favourable, 1 / 1 = 1")
        XCTest::XCTAssertEqual(favourableRates(labels: [], favourable: 1, groups: []), [:],
                               "no rows: no groups, an empty dictionary (valid input, not nil)")
    }

    func testRatioIsGroupOverReferenceAndUndefinedAgainstZero() {
        // 0.3 / 0.6 = 0.5 (the other way round it would be 2). Equal rates: 1. A zero reference: undefined.
        assertValue(baseRateRatio(["u": 0.3, "p": 0.6], group: "u", reference: "p"), equals: 0.5,
                    "ratio = rate of the group 0.3 over rate of the reference 0.6")
        assertValue(baseRateRatio(["u": 0.4, "p": 0.4], group: "u", reference: "p"), equals: 1, "equal rates: ratio 1")
        assertValue(baseRateRatio(["u": 0, "p": 0.5], group: "u", reference: "p"), equals: 0,
                    "a group with rate 0 against 0.5: ratio 0 (defined)")
        XCTest::XCTAssertNil(baseRateRatio(["u": 0.3, "p": 0], group: "u", reference: "p"),
                             "reference rate 0: 0.3 / 0 is undefined, nil")
        XCTest::XCTAssertNil(baseRateRatio(["u": 0.3], group: "u", reference: "p"), "reference group absent: nil")
        XCTest::XCTAssertNil(baseRateRatio(["p": 0.3], group: "u", reference: "p"), "group absent: nil")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(favourableRates(labels: [1, 0], favourable: 1, groups: ["A"]), "2 labels, 1 group: nil")
        XCTest::XCTAssertNil(favourableRates(labels: [1], favourable: 1, groups: ["A", "B"]), "1 label, 2 groups: nil")
        XCTest::XCTAssertNil(favourableRates(labels: [1, 2], favourable: 1, groups: ["A", "A"]),
                             "label 2 is neither 0 nor 1: nil rather than count it as unfavourable")
        XCTest::XCTAssertNil(favourableRates(labels: [1, 0], favourable: 2, groups: ["A", "A"]),
                             "favourable label 2 can never occur: nil")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
