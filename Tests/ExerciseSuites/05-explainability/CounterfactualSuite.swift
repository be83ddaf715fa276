// Hidden suite for exercise `counterfactual` (exercises/05-explainability/06_counterfactual.swift).
// Every expected value is worked by hand beside its assertion: the change to reach the threshold is
// (threshold - score) / weight, DiCE's proximity and sparsity are means (Mothilal et al. 2020).
//
// Equivalent mutant: sorting by (distance, feature) with <= instead of < orders the same, since no
// two candidates share a feature index.

import XCTest
@testable import LearnerCode

final class CounterfactualSuite: XCTest::XCTestCase {
    // Score 0.5 · 2 + 1 · 1 + 0.25 · 24 - 9 = -1: declined (threshold 0), a gap of 1. (Powers of two keep the arithmetic exact.)
    let row = [2.0, 1.0, 24.0]
    let weights = [0.5, 1.0, 0.25]

    func testEachFeatureAloneAndTheNearestFirst() {
        // Feature 0: 2 + 1/0.5 = 4, distance 2/1 = 2. Feature 1: 1 + 1/1 = 2, distance 1/2 = 0.5.
        // Feature 2: 24 + 1/0.25 = 28, distance 4/8 = 0.5. Order by distance, the tie 0.5 by feature index: 1, 2, 0.
        let changes = singleFeatureCounterfactuals(row: row, weights: weights, bias: -9, threshold: 0, immutable: [], scales: [1, 2, 8])
        assertChanges(changes, [(1, 1, 2, 0.5), (2, 24, 28, 0.5), (0, 2, 4, 2)], "three single-feature counterfactuals, nearest first")
    }

    func testAllDistancesTiedFollowFeatureOrder() {
        // Scales 1, 0.5, 2: distances 2/1, 1/0.5, 4/2 = 2, 2, 2: ties keep feature order 0, 1, 2.
        let changes = singleFeatureCounterfactuals(row: row, weights: weights, bias: -9, threshold: 0, immutable: [], scales: [1, 0.5, 2])
        assertChanges(changes, [(0, 2, 4, 2), (1, 1, 2, 2), (2, 24, 28, 2)], "equal distances in feature order")
    }

    func testImmutableFeaturesAreNeverChanged() {
        // Feature 1 (say, age) is immutable: only features 2 (distance 0.5) and 0 (distance 2) remain.
        let changes = singleFeatureCounterfactuals(row: row, weights: weights, bias: -9, threshold: 0, immutable: [1], scales: [1, 2, 8])
        assertChanges(changes, [(2, 24, 28, 0.5), (0, 2, 4, 2)], "feature 1 is immutable")
        XCTest::XCTAssertEqual(singleFeatureCounterfactuals(row: row, weights: weights, bias: -9, threshold: 0, immutable: [0, 1, 2],
                                                            scales: [1, 2, 8]), [], "every feature immutable: no counterfactual")
    }

    func testNegativeAndZeroWeightsAndAZeroScale() {
        // Score -0.5 · 2 + 1 · 1 + 0 · 7 - 1 = -1, threshold 0.5: gap 1.5. Feature 0 must fall: 2 + 1.5/(-0.5) = -1,
        // distance 3/1 = 3. Feature 1: 1 + 1.5 = 2.5, distance 1.5 (its scale 0 counts as 1). Feature 2 has weight 0: it cannot help.
        let changes = singleFeatureCounterfactuals(row: [2, 1, 7], weights: [-0.5, 1, 0], bias: -1, threshold: 0.5, immutable: [],
                                                   scales: [1, 0, 1])
        assertChanges(changes, [(1, 1, 2.5, 1.5), (0, 2, -1, 3)], "a negative weight lowers the value; weight 0 is skipped; scale 0 is 1")
    }

    func testAFavourableRowNeedsNoCounterfactual() {
        // Bias -8: score exactly 0 = threshold, already favourable.
        XCTest::XCTAssertEqual(singleFeatureCounterfactuals(row: row, weights: weights, bias: -8, threshold: 0, immutable: [], scales: [1, 1, 1]),
                               [], "a score exactly at the threshold is already favourable: nothing to flip")
        XCTest::XCTAssertEqual(singleFeatureCounterfactuals(row: row, weights: weights, bias: -9, threshold: 0, immutable: [], scales: [1, 1]),
                               [], "2 scales for 3 features: []")
        XCTest::XCTAssertEqual(singleFeatureCounterfactuals(row: [1], weights: weights, bias: -9, threshold: 0, immutable: [], scales: [1, 1, 1]),
                               [], "a row of 1 value for 3 weights: []")
    }

