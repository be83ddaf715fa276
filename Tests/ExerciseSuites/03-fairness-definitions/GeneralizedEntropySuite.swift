// Hidden suite for exercise `generalized-entropy` (exercises/03-fairness-definitions/06_generalized_entropy.swift).
// Expected values are derived by hand (arithmetic next to each assertion) and checked against AIF360's
// ClassificationMetric.generalized_entropy_index and theil_index (scripts/reference/content_fairness_definitions.py).

import XCTest
import Foundation
@testable import LearnerCode

final class GeneralizedEntropySuite: XCTest::XCTestCase {
    /// labels [1, 1, 0, 0, 1, 0, 1, 0], predictions [1, 0, 1, 0, 1, 1, 1, 0].
    private let labels = [1, 1, 0, 0, 1, 0, 1, 0]
    private let predictions = [1, 0, 1, 0, 1, 1, 1, 0]

    func testBenefitIsPredictionMinusLabelPlusOne() {
        // TP 1-1+1 = 1, FN 0-1+1 = 0, FP 1-0+1 = 2, TN 0-0+1 = 1.
        XCTest::XCTAssertEqual(benefits(labels: labels, predictions: predictions), [1, 0, 2, 1, 1, 2, 1, 1],
                               "benefits: true positive 1, false negative 0, false positive 2, true negative 1")
    }

    func testAlphaTwoMatchesAIF360() {
        // b = [1, 0, 2, 1, 1, 2, 1, 1], n = 8, μ = 9/8. Σ b² = 1+0+4+1+1+4+1+1 = 13.
        // GE(2) = 1/(8·2·1) · (Σ b²/μ² - 8) = (13 · 64/81 - 8) / 16 = (832/81 - 648/81) / 16 = 184/1296 = 0.1419753
        // (AIF360: 0.14197530864197527).
        assertValue(generalizedEntropyIndex([1, 0, 2, 1, 1, 2, 1, 1], alpha: 2), equals: 184.0 / 1296,
                    "GE(2) of benefits [1, 0, 2, 1, 1, 2, 1, 1]: (832/81 - 8) / 16")
    }

    func testAlphaThreeMatchesAIF360() {
        // Σ b³ = 1+0+8+1+1+8+1+1 = 21; Σ (b/μ)³ = 21 · 512/729 = 10752/729.
        // GE(3) = (10752/729 - 8) / (8·3·2) = (10752 - 5832) / (729 · 48) = 4920 / 34992 = 0.1406036 (AIF360: 0.14060356652949238).
        assertValue(generalizedEntropyIndex([1, 0, 2, 1, 1, 2, 1, 1], alpha: 3), equals: 4920.0 / 34992,
                    "GE(3): n·α·(α-1) = 8·3·2 = 48 in the denominator")
    }

    func testAlphaOneIsTheTheilIndexAndSkipsZeroBenefits() {
        // b/μ: 8/9 for the five 1s, 16/9 for the two 2s, 0 for the 0 (its term counts 0).
        // Theil = (1/8) [5 · (8/9) ln(8/9) + 2 · (16/9) ln(16/9)] (AIF360 theil_index: 0.19028237792581443).
        let expected = (5 * (8.0 / 9) * log(8.0 / 9) + 2 * (16.0 / 9) * log(16.0 / 9)) / 8
        assertValue(generalizedEntropyIndex([1, 0, 2, 1, 1, 2, 1, 1], alpha: 1), equals: expected,
                    "GE(1), Theil: (1/n) Σ (b/μ) ln(b/μ), the zero benefit contributing 0")
        XCTest::XCTAssertEqual(expected, 0.19028237792581443, accuracy: 1e-12, "the formula gives AIF360's Theil index")
    }

    func testAlphaZeroIsTheMeanLogDeviation() {
        // b = [1, 2], μ = 1.5: -(1/2)(ln(2/3) + ln(4/3)) = -(1/2) ln(8/9) = 0.0588915.
        assertValue(generalizedEntropyIndex([1, 2], alpha: 0), equals: -log(8.0 / 9) / 2,
                    "GE(0) of [1, 2]: -(1/2) (ln(1/1.5) + ln(2/1.5))")
        XCTest::XCTAssertNil(generalizedEntropyIndex([1, 0, 2], alpha: 0), "GE(0) with a zero benefit: ln 0 is undefined, nil")
    }

    func testEqualBenefitsAndASingleRowGiveZero() {
        // Everyone correct: b = 1 for all, b/μ = 1, every term 0.
        assertValue(generalizedEntropyIndex([1, 1, 1, 1], alpha: 2), equals: 0, "equal benefits: no inequality, GE(2) = 0")
        assertValue(generalizedEntropyIndex([2, 2], alpha: 1), equals: 0, "equal benefits: Theil = 0")
        assertValue(generalizedEntropyIndex([2], alpha: 2), equals: 0, "a single person is equal to the mean: 0")
    }

    func testUndefinedCasesGiveNil() {
        XCTest::XCTAssertNil(generalizedEntropyIndex([], alpha: 2), "no benefits: nil")
        XCTest::XCTAssertNil(generalizedEntropyIndex([0, 0], alpha: 2), "mean benefit 0: b/μ divides by 0, nil")
        XCTest::XCTAssertNil(generalizedEntropyIndex([1, -1, 2], alpha: 2), "a negative benefit is not a benefit: nil")
        XCTest::XCTAssertNil(benefits(labels: [1, 0], predictions: [1]), "2 labels, 1 prediction: nil")
        XCTest::XCTAssertNil(benefits(labels: [1, 2], predictions: [1, 1]), "label 2: nil")
        XCTest::XCTAssertNil(benefits(labels: [1, 0], predictions: [1, -1]), "prediction -1: nil")
        XCTest::XCTAssertEqual(benefits(labels: [], predictions: []), [], "no rows: no benefits, an empty list")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
