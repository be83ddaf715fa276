// Hidden suite for exercise `parity-thresholds` (exercises/04-mitigation/03_parity_thresholds.swift).
// Expected values are derived by hand: each test lists every group's candidates (threshold: selection rate,
// correct rows) and the best pair. scripts/reference/content_mitigation.py finds the same pairs by brute force.

import XCTest
@testable import LearnerCode

final class ParityThresholdsSuite: XCTest::XCTestCase {
    // a: scores 0.9 0.8 0.3 0.2, labels 1 1 0 0.  b: scores 0.7 0.4 0.35 0.1, labels 1 0 1 0.
    // a candidates: >= 0.2 rate 1 correct 2; >= 0.3 rate 3/4 correct 3; >= 0.8 rate 1/2 correct 4; >= 0.9 rate 1/4 correct 3; 2.0 rate 0 correct 2.
    // b candidates: >= 0.1 rate 1 correct 2; >= 0.35 rate 3/4 correct 3; >= 0.4 rate 1/2 correct 2; >= 0.7 rate 1/4 correct 3; 2.0 rate 0 correct 2.
    private let scores = [0.9, 0.8, 0.3, 0.2, 0.7, 0.4, 0.35, 0.1]
    private let labels = [1, 1, 0, 0, 1, 0, 1, 0]
    private let groups = ["a", "a", "a", "a", "b", "b", "b", "b"]

    func testExactParityPicksTheLowestOfTiedPairs() throws {
        // Equal rates: 1: 2 + 2; 3/4: 3 + 3 = 6; 1/2: 4 + 2 = 6; 1/4: 3 + 3 = 6; 0: 2 + 2. Three pairs tie at 6 correct with gap 0;
        // the lowest threshold of a among them is 0.3 (rate 3/4), paired with b's 0.35.
        let choice = try XCTest::XCTUnwrap(parityThresholds(scores: scores, labels: labels, groups: groups, tolerance: 0), "two groups: a choice")
        XCTest::XCTAssertEqual(choice.correct, 6, "rows right under exact parity: 3 of a + 3 of b")
        XCTest::XCTAssertEqual(choice.accuracy, 0.75, accuracy: 1e-12, "accuracy 6 / 8")
        XCTest::XCTAssertEqual(choice.gap, 0, accuracy: 1e-12, "tolerance 0: equal selection rates")
        XCTest::XCTAssertEqual(choice.thresholds, [GroupThreshold(group: "a", threshold: 0.3, selectionRate: 0.75),
                                                   GroupThreshold(group: "b", threshold: 0.35, selectionRate: 0.75)],
                               "ties on correct rows and gap go to the lower threshold of the first group")
    }

    func testALooserToleranceBuysAccuracy() throws {
        // Tolerance 0.25: a >= 0.8 (4 correct, rate 1/2) with b >= 0.35 (3, rate 3/4, gap 1/4) or b >= 0.7 (3, rate 1/4, gap 1/4):
        // 7 correct either way with the same gap; b's lower threshold 0.35 wins.
        let choice = try XCTest::XCTUnwrap(parityThresholds(scores: scores, labels: labels, groups: groups, tolerance: 0.25))
        XCTest::XCTAssertEqual(choice.correct, 7, "tolerance 0.25: 4 of a + 3 of b")
        XCTest::XCTAssertEqual(choice.accuracy, 0.875, accuracy: 1e-12, "accuracy 7 / 8")
        XCTest::XCTAssertEqual(choice.gap, 0.25, accuracy: 1e-12, "gap |1/2 - 3/4|, exactly at the tolerance (allowed)")
        XCTest::XCTAssertEqual(choice.thresholds.map(\.threshold), [0.8, 0.35], "a >= 0.8, b >= 0.35")
        // Just under 0.25 the 7-correct pairs are out: back to 6 correct with gap 0 (the smaller gap wins the tie).
        let tighter = try XCTest::XCTUnwrap(parityThresholds(scores: scores, labels: labels, groups: groups, tolerance: 0.2))
        XCTest::XCTAssertEqual(tighter.correct, 6, "tolerance 0.2: the gap-1/4 pairs are not allowed")
        XCTest::XCTAssertEqual(tighter.gap, 0, accuracy: 1e-12, "rates differ by 0 or by at least 1/4, so only equal-rate pairs remain: gap 0")
    }

    func testTiedScoresAreSelectedTogether() throws {
        // p: 0.9 (1), 0.6 (1), 0.6 (0), 0.1 (0): >= 0.1 rate 1 correct 2; >= 0.6 rate 3/4 correct 3 (both 0.6 rows selected);
        //    >= 0.9 rate 1/4 correct 3; 2.0 rate 0 correct 2.
        // q: 0.8 (1), 0.5 (0), 0.2 (0): >= 0.2 rate 1 correct 1; >= 0.5 rate 2/3 correct 2; >= 0.8 rate 1/3 correct 3; 2.0 rate 0 correct 2.
        // Tolerance 0.1: p >= 0.9 with q >= 0.8: 6 correct, gap |1/4 - 1/3| = 1/12.
        let choice = try XCTest::XCTUnwrap(parityThresholds(scores: [0.9, 0.6, 0.6, 0.1, 0.8, 0.5, 0.2], labels: [1, 1, 0, 0, 1, 0, 0],
                                                            groups: ["p", "p", "p", "p", "q", "q", "q"], tolerance: 0.1))
        XCTest::XCTAssertEqual(choice.correct, 6, "p >= 0.9 (3 right) and q >= 0.8 (3 right)")
        XCTest::XCTAssertEqual(choice.accuracy, 6.0 / 7, accuracy: 1e-12, "accuracy 6 / 7")
        XCTest::XCTAssertEqual(choice.gap, 1.0 / 12, accuracy: 1e-12, "gap |1/4 - 1/3| = 1/12")
        XCTest::XCTAssertEqual(choice.thresholds.map(\.selectionRate), [0.25, 1.0 / 3], "selection rates of p and q")
    }

