// Hidden suite for exercise `group-gap` (exercises/01-foundations/04_group_gap.swift).
// Expected values are derived by hand (arithmetic next to each assertion) and cross-checked
// against fairlearn's MetricFrame by scripts/reference/content_group_metrics.py.

import XCTest
@testable import LearnerCode

final class GroupGapSuite: XCTest::XCTestCase {
    func testAccuracyOfASingleGroupIsItsShareOfCorrectRows() throws {
        // label [1, 0, 1, 1], prediction [1, 0, 0, 1]: rows 1, 2, 4 correct -> 3 / 4 = 0.75.
        let byGroup = try XCTest::XCTUnwrap(
            accuracyByGroup(labels: [1, 0, 1, 1], predictions: [1, 0, 0, 1], groups: ["A", "A", "A", "A"]),
            "four rows of equal length: return accuracies, not nil")
        XCTest::XCTAssertEqual(Set(byGroup.keys), ["A"], "one group name occurs, so one key: A")
        assertDefined(byGroup["A"], equals: 0.75, "group A: 3 of 4 rows correct = 0.75 (0 means integer division)")
    }

    func testEachGroupIsDividedByItsOwnRowCount() throws {
        // Row:        1  2  3  4  5  6  7  8  9 10
        // group:      A  B  A  A  B  A  A  A  A  A
        // label:      1  1  0  1  0  0  1  0  1  0
        // prediction: 1  0  0  0  0  0  1  1  1  0
        // correct:    y  n  y  n  y  y  y  n  y  y
        // A: rows 1, 3, 4, 6, 7, 8, 9, 10 (8 rows), correct 1, 3, 6, 7, 9, 10 (6) -> 6 / 8 = 0.75.
        // B: rows 2, 5 (2 rows), correct 5 (1) -> 1 / 2 = 0.5. (Dividing by all 10 rows: 0.6 and 0.1.)
        let byGroup = try XCTest::XCTUnwrap(
            accuracyByGroup(labels: [1, 1, 0, 1, 0, 0, 1, 0, 1, 0],
                            predictions: [1, 0, 0, 0, 0, 0, 1, 1, 1, 0],
                            groups: ["A", "B", "A", "A", "B", "A", "A", "A", "A", "A"]),
            "ten rows of equal length: return accuracies, not nil")
        assertDefined(byGroup["A"], equals: 0.75, "group A: 6 correct of its own 8 rows = 0.75 (0.6 means you divided by all 10 rows)")
        assertDefined(byGroup["B"], equals: 0.5, "group B: 1 correct of its own 2 rows = 0.5 (0.1 means you divided by all 10 rows)")
    }

    func testTheLessonsLoanBookHidesATwentyFivePointGap() throws {
        // The lesson's example: group A has 80 applicants, 76 predicted correctly (4 wrong);
        // group B has 20, 14 correct (6 wrong). Overall (76 + 14) / 100 = 0.90, but
        // A = 76 / 80 = 0.95 and B = 14 / 20 = 0.70: a gap of 0.95 - 0.70 = 0.25.
        var book = LoanBook()
        book.add(group: "A", correct: 76, wrong: 4)
        book.add(group: "B", correct: 14, wrong: 6)
        let byGroup = try XCTest::XCTUnwrap(
            accuracyByGroup(labels: book.labels, predictions: book.predictions, groups: book.groups),
            "100 rows of equal length: return accuracies, not nil")
        assertDefined(byGroup["A"], equals: 0.95, "group A: 76 / 80 = 0.95")
        assertDefined(byGroup["B"], equals: 0.70, "group B: 14 / 20 = 0.70, twenty points under the overall 0.90")
        assertDefined(accuracyGap(byGroup), equals: 0.25, "accuracy gap = best - worst = 0.95 - 0.70")
    }

    func testOnlyGroupsThatOccurAreKeysAndEmptyListsGiveNoGroups() throws {
        // Groups "x", "y", "z" occur (z once: label 0, prediction 1, wrong -> 0 / 1 = 0).
        let byGroup = try XCTest::XCTUnwrap(
            accuracyByGroup(labels: [1, 0, 0], predictions: [1, 0, 1], groups: ["x", "y", "z"]),
            "three rows of equal length: return accuracies, not nil")
        XCTest::XCTAssertEqual(Set(byGroup.keys), ["x", "y", "z"], "one key per group name that occurs, no more")
        assertDefined(byGroup["z"], equals: 0, "group z: its one row is wrong, 0 / 1 = 0 (defined, and really 0)")
        XCTest::XCTAssertEqual(accuracyByGroup(labels: [], predictions: [], groups: []), [:],
            "no rows: no groups, an empty dictionary (valid input, so not nil)")
    }

    func testRejectsListsOfDifferentLengths() {
        XCTest::XCTAssertNil(accuracyByGroup(labels: [1, 0], predictions: [1, 0], groups: ["A"]),
            "2 labels but 1 group name: return nil rather than guess the missing group")
        XCTest::XCTAssertNil(accuracyByGroup(labels: [1, 0], predictions: [1], groups: ["A", "B"]),
            "2 labels but 1 prediction: return nil rather than skip a row")
        XCTest::XCTAssertNil(accuracyByGroup(labels: [1], predictions: [1, 0], groups: ["A", "B"]),
            "1 label but 2 predictions: return nil rather than skip a row")
    }

    func testGapIsLargestMinusSmallestWhateverTheOrder() {
        // {0.60, 0.90, 0.75, 0.80, 0.70, 0.85}: max 0.90 - min 0.60 = 0.30. Any other pair gives
        // 0.05 to 0.25 or a negative number (last key F minus first key A: 0.85 - 0.60 = 0.25);
        // a dictionary has no fixed order, so "first minus last" is no rule.
        assertDefined(accuracyGap(["A": 0.60, "B": 0.90, "C": 0.75, "D": 0.80, "E": 0.70, "F": 0.85]), equals: 0.30,
                      "six groups: gap = largest accuracy - smallest = 0.90 - 0.60")
    }

    func testGapIsZeroForOneGroupAndUndefinedForNone() {
        // One group: max = min = 0.8, gap 0.8 - 0.8 = 0. No groups: no max, no min.
        assertDefined(accuracyGap(["A": 0.8]), equals: 0, "one group: 0.8 - 0.8 = 0")
        XCTest::XCTAssertNil(accuracyGap([:]), "no groups: there is nothing to compare, return nil (not 0)")
    }

    /// A defined value equal to `expected` within 1e-9; `nil` fails with the learner-facing message.
    private func assertDefined(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-9, message, line: line)
    }
}

/// Builds rows for a group from how many the model got right and wrong. Correct rows alternate
/// (label 1, prediction 1) and (label 0, prediction 0); wrong rows alternate (1, 0) and (0, 1),
/// so a group's rows hold every kind of outcome.
private struct LoanBook {
    var labels: [Int] = []
    var predictions: [Int] = []
    var groups: [String] = []

    mutating func add(group: String, correct: Int, wrong: Int) {
        for i in 0..<correct {
            labels.append(i % 2 == 0 ? 1 : 0)
            predictions.append(i % 2 == 0 ? 1 : 0)
        }
        for i in 0..<wrong {
            labels.append(i % 2 == 0 ? 1 : 0)
            predictions.append(i % 2 == 0 ? 0 : 1)
        }
        groups += Array(repeating: group, count: correct + wrong)
    }
}