    func testDiceScoresOfThreeOptions() {
        // Options [4,1,24] score 0, [2,2,24] score 0, [2,1.5,25] score 1 + 1.5 + 6.25 - 9 = -0.25: validity 2/3.
        // Distances per feature (scales 1, 2, 8), averaged over 3 features: 2/3; (1/2)/3 = 1/6; (0.5/2 + 1/8)/3 = 0.375/3.
        // Proximity -(2/3 + 1/6 + 0.375/3)/3 = -2.875/9 = -0.319444. Changed shares 1/3, 1/3, 2/3: sparsity 1 - (4/3)/3 = 5/9.
        guard let quality = counterfactualQuality(row: row, options: [[4, 1, 24], [2, 2, 24], [2, 1.5, 25]], weights: weights,
                                                  bias: -9, threshold: 0, scales: [1, 2, 8]) else {
            return XCTest::XCTFail("got nil, expected DiCE's scores of three options")
        }
        XCTest::XCTAssertEqual(quality.validity, 2.0 / 3, accuracy: 1e-12, "validity: 2 of 3 options reach the threshold (score ≥ 0)")
        XCTest::XCTAssertEqual(quality.proximity, -2.875 / 9, accuracy: 1e-12, "proximity: -(mean over options of the mean scaled distance)")
        XCTest::XCTAssertEqual(quality.sparsity, 5.0 / 9, accuracy: 1e-12, "sparsity: 1 - mean share of changed features (1/3, 1/3, 2/3)")
    }

    func testAnOptionThatChangesNothing() {
        // The row itself as its only option: score -1 < 0 (invalid), distance 0, nothing changed. Scale 0 counts as 1:
        // a second option [3, 1, 24] changes feature 0 by 1 → distance (1/1)/3.
        guard let quality = counterfactualQuality(row: row, options: [row, [3, 1, 24]], weights: weights, bias: -9, threshold: 0,
                                                  scales: [0, 2, 8]) else {
            return XCTest::XCTFail("got nil, expected scores")
        }
        XCTest::XCTAssertEqual(quality.validity, 0, accuracy: 1e-12, "validity: neither option's score (-1, -0.5) reaches 0")
        XCTest::XCTAssertEqual(quality.proximity, -(0 + 1.0 / 3) / 2, accuracy: 1e-12, "proximity: -(0 + (1/1)/3) / 2 with scale 0 read as 1")
        XCTest::XCTAssertEqual(quality.sparsity, 1 - (0 + 1.0 / 3) / 2, accuracy: 1e-12, "sparsity: 1 - (0 + 1/3) / 2")
    }

    func testASingleFeature() {
        // Row [0], score 1 · 0 - 1 = -1. Option [2] scores 1 ≥ 0 (valid); distance |2 - 0| / 4 = 0.5 over 1 feature;
        // it changes 1 of 1 features: sparsity 1 - 1 = 0.
        guard let quality = counterfactualQuality(row: [0], options: [[2]], weights: [1], bias: -1, threshold: 0, scales: [4]) else {
            return XCTest::XCTFail("got nil, expected scores for one feature")
        }
        XCTest::XCTAssertEqual(quality.validity, 1, accuracy: 1e-12, "validity: the one option scores 1 ≥ 0")
        XCTest::XCTAssertEqual(quality.proximity, -0.5, accuracy: 1e-12, "proximity: -(|2 - 0| / 4)")
        XCTest::XCTAssertEqual(quality.sparsity, 0, accuracy: 1e-12, "sparsity: the only feature changed, 1 - 1 = 0")
        assertChanges(singleFeatureCounterfactuals(row: [0], weights: [1], bias: -1, threshold: 0, immutable: [], scales: [4]),
                      [(0, 0, 1, 0.25)], "one feature: 0 + 1/1 = 1, distance 1/4")
    }

    func testScoresThatCannotBeComputed() {
        XCTest::XCTAssertNil(counterfactualQuality(row: row, options: [], weights: weights, bias: -9, threshold: 0, scales: [1, 1, 1]),
                             "no options: nil")
        XCTest::XCTAssertNil(counterfactualQuality(row: [], options: [[]], weights: [], bias: 0, threshold: 0, scales: []),
                             "no features: nil")
        XCTest::XCTAssertNil(counterfactualQuality(row: row, options: [[1, 2]], weights: weights, bias: -9, threshold: 0, scales: [1, 1, 1]),
                             "an option of 2 values for 3 features: nil")
        XCTest::XCTAssertNil(counterfactualQuality(row: row, options: [row], weights: weights, bias: -9, threshold: 0, scales: [1]),
                             "1 scale for 3 features: nil")
    }

    private func assertChanges(_ actual: [SingleChange], _ expected: [(feature: Int, from: Double, to: Double, distance: Double)],
                               _ message: String, line: UInt = #line) {
        XCTest::XCTAssertEqual(actual.map(\.feature), expected.map(\.feature), "\(message): which features, in order", line: line)
        guard actual.count == expected.count else { return }
        for (a, e) in zip(actual, expected) {
            XCTest::XCTAssertEqual(a.from, e.from, accuracy: 1e-12, "\(message): feature \(e.feature)'s current value", line: line)
            XCTest::XCTAssertEqual(a.to, e.to, accuracy: 1e-12, "\(message): feature \(e.feature)'s value at the threshold", line: line)
            XCTest::XCTAssertEqual(a.distance, e.distance, accuracy: 1e-12, "\(message): feature \(e.feature)'s scaled distance", line: line)
        }
    }
}
