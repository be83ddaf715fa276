// Hidden suite for exercise `german-scorecard` (exercises/04-mitigation/07_german_scorecard.swift).
// Small examples are derived by hand (arithmetic next to each assertion). German Credit's expected accuracy
// and selection rates are scikit-learn's LogisticRegression (C = 1, solved to the optimum) with and without
// AIF360's Reweighing weights, on the setup of scripts/reference/mitigation_german.py, printed by
// scripts/reference/content_mitigation.py (german_scorecard_suite).

import XCTest
import FairKit
@testable import LearnerCode

final class GermanScorecardSuite: XCTest::XCTestCase {
    func testExpectedValuesByHand() throws {
        // p 0.8 0.4 | 0.5 1.0, labels 1 0 | 0 1: right = 0.8 + 0.6 + 0.5 + 1.0 = 2.9 of 4 = 0.725.
        // Rates: a (0.8 + 0.4) / 2 = 0.6; b (0.5 + 1.0) / 2 = 0.75; DP difference 0.15.
        let card = try XCTest::XCTUnwrap(expectedScorecard(probabilities: [0.8, 0.4, 0.5, 1.0], labels: [1, 0, 0, 1], groups: ["a", "a", "b", "b"]))
        XCTest::XCTAssertEqual(card.accuracy, 0.725, accuracy: 1e-12, "expected accuracy: p for label 1, 1 - p for label 0, averaged")
        XCTest::XCTAssertEqual(card.selectionRates.map(\.group), ["a", "b"], "groups sorted by name")
        assertRate(card, "a", 0.6, "selection rate of a: mean p")
        assertRate(card, "b", 0.75, "selection rate of b: mean p")
        XCTest::XCTAssertEqual(card.demographicParityDifference, 0.15, accuracy: 1e-12, "DP difference: 0.75 - 0.6")
    }

    func testThreeGroupsAndAGroupWithoutPositives() throws {
        // z has only label-0 rows (p 0.2, 0.4): right 0.8 + 0.6. x: p 1 (label 1): 1. y: p 0 (label 1): 0, p 0.5 (label 0): 0.5.
        // Accuracy (1.4 + 1 + 0.5) / 5 = 0.58. Rates x 1, y 0.25, z 0.3: DP difference 1 - 0.25 = 0.75 (largest minus smallest, not first minus last).
        let card = try XCTest::XCTUnwrap(expectedScorecard(probabilities: [0.2, 1, 0, 0.4, 0.5], labels: [0, 1, 1, 0, 0],
                                                           groups: ["z", "x", "y", "z", "y"]))
        XCTest::XCTAssertEqual(card.accuracy, 0.58, accuracy: 1e-12, "expected accuracy (0.8 + 1 + 0 + 0.6 + 0.5) / 5")
        XCTest::XCTAssertEqual(card.selectionRates.map(\.group), ["x", "y", "z"], "three groups, sorted by name")
        assertRate(card, "y", 0.25, "rate of y: (0 + 0.5) / 2")
        assertRate(card, "z", 0.3, "rate of z, a group without positives: (0.2 + 0.4) / 2")
        XCTest::XCTAssertEqual(card.demographicParityDifference, 0.75, accuracy: 1e-12, "DP difference over three groups: 1 - 0.25")
    }

    func testOneRowAndTiedGroups() throws {
        // One row, p 0.3, label 0: accuracy 0.7, one group, DP difference 0.
        let one = try XCTest::XCTUnwrap(expectedScorecard(probabilities: [0.3], labels: [0], groups: ["g"]))
        XCTest::XCTAssertEqual(one.accuracy, 0.7, accuracy: 1e-12, "one row: 1 - 0.3")
        XCTest::XCTAssertEqual(one.demographicParityDifference, 0, accuracy: 1e-12, "one group: no difference")
        // Hard decisions: p in {0, 1} gives ordinary accuracy. a: 1, 0 (labels 1, 1): 1 right; b: 1, 0 (labels 0, 0): 1 right. Rates tie at 1/2.
        let hard = try XCTest::XCTUnwrap(expectedScorecard(probabilities: [1, 0, 1, 0], labels: [1, 1, 0, 0], groups: ["a", "a", "b", "b"]))
        XCTest::XCTAssertEqual(hard.accuracy, 0.5, accuracy: 1e-12, "hard decisions: 2 of 4 right")
        XCTest::XCTAssertEqual(hard.demographicParityDifference, 0, accuracy: 1e-12, "tied selection rates 1/2 and 1/2: difference 0")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(expectedScorecard(probabilities: [], labels: [], groups: []), "no rows: nil")
        XCTest::XCTAssertNil(expectedScorecard(probabilities: [0.5], labels: [1, 0], groups: ["a", "a"]), "1 probability, 2 labels: nil")
        XCTest::XCTAssertNil(expectedScorecard(probabilities: [0.5, 0.5], labels: [1, 0], groups: ["a"]), "2 labels, 1 group: nil")
        XCTest::XCTAssertNil(expectedScorecard(probabilities: [1.2], labels: [1], groups: ["a"]), "a probability above 1: nil")
        XCTest::XCTAssertNil(expectedScorecard(probabilities: [-0.1], labels: [0], groups: ["a"]), "a probability below 0: nil")
        XCTest::XCTAssertNil(expectedScorecard(probabilities: [0.5], labels: [2], groups: ["a"]), "a label other than 0 or 1: nil")
    }

    func testGermanUnmitigated() throws {
        // scikit-learn: expected accuracy 0.6969436485161701; selection rates age <= 25 0.5875202189163551, age > 25 0.7090557413639039.
        let card = try germanScorecard(reweighed: false)
        XCTest::XCTAssertEqual(card.accuracy, 0.6969436485161701, accuracy: 1e-6, "German test rows, unmitigated: expected accuracy")
        XCTest::XCTAssertEqual(card.selectionRates.map(\.group), ["age <= 25", "age > 25"], "German's two age groups, sorted")
        assertRate(card, "age <= 25", 0.5875202189163551, "selection rate, age <= 25", accuracy: 1e-6)
        XCTest::XCTAssertEqual(card.demographicParityDifference, 0.12153552244754884, accuracy: 1e-6, "unmitigated DP difference 0.7091 - 0.5875")
    }

    func testGermanReweighed() throws {
        // scikit-learn with AIF360's weights: expected accuracy 0.6951863058371263; rates age <= 25 0.6196877281035328,
        // age > 25 0.7043118202926187; DP difference 0.08462409218908595.
        let card = try germanScorecard(reweighed: true)
        XCTest::XCTAssertEqual(card.accuracy, 0.6951863058371263, accuracy: 1e-6, "German test rows, reweighed: expected accuracy")
        assertRate(card, "age > 25", 0.7043118202926187, "selection rate, age > 25", accuracy: 1e-6)
        XCTest::XCTAssertEqual(card.demographicParityDifference, 0.08462409218908595, accuracy: 1e-6, "reweighed DP difference 0.7043 - 0.6197")
    }

    private func assertRate(_ card: Scorecard, _ group: String, _ expected: Double, _ message: String,
                            accuracy: Double = 1e-12, line: UInt = #line) {
        guard let rate = card.selectionRates.first(where: { $0.group == group }) else {
            return XCTest::XCTFail("\(message): no selection rate for group \(group)", line: line)
        }
        XCTest::XCTAssertEqual(rate.selectionRate, expected, accuracy: accuracy, message, line: line)
    }
}
