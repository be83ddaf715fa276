// Hidden suite for exercise `lime-kernel` (exercises/05-explainability/03_lime_kernel.swift).
// The kernel values and default widths come from lime 0.2's own LimeTabularExplainer (the kernel
// function and width it builds in __init__), the fits from scikit-learn's LinearRegression with
// sample_weight: scripts/reference/content_explainability.py. Hand arithmetic beside each.
//
// Equivalent mutants: (x + x̄) for (x - x̄) in one factor of the weighted covariance or variance
// gives the same sums, since Σ w (x - x̄) = 0 and Σ w (y - ȳ) = 0; and letting a total weight of 0
// through (>= 0) makes the means 0/0 = NaN, which the variance guard then turns into nil as well.

import XCTest
@testable import LearnerCode

final class LimeKernelSuite: XCTest::XCTestCase {
    func testKernelWeightsFallWithDistance() {
        // √(exp(-d²/w²)) = exp(-d²/(2w²)).
        assertWeight(distance: 0, width: 0.75, 1, "d = 0: the row itself weighs exp(0) = 1")
        assertWeight(distance: 0.75, width: 0.75, 0.6065306597126334, "d = w: √(e^-1) = e^-0.5 = 0.60653")
        assertWeight(distance: 1.5, width: 1.5, 0.6065306597126334, "d = w again (1.5): only d/w matters")
        assertWeight(distance: 1, width: 2, 0.8824969025845955, "d = 1, w = 2: e^(-1/8) = 0.88250")
        assertWeight(distance: 3, width: 0.75, 0.00033546262790251185, "d = 3, w = 0.75: e^(-8) = 0.000335 (far away, nearly ignored)")
        assertWeight(distance: 2, width: 5.760859, 0.9415162606893143, "d = 2 with German's default width 5.76: e^(-2/33.19) = 0.94152")
    }

    func testDefaultWidthIsThreeQuartersOfTheRootOfTheColumns() {
        // lime: kernel_width = 0.75 · √(columns).
        XCTest::XCTAssertEqual(limeDefaultKernelWidth(columns: 59) ?? .nan, 5.760859310901456, accuracy: 1e-12, "59 columns (German Credit): 0.75 · √59")
        XCTest::XCTAssertEqual(limeDefaultKernelWidth(columns: 4) ?? .nan, 1.5, accuracy: 1e-15, "4 columns: 0.75 · 2")
        XCTest::XCTAssertEqual(limeDefaultKernelWidth(columns: 1) ?? .nan, 0.75, accuracy: 1e-15, "1 column: 0.75 · 1")
        XCTest::XCTAssertNil(limeDefaultKernelWidth(columns: 0), "no columns: no width (nil)")
    }

    func testKernelRejectsWidthsAndDistancesThatMeanNothing() {
        XCTest::XCTAssertNil(limeKernelWeight(distance: 1, kernelWidth: 0), "a width of 0 divides by zero: nil")
        XCTest::XCTAssertNil(limeKernelWeight(distance: 1, kernelWidth: -1), "a negative width: nil")
        XCTest::XCTAssertNil(limeKernelWeight(distance: -0.5, kernelWidth: 1), "a negative distance: nil")
        XCTest::XCTAssertNil(limeKernelWeight(distance: .nan, kernelWidth: 1), "a distance that is not a number: nil")
        XCTest::XCTAssertNil(limeKernelWeight(distance: 1, kernelWidth: .infinity), "an infinite width: nil")
    }

    func testAnExactLineIsRecovered() {
        // y = 1 + 2x exactly: any positive weights give intercept 1, slope 2.
        assertFit(weightedLinearFit(x: [0, 1, 2, 3], y: [1, 3, 5, 7], weights: [1, 1, 1, 1]), intercept: 1, slope: 2, "y = 1 + 2x")
    }

