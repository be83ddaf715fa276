// Hidden suite for step `recommend-variant` of project `loan-tradeoff`
// (projects-work/loan-tradeoff/recommend_variant.swift). Expected values are derived by hand in
// the comment beside each assertion: the baseline's accuracy minus the loss allowed is the floor.

import XCTest
@testable import LearnerCode

final class RecommendVariantSuite: XCTest::XCTestCase {
    // Index 0 is the unmitigated baseline (accuracy 0.76, disparity 0.17).
    let accuracies = [0.76, 0.75, 0.74, 0.70, 0.75]
    let disparities = [0.17, 0.06, 0.02, 0.00, 0.04]

    func testTheMostAccurateVariantWithinBothLimits() {
        // Floor 0.76 - 0.03 = 0.73; disparity <= 0.05 leaves 2 (0.74), 3 (0.70, below the floor) and 4 (0.75): 4.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: 0.05, maxAccuracyLoss: 0.03), 4)
    }

    func testATighterFairnessLimitCostsAccuracy() {
        // Disparity <= 0.03 leaves 2 (0.74) and 3 (0.70); floor 0.76 - 0.10 = 0.66 admits both: 2 is more accurate.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: 0.03, maxAccuracyLoss: 0.10), 2)
    }

    func testTiesInAccuracyGoToTheFairerVariant() {
        // Disparity <= 0.10: 1 (0.75, 0.06) and 4 (0.75, 0.04) tie on accuracy; 4 is fairer.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: 0.10, maxAccuracyLoss: 0.05), 4)
        // Full ties keep the earlier index.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: [0.8, 0.7, 0.7], disparities: [0.3, 0.01, 0.01], baseline: 0, maxDisparity: 0.05, maxAccuracyLoss: 0.2), 1)
    }

    func testTheBaselineItselfQualifiesWhenFairEnough() {
        // Disparity <= 0.2 admits the baseline (0.76, 0.17), the most accurate of all.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: 0.2, maxAccuracyLoss: 0), 0)
    }

    func testTheLimitsThemselvesAreAllowed() {
        // A limit of zero disparity is allowed, and admits variant 3 (disparity exactly 0.00, at the
        // limit; accuracy 0.70 above the floor 0.76 - 0.25 = 0.51): the only one to qualify.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: 0, maxAccuracyLoss: 0.25), 3)
    }

    func testNothingQualifiesGivesNil() {
        // Disparity <= 0.01 leaves only 3 (0.70), below the floor 0.76 - 0.02 = 0.74.
        XCTest::XCTAssertNil(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: 0.01, maxAccuracyLoss: 0.02))
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(recommendVariant(accuracies: [0.7], disparities: [0.1, 0.2], baseline: 0, maxDisparity: 0.5, maxAccuracyLoss: 0.1), "lengths differ")
        XCTest::XCTAssertNil(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 5, maxDisparity: 0.5, maxAccuracyLoss: 0.1), "no variant 5")
        XCTest::XCTAssertNil(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: -0.1, maxAccuracyLoss: 0.1), "negative limit")
        XCTest::XCTAssertNil(recommendVariant(accuracies: accuracies, disparities: disparities, baseline: 0, maxDisparity: .nan, maxAccuracyLoss: 0.1), "NaN limit")
    }

    func testNonFiniteVariantsNeverQualify() {
        // Variant 1's NaN disparity would otherwise pass no comparison; 2 (0.74, 0.02) is the pick.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: [0.76, 0.9, 0.74], disparities: [0.17, .nan, 0.02], baseline: 0, maxDisparity: 0.05, maxAccuracyLoss: 0.05), 2)
        // An infinite accuracy with a finite disparity (variant 1) would win every comparison: it must not qualify.
        XCTest::XCTAssertEqual(recommendVariant(accuracies: [0.76, .infinity, 0.74], disparities: [0.17, 0.01, 0.02], baseline: 0, maxDisparity: 0.05, maxAccuracyLoss: 0.05), 2)
    }
}
