// Hidden suite for exercise `disparate-impact` (exercises/03-fairness-definitions/01_disparate_impact.swift).
// Expected values are derived by hand (arithmetic next to each assertion); COMPAS's counts come from pandas on
// the raw file (scripts/reference/content_fairness_definitions.py).

import XCTest
import FairKit
@testable import LearnerCode

final class DisparateImpactSuite: XCTest::XCTestCase {
    /// 10 rows: u has 6 rows, 2 predicted 1 (1/3); p has 4 rows, 3 predicted 1 (3/4).
    private let predictions = [1, 0, 0, 1, 0, 0, 1, 1, 0, 1]
    private let groups = ["u", "u", "u", "u", "u", "u", "p", "p", "p", "p"]

    func testSelectionRateIsEachGroupsShareOfPositivePredictions() throws {
        let rates = try XCTest::XCTUnwrap(selectionRates(predictions: predictions, groups: groups),
                                          "ten rows of equal length: return rates, not nil")
        XCTest::XCTAssertEqual(Set(rates.keys), ["u", "p"], "one rate per group that occurs")
        assertValue(rates["u"], equals: 2.0 / 6, "selection rate of u: 2 of its 6 rows predicted 1")
        assertValue(rates["p"], equals: 3.0 / 4, "selection rate of p: 3 of its 4 rows predicted 1")
    }

    func testDifferenceAndRatioAreUnprivilegedAgainstPrivileged() {
        // SPD = 1/3 - 3/4 = 4/12 - 9/12 = -5/12 = -0.41667 (negative: u is selected less).
        // DI = (1/3) / (3/4) = 4/9 = 0.4444. (The other way round: +5/12 and 9/4.)
        let rates = ["u": 1.0 / 3, "p": 3.0 / 4]
        assertValue(statisticalParityDifference(rates, unprivileged: "u", privileged: "p"), equals: -5.0 / 12,
                    "statistical parity difference = SR(u) - SR(p) = 1/3 - 3/4 = -5/12")
        assertValue(disparateImpact(rates, unprivileged: "u", privileged: "p"), equals: 4.0 / 9,
                    "disparate impact = SR(u) / SR(p) = (1/3) / (3/4) = 4/9")
    }

    func testDisparateImpactIsUndefinedWhenThePrivilegedGroupHasNobodySelected() {
        // SR(p) = 0: 0.2 / 0 has no value. SR(u) = 0 with SR(p) = 0.5 is fine: 0 / 0.5 = 0.
        XCTest::XCTAssertNil(disparateImpact(["u": 0.2, "p": 0], unprivileged: "u", privileged: "p"),
                             "privileged selection rate 0: disparate impact is undefined (nil), not infinity or 0")
        assertValue(disparateImpact(["u": 0, "p": 0.5], unprivileged: "u", privileged: "p"), equals: 0,
                    "unprivileged selection rate 0: disparate impact 0 / 0.5 = 0, defined")
        assertValue(statisticalParityDifference(["u": 0.2, "p": 0], unprivileged: "u", privileged: "p"), equals: 0.2,
                    "the difference has no denominator: 0.2 - 0 = 0.2 even when the ratio is undefined")
        XCTest::XCTAssertNil(disparateImpact(["u": 0.2], unprivileged: "u", privileged: "p"), "privileged group absent: nil")
        XCTest::XCTAssertNil(statisticalParityDifference(["p": 0.2], unprivileged: "u", privileged: "p"),
                             "unprivileged group absent: nil")
    }

    func testFourFifthsRuleComparesEveryGroupWithTheHighestRate() {
        // Highest 0.5; four fifths of it is 0.4. Rates 0.5, 0.45, 0.4: all >= 0.4, passes (0.4 is exactly on the line).
        XCTest::XCTAssertEqual(passesFourFifthsRule(["a": 0.5, "b": 0.45, "c": 0.4]), true,
                               "0.4 is exactly 0.8 × 0.5: on the line passes (>=, not >)")
        // 0.39 < 0.4: fails.
        XCTest::XCTAssertEqual(passesFourFifthsRule(["a": 0.5, "b": 0.45, "c": 0.39]), false,
                               "0.39 is below 0.8 × 0.5 = 0.4: fails")
        // The highest group need not be first or named "privileged": 0.3 / 0.6 = 0.5 < 0.8 fails whatever the order.
        XCTest::XCTAssertEqual(passesFourFifthsRule(["x": 0.3, "y": 0.6]), false,
                               "0.3 against the highest 0.6: ratio 0.5, fails")
        XCTest::XCTAssertEqual(passesFourFifthsRule(["only": 0.2]), true, "one group is compared with itself: passes")
    }

    func testFourFifthsRuleIsUndefinedWithNobodySelected() {
        XCTest::XCTAssertNil(passesFourFifthsRule(["a": 0, "b": 0]), "nobody selected anywhere: no highest rate to compare with, nil")
        XCTest::XCTAssertNil(passesFourFifthsRule([:]), "no groups: nil")
    }

    func testASingleRowAndMismatchedLengths() throws {
        let rates = try XCTest::XCTUnwrap(selectionRates(predictions: [1], groups: ["solo"]), "one row: return its rate")
        assertValue(rates["solo"], equals: 1, "a single row predicted 1: selection rate 1 / 1")
        XCTest::XCTAssertEqual(selectionRates(predictions: [], groups: []), [:], "no rows: an empty dictionary, not nil")
        XCTest::XCTAssertNil(selectionRates(predictions: [1, 0], groups: ["a"]), "2 predictions, 1 group: nil")
    }

    func testCompasHighRiskLabelsByRace() throws {
        // COMPAS (ProPublica's filter), "high risk" = decile_score >= 5. pandas counts:
        // African-American 1,829 of 3,175 (0.576063), Caucasian 696 of 2,103 (0.330956).
        // Here the favourable prediction is "low risk" = 0, so compare the shares predicted LOW:
        // African-American 1,346 / 3,175 = 0.423937, Caucasian 1,407 / 2,103 = 0.669044;
        // DI = 0.423937 / 0.669044 = 0.633643, below 0.8.
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), decile = try compas.table.column("decile_score")
        var lowRisk: [Int] = [], groups: [String] = []
        for row in 0..<compas.table.rowCount {
            guard let r = race[row].text, r == "African-American" || r == "Caucasian", let score = decile[row].number else { continue }
            lowRisk.append(score < 5 ? 1 : 0)
            groups.append(r)
        }
        let rates = try XCTest::XCTUnwrap(selectionRates(predictions: lowRisk, groups: groups), "COMPAS: return rates")
        assertValue(rates["African-American"], equals: 1346.0 / 3175, "COMPAS: share of African-American defendants scored low risk")
        assertValue(rates["Caucasian"], equals: 1407.0 / 2103, "COMPAS: share of Caucasian defendants scored low risk")
        assertValue(disparateImpact(rates, unprivileged: "African-American", privileged: "Caucasian"),
                    equals: (1346.0 / 3175) / (1407.0 / 2103), "COMPAS disparate impact of a low-risk score")
        XCTest::XCTAssertEqual(passesFourFifthsRule(rates), false, "COMPAS: 0.634 of the Caucasian rate fails the four-fifths rule")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
