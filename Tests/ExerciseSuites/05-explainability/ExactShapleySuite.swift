// Hidden suite for exercise `exact-shapley` (exercises/05-explainability/01_exact_shapley.swift).
// Expected values are derived by hand (the subset formula, arithmetic beside each assertion) and
// checked against the average of marginal contributions over all M! orderings in
// scripts/reference/content_explainability.py (a different algorithm from the exercise's).
//
// Equivalent mutant: counting players from 1 instead of 0 finds the same M for every table of
// 2^M ≥ 2 entries, and rejects the same lengths (0 and 1 are not 2^M with M ≥ 1 either way).

import XCTest
@testable import LearnerCode

final class ExactShapleySuite: XCTest::XCTestCase {
    /// v(S) of the lesson's three-feature credit example, indexed by mask (bit 0 status, 1 savings, 2 month).
    let credit = [0.30, 0.50, 0.40, 0.70, 0.30, 0.55, 0.45, 0.80]

    func testThreeFeaturesByHand() {
        // Weights for M = 3: |S| = 0 → 0!2!/3! = 1/3, |S| = 1 → 1!1!/3! = 1/6, |S| = 2 → 2!0!/3! = 1/3.
        // φ0 = 1/3(0.50-0.30) + 1/6(0.70-0.40) + 1/6(0.55-0.30) + 1/3(0.80-0.45) = 0.275
        // φ1 = 1/3(0.40-0.30) + 1/6(0.70-0.50) + 1/6(0.45-0.30) + 1/3(0.80-0.55) = 0.175
        // φ2 = 1/3(0.30-0.30) + 1/6(0.55-0.50) + 1/6(0.45-0.40) + 1/3(0.80-0.70) = 0.05
        assertValues(shapleyValues(credit), [0.275, 0.175, 0.05], "Shapley values of the three-feature credit game")
    }

    func testEfficiencyTheValuesAddUpToTheWholeGain() {
        // Σ φ = v(all) - v(none) = 0.80 - 0.30 = 0.50.
        let phi = shapleyValues(credit)
        XCTest::XCTAssertEqual(phi.reduce(0, +), 0.5, accuracy: 1e-12, "efficiency: the values sum to v({0,1,2}) - v({}) = 0.80 - 0.30")
    }

    func testADummyFeatureGetsZeroAndTheOthersShareTheRest() {
        // Feature 2 never changes the value (v(S ∪ {2}) = v(S)), so φ2 = 0. The rest is the two-player game
        // v{} 0.1, v{0} 0.4, v{1} 0.3, v{0,1} 0.9: φ0 = 1/2(0.4-0.1) + 1/2(0.9-0.3) = 0.45, φ1 = 1/2(0.3-0.1) + 1/2(0.9-0.4) = 0.35.
        assertValues(shapleyValues([0.1, 0.4, 0.3, 0.9, 0.1, 0.4, 0.3, 0.9]), [0.45, 0.35, 0],
                     "a dummy feature (bit 2) adds nothing: its value is 0")
    }

    func testSymmetricPlayersShareEqually() {
        // The glove game: only both together are worth 1. φ0 = 1/2(0-0) + 1/2(1-0) = 0.5 = φ1.
        assertValues(shapleyValues([0, 0, 0, 1]), [0.5, 0.5], "two symmetric players split v({0,1}) = 1 evenly")
    }

    func testFourPlayersWeightedVote() {
        // Weights 3, 2, 1, 1, a coalition wins (1) with 4 or more. Player 0 is pivotal when it joins
        // {1}, {2}, {3}, {1,2}, {1,3}, {2,3} (not {} and not {1,2,3}, which already has 4): weights for M = 4 are
        // |S|=1 → 1!2!/4! = 1/12, |S|=2 → 2!1!/4! = 1/12, so φ0 = 6 · 1/12 = 0.5. Player 1 is pivotal only for
        // {0} (3 + 2) and {2, 3} (1 + 1 + 2) → 2/12 = 1/6; players 2 and 3 likewise 1/6 (the four sum to 1).
        let table = (0..<16).map { mask -> Double in
            let weight = [3, 2, 1, 1].enumerated().reduce(0) { $0 + (mask >> $1.offset & 1 == 1 ? $1.element : 0) }
            return weight >= 4 ? 1 : 0
        }
        assertValues(shapleyValues(table), [0.5, 1.0 / 6, 1.0 / 6, 1.0 / 6], "weighted vote 3, 2, 1, 1 with quota 4 (bit i = player i)")
    }

    func testFourPlayersWithUnequalContributions() {
        // v(S) = (Σ of player sizes 1, 2, 3, 4 in S)². Averaged over orderings, player i gains
        // size_i · (size_i + 2 · (sizes before it)), whose mean is size_i · Σ sizes = size_i · 10.
        let table = (0..<16).map { mask in
            let total = (0..<4).reduce(0) { $0 + (mask >> $1 & 1 == 1 ? $1 + 1 : 0) }
            return Double(total * total)
        }
        assertValues(shapleyValues(table), [10, 20, 30, 40], "v(S) = (Σ sizes)²: φ_i = size_i · 10")
    }

    func testOnePlayerGetsTheWholeGain() {
        assertValues(shapleyValues([0.2, 0.9]), [0.7], "one player: φ0 = v({0}) - v({}) = 0.9 - 0.2")
    }

    func testATableThatIsNotAPowerOfTwoGivesNoValues() {
        XCTest::XCTAssertEqual(shapleyValues([]), [], "an empty table has no players: []")
        XCTest::XCTAssertEqual(shapleyValues([0.5]), [], "a single entry is v({}) of zero players: []")
        XCTest::XCTAssertEqual(shapleyValues([0, 1, 2, 3, 4, 5]), [], "6 entries is not 2^M: []")
        XCTest::XCTAssertEqual(shapleyValues([0, 1, 2]), [], "3 entries is not 2^M: []")
    }

    private func assertValues(_ actual: [Double], _ expected: [Double], _ message: String, line: UInt = #line) {
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) values, got \(actual.count)", line: line)
        }
        for i in expected.indices {
            XCTest::XCTAssertEqual(actual[i], expected[i], accuracy: 1e-9, "\(message), player \(i)", line: line)
        }
    }
}
