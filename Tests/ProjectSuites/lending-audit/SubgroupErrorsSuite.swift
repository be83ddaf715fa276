// Hidden suite for step `subgroup-errors` of project `lending-audit`
// (projects-work/lending-audit/subgroup_errors.swift). Expected values are derived by hand (arithmetic next to each
// assertion); German Credit's counts come from pandas on the raw file (scripts/reference/project_lending_audit.py).

import XCTest
import FairKit
@testable import LearnerCode

final class SubgroupErrorsSuite: XCTest::XCTestCase {
    func testRatesPerGroup() throws {
        // group a: (y, p) = (1,1) (1,0) (0,1) (0,0) (0,0): TP 1, FN 1, FP 1, TN 2.
        //   FPR = 1/(1+2) = 1/3, FNR = 1/(1+1) = 1/2, error = (1+1)/5 = 0.4.
        // group b: (1,1) (0,0): no errors.
        let rates = try XCTest::XCTUnwrap(errorRates(labels: [1, 1, 0, 0, 0, 1, 0], predictions: [1, 0, 1, 0, 0, 1, 0],
                                                     groups: ["a", "a", "a", "a", "a", "b", "b"]), "seven valid rows")
        let a = try XCTest::XCTUnwrap(rates["a"], "an entry for group a")
        XCTest::XCTAssertEqual(a.rows, 5, "group a has 5 rows")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(a.falsePositiveRate), 1.0 / 3, accuracy: 1e-12, "a: FP 1 of 3 bad risks approved")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(a.falseNegativeRate), 0.5, accuracy: 1e-12, "a: FN 1 of 2 good risks turned away")
        XCTest::XCTAssertEqual(a.errorRate, 0.4, accuracy: 1e-12, "a: 2 wrong decisions of 5")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["b"]).errorRate, 0, accuracy: 1e-12, "b: both decisions right")
    }

    func testARateWithoutItsDenominatorIsNil() throws {
        // group c holds only good risks (labels 1): FP + TN = 0, so no FPR; FNR = 1/2 (one of two turned away).
        let rates = try XCTest::XCTUnwrap(errorRates(labels: [1, 1], predictions: [1, 0], groups: ["c", "c"]), "two valid rows")
        let c = try XCTest::XCTUnwrap(rates["c"], "an entry for group c")
        XCTest::XCTAssertNil(c.falsePositiveRate, "c has no bad risks: its false positive rate is undefined (nil), not 0")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(c.falseNegativeRate), 0.5, accuracy: 1e-12, "c: 1 of 2 good risks turned away")
    }

    func testRatesWithSmallDenominators() throws {
        // group d: one good risk turned away: FN 1, TP 0 -> FNR 1/1 = 1 (defined: one row is enough).
        // group e: (0,1) (0,0): FP 1, TN 1 -> FPR 1/2 (FP equal to TN is no reason for nil).
        let rates = try XCTest::XCTUnwrap(errorRates(labels: [1, 0, 0], predictions: [0, 1, 0], groups: ["d", "e", "e"]), "valid input")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["d"]?.falseNegativeRate), 1, accuracy: 1e-12, "d: its one good risk was turned away")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["e"]?.falsePositiveRate), 0.5, accuracy: 1e-12, "e: FP 1 of 2 bad risks")
    }

    func testInvalidInputGivesNil() {
        XCTest::XCTAssertNil(errorRates(labels: [1, 0], predictions: [1], groups: ["a", "a"]), "2 labels, 1 prediction: nil")
        XCTest::XCTAssertNil(errorRates(labels: [1], predictions: [1], groups: ["a", "b"]), "1 label, 2 groups: nil")
        XCTest::XCTAssertNil(errorRates(labels: [2], predictions: [1], groups: ["a"]), "label 2 is not 0 or 1: nil")
        XCTest::XCTAssertNil(errorRates(labels: [1], predictions: [-1], groups: ["a"]), "prediction -1 is not 0 or 1: nil")
    }

    func testNoRowsGiveNoGroups() throws {
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(errorRates(labels: [], predictions: [], groups: []), "no rows is valid").count, 0,
                               "no rows: no groups")
    }

    func testIntersectionsJoinBothValues() {
        XCTest::XCTAssertEqual(intersectionGroups(["female", "male"], ["age <= 25", "age > 25"]), ["female & age <= 25", "male & age > 25"],
                               "each row's two values joined with \" & \"")
        XCTest::XCTAssertNil(intersectionGroups(["female"], []), "1 value and 0 values: nil")
    }

    func testGermanCreditApprovingEveryoneBySexAndAge() throws {
        // Approve everyone (prediction 1 for all 1,000 rows): every bad risk is a false positive, so FPR = 1 and FNR = 0
        // in every subgroup, and the error rate is the share of bad risks. pandas on german.data:
        // female & age <= 25: 47 bad of 105; male & age > 25: 158 bad of 605.
        let german = try Dataset.germanCredit()
        let sex = try german.table.column("sex"), age = try german.table.column("age_group")
        let rows = 0..<german.table.rowCount
        let groups = try XCTest::XCTUnwrap(intersectionGroups(rows.map { sex[$0].text ?? "" }, rows.map { age[$0].text ?? "" }), "1,000 rows each")
        let rates = try XCTest::XCTUnwrap(errorRates(labels: german.labels, predictions: Array(repeating: 1, count: german.table.rowCount),
                                                     groups: groups), "German Credit: valid labels and predictions")
        XCTest::XCTAssertEqual(rates.count, 4, "two sexes times two age groups")
        let young = try XCTest::XCTUnwrap(rates["female & age <= 25"], "a female & age <= 25 subgroup")
        XCTest::XCTAssertEqual(young.rows, 105, "German Credit: 105 women aged 25 or less")
        XCTest::XCTAssertEqual(young.errorRate, 47.0 / 105, accuracy: 1e-12, "approve all: error = 47 bad risks of 105")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(young.falsePositiveRate), 1, accuracy: 1e-12, "approve all: every bad risk approved")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["male & age > 25"]).errorRate, 158.0 / 605, accuracy: 1e-12,
                               "approve all: men over 25, 158 bad risks of 605")
    }
}
