// Hidden suite for step `selection-rates` of project `lending-audit`
// (projects-work/lending-audit/selection_rates.swift). Expected values are derived by hand (arithmetic next to each
// assertion); German Credit's counts come from pandas on the raw file (scripts/reference/project_lending_audit.py).

import XCTest
import FairKit
@testable import LearnerCode

final class SelectionRatesSuite: XCTest::XCTestCase {
    func testSelectionRateCountsOnlyTheGroupsRows() {
        // group a: predictions [1, 0, 1, 1] -> 3/4; group b: [0, 1] -> 1/2.
        let predictions = [1, 0, 1, 1, 0, 1], groups = ["a", "a", "a", "a", "b", "b"]
        assertRate(selectionRate(predictions: predictions, groups: groups, group: "a"), 0.75, "group a: 3 of its 4 rows predicted 1")
        assertRate(selectionRate(predictions: predictions, groups: groups, group: "b"), 0.5, "group b: 1 of its 2 rows predicted 1")
    }

    func testAnAbsentGroupOrMismatchedListsGiveNil() {
        XCTest::XCTAssertNil(selectionRate(predictions: [1, 0], groups: ["a", "a"], group: "b"), "no row of group b: no rate, nil (not 0)")
        XCTest::XCTAssertNil(selectionRate(predictions: [1, 0, 1], groups: ["a", "a"], group: "a"), "3 predictions, 2 groups: nil")
        XCTest::XCTAssertNil(groupDisparity(predictions: [1, 1], groups: ["m", "m"], privileged: "m", unprivileged: "f"),
                             "no row of the unprivileged group: nil")
    }

    func testDisparityIsUnprivilegedAgainstPrivileged() throws {
        // m: [1, 1, 1, 0] -> 0.75; f: [1, 0, 0, 0] -> 0.25. DI = 0.25 / 0.75 = 1/3; SPD = 0.25 - 0.75 = -0.5.
        let d = try XCTest::XCTUnwrap(groupDisparity(predictions: [1, 1, 1, 0, 1, 0, 0, 0], groups: ["m", "m", "m", "m", "f", "f", "f", "f"],
                                                     privileged: "m", unprivileged: "f"), "both groups have rows")
        XCTest::XCTAssertEqual(d.privilegedRate, 0.75, accuracy: 1e-12, "m's selection rate: 3 of 4")
        XCTest::XCTAssertEqual(d.unprivilegedRate, 0.25, accuracy: 1e-12, "f's selection rate: 1 of 4")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d.disparateImpact), 1.0 / 3, accuracy: 1e-12, "DI = 0.25 / 0.75 (unprivileged over privileged)")
        XCTest::XCTAssertEqual(d.statisticalParityDifference, -0.5, accuracy: 1e-12, "SPD = 0.25 - 0.75, negative: f is selected less")
    }

    func testNoRatioWhenThePrivilegedGroupIsNeverSelected() throws {
        // m: [0, 0] -> 0; f: [1, 0] -> 0.5. DI = 0.5 / 0 has no value; SPD = 0.5 - 0 = 0.5 still exists.
        let d = try XCTest::XCTUnwrap(groupDisparity(predictions: [0, 0, 1, 0], groups: ["m", "m", "f", "f"], privileged: "m", unprivileged: "f"),
                                      "both groups have rows")
        XCTest::XCTAssertNil(d.disparateImpact, "the privileged rate is 0: no ratio (nil, not infinity)")
        XCTest::XCTAssertEqual(d.statisticalParityDifference, 0.5, accuracy: 1e-12, "SPD = 0.5 - 0, positive: f is selected more")
    }

    func testOtherGroupsRowsAreIgnored() throws {
        // x rows are neither group. m: [1, 0] -> 0.5; f: [1, 1, 0] -> 2/3. DI = (2/3) / 0.5 = 4/3.
        let d = try XCTest::XCTUnwrap(groupDisparity(predictions: [1, 0, 1, 1, 0, 0, 0, 0], groups: ["m", "m", "f", "f", "f", "x", "x", "x"],
                                                     privileged: "m", unprivileged: "f"), "both groups have rows")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d.disparateImpact), 4.0 / 3, accuracy: 1e-12, "DI = (2/3) / (1/2): x's rows count for neither")
        XCTest::XCTAssertEqual(d.statisticalParityDifference, 2.0 / 3 - 0.5, accuracy: 1e-12, "SPD = 2/3 - 1/2")
    }

    func testPredictionsOtherThanOneAreNotSelections() {
        // Only 1 is the favourable decision: [1, 2, -1, 1] -> 2 of 4.
        assertRate(selectionRate(predictions: [1, 2, -1, 1], groups: ["a", "a", "a", "a"], group: "a"), 0.5, "only predictions equal to 1 count")
    }

    func testGermanCreditBaseRatesByAgeAndSex() throws {
        // pandas on german.data: good credit risks age <= 25: 110 of 190, age > 25: 590 of 810 -> DI 0.794826 (the
        // published figure), SPD 110/190 - 590/810 = -0.149448. female 201 of 310, male 499 of 690 -> DI 0.896567.
        let german = try Dataset.germanCredit()
        let age = try german.table.column("age_group"), sex = try german.table.column("sex")
        let ages = (0..<german.table.rowCount).map { age[$0].text ?? "" }, sexes = (0..<german.table.rowCount).map { sex[$0].text ?? "" }
        let byAge = try XCTest::XCTUnwrap(groupDisparity(predictions: german.labels, groups: ages, privileged: "age > 25", unprivileged: "age <= 25"),
                                          "German Credit by age group")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(byAge.disparateImpact), (110.0 / 190) / (590.0 / 810), accuracy: 1e-12,
                               "German Credit, age: (110/190) / (590/810)")
        XCTest::XCTAssertEqual(byAge.statisticalParityDifference, 110.0 / 190 - 590.0 / 810, accuracy: 1e-12, "German Credit, age: 110/190 - 590/810")
        let bySex = try XCTest::XCTUnwrap(groupDisparity(predictions: german.labels, groups: sexes, privileged: "male", unprivileged: "female"),
                                          "German Credit by sex")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(bySex.disparateImpact), (201.0 / 310) / (499.0 / 690), accuracy: 1e-12,
                               "German Credit, sex: (201/310) / (499/690)")
    }

    private func assertRate(_ actual: Double?, _ expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected \(expected): \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