    func testWeightsPullTheFitTowardsHeavyRows() {
        // Σw = 3.75, x̄ = (0 + 0.5 + 0.5 + 6) / 3.75 = 1.8667, ȳ = (0 + 1 + 0.25 + 10) / 3.75 = 3;
        // slope = Σw(x-x̄)(y-ȳ) / Σw(x-x̄)² = 1.632124, intercept = 3 - 1.632124 · 1.8667 = -0.046632 (scikit-learn).
        assertFit(weightedLinearFit(x: [0, 1, 2, 3], y: [0, 2, 1, 5], weights: [1, 0.5, 0.25, 2]),
                  intercept: -0.04663212435233133, slope: 1.632124352331606, "weighted fit, weights 1, 0.5, 0.25, 2")
    }

    func testARowOfWeightZeroDoesNotCount() {
        // The outlier (10, -40) has weight 0; the other three lie on y = 1 + x.
        assertFit(weightedLinearFit(x: [0, 1, 2, 10], y: [1, 2, 3, -40], weights: [1, 1, 1, 0]), intercept: 1, slope: 1,
                  "the zero-weight outlier is ignored: y = 1 + x")
        // Among the weighted rows x is constant (2, 2): no slope can be fitted.
        XCTest::XCTAssertNil(weightedLinearFit(x: [2, 2, 5], y: [1, 3, 9], weights: [1, 1, 0]),
                             "x does not vary among the rows that weigh something: nil")
    }

    func testWeightsBelowOneStillFit() {
        // Weights 0.1 each (total 0.3, below 1): x̄ = 1, ȳ = 5/3; Σw(x-x̄)² = 0.1 · (1 + 0 + 1) = 0.2 (below 1);
        // Σw(x-x̄)(y-ȳ) = 0.1 · ((-1)(1 - 5/3) + 0 + (1)(4 - 5/3)) = 0.1 · 3 = 0.3: slope 1.5, intercept 5/3 - 1.5 = 1/6.
        assertFit(weightedLinearFit(x: [0, 1, 2], y: [1, 0, 4], weights: [0.1, 0.1, 0.1]), intercept: 1.0 / 6, slope: 1.5,
                  "weights that sum to less than 1 are fine (only their ratios matter)")
    }

    func testFitsThatCannotBeMade() {
        XCTest::XCTAssertNil(weightedLinearFit(x: [1, 2], y: [3, 4], weights: [0, 0]), "all weights 0: nil")
        XCTest::XCTAssertNil(weightedLinearFit(x: [1], y: [3], weights: [1]), "a single row has no slope: nil")
        XCTest::XCTAssertNil(weightedLinearFit(x: [], y: [], weights: []), "no rows: nil")
        XCTest::XCTAssertNil(weightedLinearFit(x: [1, 2], y: [3, 4], weights: [1]), "2 rows, 1 weight: nil")
        XCTest::XCTAssertNil(weightedLinearFit(x: [1, 2, 3], y: [1, 2, 3], weights: [1, -1, 1]), "a negative weight: nil")
    }

    private func assertWeight(distance: Double, width: Double, _ expected: Double, _ message: String, line: UInt = #line) {
        guard let weight = limeKernelWeight(distance: distance, kernelWidth: width) else {
            return XCTest::XCTFail("got nil, expected \(expected): \(message)", line: line)
        }
        XCTest::XCTAssertEqual(weight, expected, accuracy: 1e-12, message, line: line)
    }

    private func assertFit(_ fit: LocalFit?, intercept: Double, slope: Double, _ message: String, line: UInt = #line) {
        guard let fit else { return XCTest::XCTFail("got nil, expected a fit: \(message)", line: line) }
        XCTest::XCTAssertEqual(fit.slope, slope, accuracy: 1e-9, "slope: \(message)", line: line)
        XCTest::XCTAssertEqual(fit.intercept, intercept, accuracy: 1e-9, "intercept: \(message)", line: line)
    }
}