    func testEqualAccuracyPrefersTheSmallerGap() throws {
        // a: 0.9 (1), 0.5 (0), 0.3 (0): >= 0.3 rate 1 correct 1; >= 0.5 rate 2/3 correct 2; >= 0.9 rate 1/3 correct 3; 2.0 rate 0 correct 2.
        // b: 0.8 (1), 0.6 (0), 0.4 (1), 0.2 (0): >= 0.2 rate 1 correct 2; >= 0.4 rate 3/4 correct 3; >= 0.6 rate 1/2 correct 2;
        //    >= 0.8 rate 1/4 correct 3; 2.0 rate 0 correct 2.
        // Tolerance 1 (no limit): 6 correct with a >= 0.9 and b >= 0.4 (gap |1/3 - 3/4| = 5/12) or b >= 0.8 (gap |1/3 - 1/4| = 1/12).
        // b >= 0.4 is visited first; the smaller gap must replace it.
        let choice = try XCTest::XCTUnwrap(parityThresholds(scores: [0.9, 0.5, 0.3, 0.8, 0.6, 0.4, 0.2], labels: [1, 0, 0, 1, 0, 1, 0],
                                                            groups: ["a", "a", "a", "b", "b", "b", "b"], tolerance: 1))
        XCTest::XCTAssertEqual(choice.thresholds.map(\.threshold), [0.9, 0.8], "equally accurate pairs: the smaller gap wins, even visited later")
        XCTest::XCTAssertEqual(choice.gap, 1.0 / 12, accuracy: 1e-12, "gap |1/3 - 1/4|")
        XCTest::XCTAssertEqual(choice.correct, 6, "3 of a and 3 of b")
    }

    func testAGroupWithNoPositivesSelectsNobody() throws {
        // a: 0.9 (1), 0.2 (0): >= 0.2 rate 1 correct 1; >= 0.9 rate 1/2 correct 2; 2.0 rate 0 correct 1.
        // b: 0.6 (0), 0.4 (0), no positives: >= 0.4 rate 1 correct 0; >= 0.6 rate 1/2 correct 1; 2.0 rate 0 correct 2.
        // Tolerance 0.5: a >= 0.9 with b at 2.0 (nobody selected): 4 correct, gap 1/2.
        let loose = try XCTest::XCTUnwrap(parityThresholds(scores: [0.9, 0.2, 0.6, 0.4], labels: [1, 0, 0, 0],
                                                           groups: ["a", "a", "b", "b"], tolerance: 0.5))
        XCTest::XCTAssertEqual(loose.thresholds, [GroupThreshold(group: "a", threshold: 0.9, selectionRate: 0.5),
                                                  GroupThreshold(group: "b", threshold: 2, selectionRate: 0)],
                               "a group without positives is best served by threshold 2.0, which selects nobody")
        XCTest::XCTAssertEqual(loose.accuracy, 1, accuracy: 1e-12, "all 4 rows right")
        // Tolerance 0: equal rates 1 (1 + 0), 1/2 (2 + 1 = 3), 0 (1 + 2 = 3): a tie at 3, the lower threshold of a (0.9) wins.
        let exact = try XCTest::XCTUnwrap(parityThresholds(scores: [0.9, 0.2, 0.6, 0.4], labels: [1, 0, 0, 0],
                                                           groups: ["a", "a", "b", "b"], tolerance: 0))
        XCTest::XCTAssertEqual(exact.thresholds.map(\.threshold), [0.9, 0.6], "exact parity: a >= 0.9 and b >= 0.6, rates 1/2 each")
        XCTest::XCTAssertEqual(exact.correct, 3, "2 of a and 1 of b")
    }

    func testOneRowPerGroup() throws {
        // a: 0.5 (1); b: 0.5 (0). Candidates a: >= 0.5 rate 1 correct 1; 2.0 rate 0 correct 0. b: >= 0.5 rate 1 correct 0; 2.0 rate 0 correct 1.
        // Tolerance 0: both 1 (1 correct) or both 0 (1 correct): tie, a's lower threshold 0.5 first.
        let choice = try XCTest::XCTUnwrap(parityThresholds(scores: [0.5, 0.5], labels: [1, 0], groups: ["a", "b"], tolerance: 0))
        XCTest::XCTAssertEqual(choice.thresholds.map(\.threshold), [0.5, 0.5], "one row each: select both (the first tie)")
        XCTest::XCTAssertEqual(choice.accuracy, 0.5, accuracy: 1e-12, "one of the two rows right")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(parityThresholds(scores: [0.5, 0.4], labels: [1, 0], groups: ["a", "a"], tolerance: 0.1),
                             "one group only (the other is empty): nil")
        XCTest::XCTAssertNil(parityThresholds(scores: [], labels: [], groups: [], tolerance: 0.1), "no rows: nil")
        XCTest::XCTAssertNil(parityThresholds(scores: [0.5, 0.4, 0.3], labels: [1, 0, 1], groups: ["a", "b", "c"], tolerance: 0.1),
                             "three groups: nil")
        XCTest::XCTAssertNil(parityThresholds(scores: [0.5, 0.4], labels: [1, 0], groups: ["a", "b"], tolerance: -0.1),
                             "negative tolerance: nil")
        XCTest::XCTAssertNil(parityThresholds(scores: [0.5, 0.4], labels: [1], groups: ["a", "b"], tolerance: 0.1),
                             "2 scores, 1 label: nil")
    }
}
