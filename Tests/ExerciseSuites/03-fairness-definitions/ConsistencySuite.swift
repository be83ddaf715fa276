// Hidden suite for exercise `consistency` (exercises/03-fairness-definitions/05_consistency.swift).
// Expected values are derived by hand (arithmetic next to each assertion); the two-cluster example is checked
// against AIF360's BinaryLabelDatasetMetric.consistency(n_neighbors=3) = 0.5555556
// (scripts/reference/content_fairness_definitions.py).

import XCTest
@testable import LearnerCode

final class ConsistencySuite: XCTest::XCTestCase {
    func testTwoClustersMatchAIF360() {
        // Cluster 1: rows 0-2 near (0, 0), predictions 1, 1, 0; cluster 2: rows 3-5 near (5, 5), predictions 0, 0, 1.
        // Within a cluster all distances are at most √2; across clusters at least √41. With k = 3 each row's
        // neighbours are its own cluster: means 2/3 and 1/3.
        // Deviations: |1-2/3| = 1/3, 1/3, |0-2/3| = 2/3, |0-1/3| = 1/3, 1/3, |1-1/3| = 2/3; sum 8/3.
        // Consistency = 1 - (8/3)/6 = 1 - 4/9 = 5/9 = 0.5556 (AIF360: 0.55555556).
        let features: [[Double]] = [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [6.1, 5]]
        assertValue(consistency(features: features, predictions: [1, 1, 0, 0, 0, 1], neighbours: 3), equals: 5.0 / 9,
                    "consistency with k = 3 over two clusters of three: 1 - (8/3)/6")
    }

    func testARowIsItsOwnNearestNeighbour() {
        // k = 1: each row's only neighbour is itself, deviation 0, consistency 1 whatever the predictions.
        assertValue(consistency(features: [[0], [1], [2]], predictions: [1, 0, 1], neighbours: 1), equals: 1,
                    "k = 1: every row is its own neighbourhood, so consistency is 1")
    }

    func testTiesGoToTheLowerRowIndex() {
        // Features 0, 1, -1, 5; predictions 1, 0, 1, 0; k = 2.
        // Row 0: itself, then rows 1 and 2 tie at distance 1: take row 1. Mean (1+0)/2 = 0.5, deviation 0.5.
        // Row 1: itself, then row 0 (distance 1). Mean (0+1)/2 = 0.5, deviation 0.5.
        // Row 2: itself, then row 0 (distance 1). Mean (1+1)/2 = 1, deviation 0.
        // Row 3: itself, then row 1 (distance 4). Mean (0+0)/2 = 0, deviation 0.
        // Consistency = 1 - (0.5 + 0.5) / 4 = 0.75. (Taking row 2 on the tie gives 0.875.)
        assertValue(consistency(features: [[0], [1], [-1], [5]], predictions: [1, 0, 1, 0], neighbours: 2), equals: 0.75,
                    "k = 2 with a distance tie at row 0: the lower index (row 1) is the neighbour")
    }

    func testKEqualToNCausesEveryRowToUseEveryone() {
        // k = n = 4, predictions 1, 1, 1, 0: every neighbourhood mean is 3/4.
        // Deviations 1/4, 1/4, 1/4, 3/4: sum 1.5; consistency 1 - 1.5/4 = 0.625.
        assertValue(consistency(features: [[0], [10], [20], [30]], predictions: [1, 1, 1, 0], neighbours: 4), equals: 0.625,
                    "k = n: every row's neighbourhood is all rows, mean 3/4")
    }

    func testDistanceUsesEveryFeatureDimension() {
        // Rows (0, 0), (0, 3), (2, 0), predictions 1, 0, 1, k = 2.
        // Row 0: distances 3 to row 1, 2 to row 2 -> row 2 (prediction 1): mean 1, deviation 0.
        // Row 1: distances 3 to row 0, √13 to row 2 -> row 0: mean (0+1)/2, deviation 0.5.
        // Row 2: distances 2 to row 0, √13 to row 1 -> row 0: mean 1, deviation 0.
        // Consistency = 1 - 0.5/3 = 5/6. (Using only the first feature puts rows 0 and 1 at distance 0: 2/3.)
        assertValue(consistency(features: [[0, 0], [0, 3], [2, 0]], predictions: [1, 0, 1], neighbours: 2), equals: 5.0 / 6,
                    "Euclidean distance over both features: row 0's nearest other row is (2, 0), not (0, 3)")
    }

    func testASingleRowAndBadInput() {
        assertValue(consistency(features: [[1, 2]], predictions: [1], neighbours: 1), equals: 1,
                    "a single row with k = 1: its own neighbour, consistency 1")
        XCTest::XCTAssertNil(consistency(features: [], predictions: [], neighbours: 1), "no rows: nil")
        XCTest::XCTAssertNil(consistency(features: [[0], [1]], predictions: [1, 0], neighbours: 0), "k = 0: nil")
        XCTest::XCTAssertNil(consistency(features: [[0], [1]], predictions: [1, 0], neighbours: 3), "k = 3 with 2 rows: nil")
        XCTest::XCTAssertNil(consistency(features: [[0], [1]], predictions: [1], neighbours: 1), "2 rows, 1 prediction: nil")
        XCTest::XCTAssertNil(consistency(features: [[0], [1, 2]], predictions: [1, 0], neighbours: 1), "rows of width 1 and 2: nil")
        assertValue(consistency(features: [[0], [1]], predictions: [1, 0], neighbours: 2), equals: 0.5,
                    "k = 2 = n is allowed: means 1/2, deviations 1/2 each, 1 - 1/2")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
