// Hidden suite for exercise `equalized-odds` (exercises/03-fairness-definitions/02_equalized_odds.swift).
// Expected values are derived by hand (arithmetic next to each assertion); the three-group example is
// Fairlearn's documentation data (docs/fairkit-fairness.md, "Three conventions side by side"); COMPAS's counts
// and Fairlearn's equalized_odds_difference (0.2115821530429738) come from
// scripts/reference/content_fairness_definitions.py.

import XCTest
import FairKit
@testable import LearnerCode

final class EqualizedOddsSuite: XCTest::XCTestCase {
    func testFairlearnsThreeGroupExample() {
        // group  TP FP TN FN   TPR           FPR
        // a       1  2  0  1   1/2           2/2 = 1
        // b       3  0  1  2   3/5           0/1 = 0
        // c       2  2  1  3   2/5           2/3
        // TPR spread 3/5 - 2/5 = 1/5; FPR spread 1 - 0 = 1; equalized odds = max(1/5, 1) = 1.
        let rows = Rows([("a", tp: 1, fp: 2, tn: 0, fn: 1), ("b", tp: 3, fp: 0, tn: 1, fn: 2), ("c", tp: 2, fp: 2, tn: 1, fn: 3)])
        assertDifferences(rows, equalOpportunity: 0.2, "equal opportunity difference: TPR of b (3/5) - TPR of c (2/5)",
                          equalizedOdds: 1, "equalized odds difference: max(TPR spread 1/5, FPR spread 1 - 0) = 1")
    }

    func testTheLargerSpreadWinsEitherWay() {
        // g: TP 4 FN 1 (TPR 0.8), FP 1 TN 4 (FPR 0.2). h: TP 2 FN 3 (TPR 0.4), FP 2 TN 3 (FPR 0.4).
        // TPR spread 0.4, FPR spread 0.2: equalized odds 0.4 (here the TPR spread is the larger).
        let rows = Rows([("g", tp: 4, fp: 1, tn: 4, fn: 1), ("h", tp: 2, fp: 2, tn: 3, fn: 3)])
        assertDifferences(rows, equalOpportunity: 0.4, "equal opportunity: TPR 0.8 - 0.4",
                          equalizedOdds: 0.4, "equalized odds: max(TPR spread 0.8 - 0.4, FPR spread 0.4 - 0.2) = 0.4")
    }

    func testTheFalsePositiveSpreadCanBeTheLarger() {
        // g: TP 2 FN 1 (TPR 2/3), FP 1 TN 3 (FPR 1/4). h: TP 1 FN 0 (TPR 1, from a single positive row),
        // FP 3 TN 1 (FPR 3/4). TPR spread 1 - 2/3 = 1/3; FPR spread 3/4 - 1/4 = 1/2: equalized odds 1/2.
        let rows = Rows([("g", tp: 2, fp: 1, tn: 3, fn: 1), ("h", tp: 1, fp: 3, tn: 1, fn: 0)])
        assertDifferences(rows, equalOpportunity: 1.0 / 3, "equal opportunity: TPR of h (1 of its single positive) - TPR of g (2/3)",
                          equalizedOdds: 0.5, "equalized odds: max(TPR spread 1/3, FPR spread 3/4 - 1/4) = 1/2; FPR = FP / (FP + TN)")
    }

