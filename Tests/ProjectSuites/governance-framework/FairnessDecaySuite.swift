// Hidden suite for step `fairness-decay` of project `governance-framework`
// (projects-work/governance-framework/fairness_decay.swift). PSI values are worked out by hand
// beside each assertion (ln by the formula); the last test compares with FairKit's own PSI.

import XCTest
import Foundation
import FairKit
@testable import LearnerCode

final class FairnessDecaySuite: XCTest::XCTestCase {
    func testIdenticalSharesHaveNoDrift() {
        XCTest::XCTAssertEqual(populationStability(baseline: [0.2, 0.3, 0.5], batch: [0.2, 0.3, 0.5], floor: 1e-4), 0)
    }

    func testTheFormulaOnTwoBins() throws {
        // (0.7 - 0.5) ln(0.7/0.5) + (0.3 - 0.5) ln(0.3/0.5) = 0.2 · 0.336472 + 0.2 · 0.510826 = 0.169460.
        let psi = try XCTest::XCTUnwrap(populationStability(baseline: [0.5, 0.5], batch: [0.7, 0.3], floor: 1e-4))
        XCTest::XCTAssertEqual(psi, 0.2 * log(0.7 / 0.5) + 0.2 * log(0.5 / 0.3), accuracy: 1e-12)
        XCTest::XCTAssertEqual(psi, 0.169460, accuracy: 1e-6)
    }

    func testEmptyBinsAreFloored() throws {
        // Baseline (1, 0) against batch (0, 1), floor 0.01: 2 · (1 - 0.01) · ln(1 / 0.01) = 1.98 · 4.605170 = 9.118237.
        let psi = try XCTest::XCTUnwrap(populationStability(baseline: [1, 0], batch: [0, 1], floor: 0.01))
        XCTest::XCTAssertEqual(psi, 1.98 * log(100), accuracy: 1e-9)
    }

    func testBadSharesGiveNil() {
        XCTest::XCTAssertNil(populationStability(baseline: [0.5, 0.5], batch: [1], floor: 1e-4), "lengths differ")
        XCTest::XCTAssertNil(populationStability(baseline: [], batch: [], floor: 1e-4), "no bins")
        XCTest::XCTAssertNil(populationStability(baseline: [1.5, -0.5], batch: [0.5, 0.5], floor: 1e-4), "a negative share")
        XCTest::XCTAssertNil(populationStability(baseline: [0.5, 0.5], batch: [0.5, 0.5], floor: 0), "floor must be positive")
    }

    func testDecayNeedsConsecutiveBatchesBelowTau() {
        // Below 0.8 at indices 1, 3, 4, 5: the first run of two ends at index 4.
        XCTest::XCTAssertEqual(firstDecayAlert(ratios: [0.9, 0.7, 0.85, 0.75, 0.72, 0.6], tau: 0.8, consecutive: 2), 4)
        XCTest::XCTAssertEqual(firstDecayAlert(ratios: [0.9, 0.7, 0.85, 0.75, 0.72, 0.6], tau: 0.8, consecutive: 1), 1, "one batch suffices")
        XCTest::XCTAssertNil(firstDecayAlert(ratios: [0.9, 0.7, 0.85, 0.75], tau: 0.8, consecutive: 2), "never two in a row")
        XCTest::XCTAssertEqual(firstDecayAlert(ratios: [0.8, 0.79], tau: 0.8, consecutive: 1), 1, "0.8 is not below 0.8")
    }

    func testUndefinedRatiosBreakARunAndBadSettingsGiveNil() {
        XCTest::XCTAssertNil(firstDecayAlert(ratios: [0.5, .nan, 0.5], tau: 0.8, consecutive: 2), "NaN breaks the run")
        XCTest::XCTAssertNil(firstDecayAlert(ratios: [0.5, 0.5], tau: 0.8, consecutive: 0))
    }

    func testAgreesWithFairKitsCategoricalPSI() throws {
        // Categories a, b, c: baseline 2, 1, 1 of 4 (0.5, 0.25, 0.25); batch 1, 1, 2 of 4 (0.25, 0.25, 0.5).
        let fairkit = try XCTest::XCTUnwrap(PopulationStabilityIndex.categorical(baseline: ["a", "a", "b", "c"], batch: ["a", "b", "c", "c"]).number)
        let mine = try XCTest::XCTUnwrap(populationStability(baseline: [0.5, 0.25, 0.25], batch: [0.25, 0.25, 0.5], floor: DriftConstants.psiFloor))
        // By hand: (0.25 - 0.5) ln(0.5) + 0 + (0.5 - 0.25) ln(2) = 0.5 ln 2 = 0.346574.
        XCTest::XCTAssertEqual(mine, 0.5 * log(2), accuracy: 1e-12)
        XCTest::XCTAssertEqual(mine, fairkit, accuracy: 1e-12)
    }
}
