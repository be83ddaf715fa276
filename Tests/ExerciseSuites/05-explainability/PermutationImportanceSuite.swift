// Hidden suite for exercise `permutation-importance` (exercises/05-explainability/04_permutation_importance.swift).
// Expected values are worked by hand below and reproduced by scikit-learn's own
// _calculate_permutation_scores, fed these permutations through a random_state whose shuffle writes
// them, one call per permutation (scripts/reference/content_explainability.py).
//
// Equivalent mutants (no input can tell them from the solution): the variance written
// Σ (d + mean)(d - mean) equals Σ (d - mean)² because Σ (d - mean) = 0.

import XCTest
@testable import LearnerCode

final class PermutationImportanceSuite: XCTest::XCTestCase {
    func testFourRowsThreeShuffles() {
        // Scores x0 + 0.5 x1 - 0.25: 0.75, 2.25, -1.25, -1.75 → predictions 1, 1, 0, 0 = labels: baseline accuracy 1.
        // Feature 0 shuffled by [1,0,3,2] → x0 = 2, 1, -2, -1: still all right, drop 0.
        //   by [2,3,0,1] → x0 = -1, -2, 1, 2: all four wrong, drop 1; by [3,2,1,0] → -2, -1, 2, 1: all wrong, drop 1.
        //   mean 2/3, sd √(((2/3)² + 2 (1/3)²) / 3) = √(2/9) = 0.471405.
        // Feature 1 moves a score by at most 0.5 and never across 0: every drop 0.
        let result = permutationImportance(rows: [[1, 0], [2, 1], [-1, 0], [-2, 1]], labels: [1, 1, 0, 0], weights: [1, 0.5],
                                           bias: -0.25, permutations: [[1, 0, 3, 2], [2, 3, 0, 1], [3, 2, 1, 0]])
        assertImportances(result, baseline: 1, [(2.0 / 3, 0.4714045207910317), (0, 0)], "four rows, three shuffles")
    }

    func testAShuffleCanHelpAndAZeroWeightFeatureNeverMatters() {
        // Scores x0: 1, 1, -1, -1 → predictions 1, 1, 0, 0 against labels 1, 0, 1, 0: baseline 2/4 = 0.5.
        // Feature 0 by [0,2,1,3] → x0 = 1, -1, 1, -1: predictions 1, 0, 1, 0 all right, accuracy 1, drop -0.5;
        // by [1,0,3,2] → x0 = 1, 1, -1, -1: unchanged, drop 0. Mean -0.25 (negative: a shuffle helped), sd 0.25.
        // Feature 1 has weight 0: shuffling it changes nothing, drops 0.
        let result = permutationImportance(rows: [[1, 1], [1, -1], [-1, 1], [-1, -1]], labels: [1, 0, 1, 0], weights: [1, 0],
                                           bias: 0, permutations: [[0, 2, 1, 3], [1, 0, 3, 2]])
        assertImportances(result, baseline: 0.5, [(-0.25, 0.25), (0, 0)], "a helpful shuffle gives a negative drop; a zero-weight feature 0")
    }

    func testScoresExactlyAtZeroPredictOne() {
        // Scores x0 + x1: 4, 1, 2, -2, -1, -4 → 1, 1, 1, 0, 0, 0 = labels: baseline 1.
        // Feature 0 reversed → x0 = -3, -2, -1, 1, 2, 3; scores -2, -3, 0, 0, 3, 2 → 0, 0, 1, 1, 1, 1: only row 2 right
        // (a score of exactly 0 predicts 1): accuracy 1/6, drop 5/6. By [1,0,3,2,5,4] → x0 = 2, 3, -1, 1, -3, -2;
        // scores 3, 2, 0, 0, -2, -3 → 1, 1, 1, 1, 0, 0: row 3 wrong, drop 1/6. Mean 1/2, sd 1/3.
        // Feature 1 both ways → x1 = -1, 1, -1, 1, -1, 1; scores 2, 3, 0, 0, -3, -2: row 3 wrong, drop 1/6 twice, sd 0.
        let result = permutationImportance(rows: [[3, 1], [2, -1], [1, 1], [-1, -1], [-2, 1], [-3, -1]], labels: [1, 1, 1, 0, 0, 0],
                                           weights: [1, 1], bias: 0, permutations: [[5, 4, 3, 2, 1, 0], [1, 0, 3, 2, 5, 4]])
        assertImportances(result, baseline: 1, [(0.5, 1.0 / 3), (1.0 / 6, 0)], "six rows; a score of exactly 0 predicts 1")
    }

