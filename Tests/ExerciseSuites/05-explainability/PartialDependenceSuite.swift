// Hidden suite for exercise `partial-dependence` (exercises/05-explainability/05_partial_dependence.swift).
// Expected curves come from scikit-learn's partial_dependence(kind="both", method="brute") on a
// LogisticRegression whose coefficients are set to the suite's (scripts/reference/content_explainability.py);
// the logits are worked by hand beside each assertion.

import XCTest
@testable import LearnerCode

final class PartialDependenceSuite: XCTest::XCTestCase {
    let rows: [[Double]] = [[0, 1], [1, -1], [2, 0.5]]
    let weights = [0.8, -0.5]
    let bias = -0.4

    func testCurvesOfTheFirstFeature() {
        // Row 0 (x1 = 1): z = 0.8 v - 0.5 - 0.4 → v = 0, 1, 2: z = -0.9, -0.1, 0.7 → σ = 0.289050, 0.475021, 0.668188.
        // Row 1 (x1 = -1): z = 0.8 v + 0.5 - 0.4 → 0.1, 0.9, 1.7 → 0.524979, 0.710950, 0.845535.
        // Row 2 (x1 = 0.5): z = 0.8 v - 0.25 - 0.4 → -0.65, 0.15, 0.95 → 0.342990, 0.537430, 0.721115.
        // PD = the column means (scikit-learn): 0.385673, 0.574467, 0.744946.
        guard let curves = partialDependence(rows: rows, feature: 0, grid: [0, 1, 2], weights: weights, bias: bias) else {
            return XCTest::XCTFail("got nil, expected the curves of feature 0")
        }
        XCTest::XCTAssertEqual(curves.grid, [0, 1, 2], "the grid the curves were drawn on")
        assertCurve(curves.average, [0.3856730740601457, 0.5744667201632712, 0.7449458950358315], "PD of feature 0 (mean of the ICE curves)")
        assertICE(curves.individual, [[0.289050497374996, 0.47502081252106, 0.6681877721681662],
                                      [0.5249791874789399, 0.7109495026250039, 0.8455347349164652],
                                      [0.34298953732650117, 0.5374298453437496, 0.7211151780228631]], "ICE of feature 0")
    }

    func testCurvesOfTheSecondFeatureKeepTheFirst() {
        // Feature 1 set to -1 and 1, x0 kept: row 0 z = -0.4 + 0.5 = 0.1 and -0.4 - 0.5 = -0.9; row 1 z = 0.4 ± 0.5;
        // row 2 z = 1.2 ± 0.5. PD at -1 = mean(σ(0.1), σ(0.9), σ(1.7)) = 0.693821, at 1 = mean(σ(-0.9), σ(-0.1), σ(0.7)) = 0.477420.
        guard let curves = partialDependence(rows: rows, feature: 1, grid: [-1, 1], weights: weights, bias: bias) else {
            return XCTest::XCTFail("got nil, expected the curves of feature 1")
        }
        assertCurve(curves.average, [0.6938211416734696, 0.47741969402140744], "PD of feature 1: falls because its weight is -0.5")
        assertICE(curves.individual, [[0.5249791874789399, 0.289050497374996], [0.7109495026250039, 0.47502081252106],
                                      [0.8455347349164652, 0.6681877721681662]], "ICE of feature 1")
    }

    func testAZeroWeightFeatureHasAFlatCurve() {
        // w0 = 0: z = x1 whatever v is; rows have x1 = 0 and 2 → σ(0) = 0.5 and σ(2) = 0.880797 at every grid value.
        guard let curves = partialDependence(rows: [[5, 0], [7, 2]], feature: 0, grid: [-3, 3], weights: [0, 1], bias: 0) else {
            return XCTest::XCTFail("got nil, expected flat curves")
        }
        let high = 1 / (1 + 0.1353352832366127) // σ(2) = 1 / (1 + e^-2)
        assertICE(curves.individual, [[0.5, 0.5], [high, high]], "a zero-weight feature: every ICE curve is flat")
        assertCurve(curves.average, [(0.5 + high) / 2, (0.5 + high) / 2], "a zero-weight feature: PD flat at the mean output")
    }

    func testOneRowsPartialDependenceIsItsICECurve() {
        // One row [1, 2], feature 1 on grid 0: z = 0.8 - 0.4 = 0.4 → σ = 0.598688.
        guard let curves = partialDependence(rows: [[1, 2]], feature: 1, grid: [0], weights: weights, bias: bias) else {
            return XCTest::XCTFail("got nil, expected the curve of one row")
        }
        assertCurve(curves.average, [1 / (1 + 0.6703200460356393)], "a single row: PD = σ(0.4) = 1 / (1 + e^-0.4)")
        assertICE(curves.individual, [[1 / (1 + 0.6703200460356393)]], "a single row's ICE curve")
    }

    func testAnEmptyGridGivesEmptyCurves() {
        guard let curves = partialDependence(rows: rows, feature: 0, grid: [], weights: weights, bias: bias) else {
            return XCTest::XCTFail("got nil, expected empty curves for an empty grid")
        }
        XCTest::XCTAssertEqual(curves.average, [], "no grid values: an empty PD curve")
        XCTest::XCTAssertEqual(curves.individual, [[], [], []], "no grid values: one empty ICE curve per row")
    }

    func testInputWithoutCurvesGivesNil() {
        XCTest::XCTAssertNil(partialDependence(rows: [], feature: 0, grid: [1], weights: weights, bias: bias), "no rows: nil")
        XCTest::XCTAssertNil(partialDependence(rows: rows, feature: 2, grid: [1], weights: weights, bias: bias), "feature 2 of 2 columns: nil")
        XCTest::XCTAssertNil(partialDependence(rows: rows, feature: -1, grid: [1], weights: weights, bias: bias), "feature -1: nil")
        XCTest::XCTAssertNil(partialDependence(rows: [[1, 2], [3]], feature: 0, grid: [1], weights: weights, bias: bias),
                             "a row with 1 value for 2 weights: nil")
    }

    private func assertCurve(_ actual: [Double], _ expected: [Double], _ message: String, line: UInt = #line) {
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) points, got \(actual.count)", line: line)
        }
        for g in expected.indices {
            XCTest::XCTAssertEqual(actual[g], expected[g], accuracy: 1e-12, "\(message), grid point \(g)", line: line)
        }
    }

    private func assertICE(_ actual: [[Double]], _ expected: [[Double]], _ message: String, line: UInt = #line) {
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) curves (one per row), got \(actual.count)", line: line)
        }
        for i in expected.indices { assertCurve(actual[i], expected[i], "\(message), row \(i)", line: line) }
    }
}
