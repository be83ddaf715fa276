// Hidden suite for exercise `kernel-shap-weight` (exercises/05-explainability/02_kernel_shap_weight.swift).
// Expected values are derived by hand from (M - 1) / (C(M, s) s (M - s)) and checked in exact rationals
// by scripts/reference/content_explainability.py, which also folds the size shares into shap's own
// KernelExplainer weight_vector (sizes 1..ceil((M-1)/2), paired sizes doubled) and finds them equal.
//
// Equivalent mutants: requiring 1 player instead of 2 for the shares gives [] for one player anyway
// (there is no size between 1 and M - 1 = 0); and the numerator of the unnormalised share (1, or
// M - 1 as in the formula) is the same for every size, so any constant there cancels.

import XCTest
@testable import LearnerCode

final class KernelShapWeightSuite: XCTest::XCTestCase {
    func testFourPlayersByHand() {
        // M = 4: s = 1 → 3 / (C(4,1)=4 · 1 · 3) = 1/4; s = 2 → 3 / (C(4,2)=6 · 2 · 2) = 1/8; s = 3 → 3 / (4 · 3 · 1) = 1/4.
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: 1), 0.25, accuracy: 1e-15, "π(4, 1) = 3 / (4 · 1 · 3)")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: 2), 0.125, accuracy: 1e-15, "π(4, 2) = 3 / (6 · 2 · 2)")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: 3), 0.25, accuracy: 1e-15, "π(4, 3) = 3 / (4 · 3 · 1)")
        // M = 3, s = 1: 2 / (3 · 1 · 2) = 1/3; M = 2, s = 1: 1 / (2 · 1 · 1) = 1/2.
        XCTest::XCTAssertEqual(kernelShapWeight(players: 3, coalitionSize: 1), 1.0 / 3, accuracy: 1e-15, "π(3, 1) = 2 / (3 · 1 · 2)")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 2, coalitionSize: 1), 0.5, accuracy: 1e-15, "π(2, 1) = 1 / (2 · 1 · 1)")
    }

    func testTheEmptyAndTheFullCoalitionWeighInfinitely() {
        // s = 0 and s = M divide by zero: Kernel SHAP enforces them as constraints (φ0 = E f, Σ φ = f(x) - E f).
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: 0), .infinity, "π(4, 0): the empty coalition")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: 4), .infinity, "π(4, 4): the full coalition")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 1, coalitionSize: 0), .infinity, "π(1, 0): one player, empty")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 1, coalitionSize: 1), .infinity, "π(1, 1): one player, full")
    }

    func testSizesOutsideTheGameWeighNothing() {
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: -1), 0, "a negative size: 0")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 4, coalitionSize: 5), 0, "a coalition larger than the 4 players: 0")
        XCTest::XCTAssertEqual(kernelShapWeight(players: 0, coalitionSize: 0), 0, "no players: 0")
    }

    func testManyPlayersDoNotOverflow() {
        // M = 59 (German Credit's columns), s = 1: 58 / (59 · 1 · 58) = 1/59.
        XCTest::XCTAssertEqual(kernelShapWeight(players: 59, coalitionSize: 1), 1.0 / 59, accuracy: 1e-15, "π(59, 1) = 1/59")
        // M = 40, s = 20: 39 / (137846528820 · 400) = 1/1413810552000 (Fraction in the reference script).
        XCTest::XCTAssertEqual(kernelShapWeight(players: 40, coalitionSize: 20) * 1413810552000.0, 1, accuracy: 1e-12,
                               "π(40, 20) = 1/1413810552000: C(40, 20) = 137846528820")
        // M = 70, s = 35: C(70, 35) ≈ 1.12e20 is more than an Int holds; π = 1/1991712903266840371800.
        XCTest::XCTAssertEqual(kernelShapWeight(players: 70, coalitionSize: 35) * 1991712903266840371800.0, 1, accuracy: 1e-12,
                               "π(70, 35) = 1/1991712903266840371800: compute C(70, 35) in floating point")
    }

    func testSizeSharesForFourAndFivePlayers() {
        // Share of size s ∝ C(M,s) π(M,s) = (M-1) / (s (M-s)). M = 4: 3/3, 3/4, 3/3 = 1, 0.75, 1; total 2.75 → 4/11, 3/11, 4/11.
        assertShares(coalitionSizeShares(players: 4), [4.0 / 11, 3.0 / 11, 4.0 / 11], "M = 4, sizes 1...3")
        // M = 5: 4/4, 4/6, 4/6, 4/4 = 1, 2/3, 2/3, 1; total 10/3 → 0.3, 0.2, 0.2, 0.3.
        assertShares(coalitionSizeShares(players: 5), [0.3, 0.2, 0.2, 0.3], "M = 5, sizes 1...4")
        // M = 2: only size 1.
        assertShares(coalitionSizeShares(players: 2), [1], "M = 2, size 1 only")
    }

    func testSizeSharesFavourTheSmallestAndLargestCoalitions() {
        // M = 59 (reference script, exact rationals): size 1 takes 0.10946896675445912, size 29 only 0.007297931116963942.
        let shares = coalitionSizeShares(players: 59)
        XCTest::XCTAssertEqual(shares.count, 58, "59 players: one share per size 1...58")
        guard shares.count == 58 else { return }
        XCTest::XCTAssertEqual(shares[0], 0.10946896675445912, accuracy: 1e-12, "share of size 1 of 59 players")
        XCTest::XCTAssertEqual(shares[28], 0.007297931116963942, accuracy: 1e-12, "share of size 29 of 59 players")
        XCTest::XCTAssertEqual(shares[57], shares[0], accuracy: 1e-15, "size 58 is as likely as size 1 (symmetry)")
        XCTest::XCTAssertEqual(shares.reduce(0, +), 1, accuracy: 1e-12, "the shares sum to 1")
    }

    func testFewerThanTwoPlayersHaveNoSizesToSample() {
        XCTest::XCTAssertEqual(coalitionSizeShares(players: 1), [], "one player: nothing between empty and full")
        XCTest::XCTAssertEqual(coalitionSizeShares(players: 0), [], "no players: []")
    }

    private func assertShares(_ actual: [Double], _ expected: [Double], _ message: String, line: UInt = #line) {
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) shares, got \(actual.count)", line: line)
        }
        for i in expected.indices {
            XCTest::XCTAssertEqual(actual[i], expected[i], accuracy: 1e-12, "\(message): share of size \(i + 1)", line: line)
        }
    }
}