    func testTheIdentityShuffleAndASingleRowChangeNothing() {
        let identity = permutationImportance(rows: [[1, 0], [2, 1], [-1, 0], [-2, 1]], labels: [1, 1, 0, 0], weights: [1, 0.5],
                                             bias: -0.25, permutations: [[0, 1, 2, 3]])
        assertImportances(identity, baseline: 1, [(0, 0), (0, 0)], "the identity permutation leaves every row as it was: drops 0")
        // The single row scores 1 - 2 + 1.5 = 0.5 → predicted 1 against label 0: baseline accuracy 0.
        let single = permutationImportance(rows: [[1, 2, 3]], labels: [0], weights: [1, -1, 0.5], bias: 0, permutations: [[0], [0]])
        assertImportances(single, baseline: 0, [(0, 0), (0, 0), (0, 0)], "one row can only be shuffled onto itself: drops 0")
    }

    func testEachFeatureIsShuffledFromTheOriginalRows() {
        // Feature 0 by [2,3,0,1] twice: each shuffle starts from the original column, so each time x0 = -1, -2, 1, 2
        // (all four wrong, drop 1): mean 1, sd 0. Applying it to the already shuffled column the second time would
        // restore the original order and give drops 1, 0 instead (mean 0.5).
        let result = permutationImportance(rows: [[1, 0], [2, 1], [-1, 0], [-2, 1]], labels: [1, 1, 0, 0], weights: [1, 0.5],
                                           bias: -0.25, permutations: [[2, 3, 0, 1], [2, 3, 0, 1]])
        assertImportances(result, baseline: 1, [(1, 0), (0, 0)], "the same shuffle twice, each from the original column")
    }

    func testAScoreOfExactlyZeroPredictsOne() {
        // Scores x0: 0, 1, -1 → predictions 1, 1, 0 (0 counts as 1) = labels 1, 1, 0: baseline 1 (with > it would be 2/3).
        // Shuffled by [2,1,0] → x0 = -1, 1, 0: predictions 0, 1, 1, only row 1 right: accuracy 1/3, drop 2/3.
        let result = permutationImportance(rows: [[0], [1], [-1]], labels: [1, 1, 0], weights: [1], bias: 0, permutations: [[2, 1, 0]])
        assertImportances(result, baseline: 1, [(2.0 / 3, 0)], "a score of exactly 0 predicts 1")
    }

    func testInputThatCannotBeScoredGivesNoImportances() {
        XCTest::XCTAssertNil(permutationImportance(rows: [], labels: [], weights: [1], bias: 0, permutations: [[]]),
                               "no rows: nil")
        XCTest::XCTAssertNil(permutationImportance(rows: [[1], [2]], labels: [1, 0], weights: [1], bias: 0, permutations: []),
                               "no permutations: nil")
        XCTest::XCTAssertNil(permutationImportance(rows: [[1], [2]], labels: [1], weights: [1], bias: 0, permutations: [[1, 0]]),
                               "2 rows, 1 label: nil")
        XCTest::XCTAssertNil(permutationImportance(rows: [[1], [2]], labels: [1, 0], weights: [1], bias: 0, permutations: [[1]]),
                               "a permutation with 1 index for 2 rows: nil")
        XCTest::XCTAssertNil(permutationImportance(rows: [[1], [2]], labels: [1, 0], weights: [1], bias: 0, permutations: [[0, 2]]),
                               "index 2 is outside rows 0...1: nil")
        XCTest::XCTAssertNil(permutationImportance(rows: [[1], [2]], labels: [1, 0], weights: [1], bias: 0, permutations: [[-1, 0]]),
                               "index -1 is outside rows 0...1: nil")
        XCTest::XCTAssertNil(permutationImportance(rows: [[1, 2], [2]], labels: [1, 0], weights: [1, 1], bias: 0, permutations: [[1, 0]]),
                               "a row with 1 value for 2 weights: nil")
    }

    private func assertImportances(_ result: PermutationImportanceResult?, baseline: Double, _ expected: [(mean: Double, sd: Double)],
                                   _ message: String, line: UInt = #line) {
        guard let result else { return XCTest::XCTFail("got nil, expected importances: \(message)", line: line) }
        XCTest::XCTAssertEqual(result.baseline, baseline, accuracy: 1e-12, "\(message): the unshuffled accuracy", line: line)
        let actual = result.importances
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) features, got \(actual.count)", line: line)
        }
        for j in expected.indices {
            XCTest::XCTAssertEqual(actual[j].feature, j, "\(message): entry \(j) is feature \(j)", line: line)
            XCTest::XCTAssertEqual(actual[j].mean, expected[j].mean, accuracy: 1e-12, "\(message): feature \(j)'s mean drop", line: line)
            XCTest::XCTAssertEqual(actual[j].standardDeviation, expected[j].sd, accuracy: 1e-12,
                                   "\(message): feature \(j)'s population sd of the drops", line: line)
        }
    }
}