    func testCompasAfricanAmericanAndCaucasianDefendants() throws {
        // "High risk" = decile_score >= 5, positive label = re-offended. pandas counts:
        // African-American TP 1188 FN 473 FP 641 TN 873: TPR 1188/1661 = 0.715232, FPR 641/1514 = 0.423382.
        // Caucasian        TP 414  FN 408 FP 282 TN 999: TPR 414/822 = 0.503650,  FPR 282/1281 = 0.220141.
        // TPR spread 0.211582, FPR spread 0.203241: equalized odds 0.211582 (Fairlearn: 0.2115821530429738).
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), decile = try compas.table.column("decile_score")
        var labels: [Int] = [], predictions: [Int] = [], groups: [String] = []
        for row in 0..<compas.table.rowCount {
            guard let r = race[row].text, r == "African-American" || r == "Caucasian", let score = decile[row].number else { continue }
            labels.append(compas.labels[row])
            predictions.append(score >= 5 ? 1 : 0)
            groups.append(r)
        }
        assertValue(equalOpportunityDifference(labels: labels, predictions: predictions, groups: groups),
                    equals: 1188.0 / 1661 - 414.0 / 822, "COMPAS TPR spread: 1188/1661 - 414/822")
        assertValue(equalizedOddsDifference(labels: labels, predictions: predictions, groups: groups),
                    equals: 0.2115821530429738, "COMPAS equalized odds difference (Fairlearn's value)")
    }

    func testAGroupWithoutPositivesOrNegativesMakesTheComparisonUndefined() {
        // Group z has two rows, both label 0: no positives, so no TPR; both differences are undefined.
        let rows = Rows([("g", tp: 2, fp: 1, tn: 1, fn: 2), ("z", tp: 0, fp: 1, tn: 1, fn: 0)])
        XCTest::XCTAssertNil(equalOpportunityDifference(labels: rows.labels, predictions: rows.predictions, groups: rows.groups),
                             "group z has no positive labels: its TPR is 0/0, so the TPR spread is undefined (nil, not a gap to 0)")
        XCTest::XCTAssertNil(equalizedOddsDifference(labels: rows.labels, predictions: rows.predictions, groups: rows.groups),
                             "group z has no TPR: equalized odds is undefined")
        // Group w has only positives: its TPR is defined (1/2) but its FPR is not.
        let positivesOnly = Rows([("g", tp: 2, fp: 1, tn: 1, fn: 2), ("w", tp: 1, fp: 0, tn: 0, fn: 1)])
        assertValue(equalOpportunityDifference(labels: positivesOnly.labels, predictions: positivesOnly.predictions, groups: positivesOnly.groups),
                    equals: 0, "g and w both have TPR 1/2: equal opportunity difference 0 (a tie)")
        XCTest::XCTAssertNil(equalizedOddsDifference(labels: positivesOnly.labels, predictions: positivesOnly.predictions, groups: positivesOnly.groups),
                             "group w has no negative labels: its FPR is 0/0, so equalized odds is undefined")
    }

    func testOneGroupHasNoSpread() {
        // One group, TPR 1/2 and FPR 1/2: spreads 0.
        let rows = Rows([("only", tp: 1, fp: 1, tn: 1, fn: 1)])
        assertValue(equalizedOddsDifference(labels: rows.labels, predictions: rows.predictions, groups: rows.groups),
                    equals: 0, "a single group is compared with itself: 0")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(equalizedOddsDifference(labels: [], predictions: [], groups: []), "no rows: nil")
        XCTest::XCTAssertNil(equalOpportunityDifference(labels: [], predictions: [], groups: []), "no rows: nil")
        XCTest::XCTAssertNil(equalizedOddsDifference(labels: [1, 0], predictions: [1], groups: ["a", "a"]),
                             "2 labels, 1 prediction: nil")
        XCTest::XCTAssertNil(equalOpportunityDifference(labels: [1, 0], predictions: [1, 0], groups: ["a"]),
                             "2 labels, 1 group: nil")
    }

    /// Both differences of `rows` against their expected values.
    private func assertDifferences(_ rows: Rows, equalOpportunity: Double, _ equalOpportunityMessage: String,
                                   equalizedOdds: Double, _ equalizedOddsMessage: String, line: UInt = #line) {
        assertValue(equalOpportunityDifference(labels: rows.labels, predictions: rows.predictions, groups: rows.groups),
                    equals: equalOpportunity, equalOpportunityMessage, line: line)
        assertValue(equalizedOddsDifference(labels: rows.labels, predictions: rows.predictions, groups: rows.groups),
                    equals: equalizedOdds, equalizedOddsMessage, line: line)
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}

/// Rows built from each group's confusion counts.
private struct Rows {
    var labels: [Int] = [], predictions: [Int] = [], groups: [String] = []

    init(_ counts: [(group: String, tp: Int, fp: Int, tn: Int, fn: Int)]) {
        for (group, tp, fp, tn, fn) in counts {
            for (label, prediction, count) in [(1, 1, tp), (0, 1, fp), (0, 0, tn), (1, 0, fn)] {
                labels += Array(repeating: label, count: count)
                predictions += Array(repeating: prediction, count: count)
                groups += Array(repeating: group, count: count)
            }
        }
    }
}
