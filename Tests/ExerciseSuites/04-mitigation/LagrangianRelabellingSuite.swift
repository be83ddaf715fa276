// Hidden suite for exercise `lagrangian-relabelling` (exercises/04-mitigation/04_lagrangian_relabelling.swift).
// Expected values are derived by hand (arithmetic next to each assertion); the eight-row example's gammas,
// signed weights, labels and weights are also Fairlearn 0.15's (DemographicParity.gamma, ErrorRate.signed_weights
// + DemographicParity.signed_weights, and _Lagrangian's redY / redW), printed by scripts/reference/content_mitigation.py.
// Equivalent mutants: the solution's `counts[group] ?? 1` fallback is never taken (every row's group was counted), so
// changing that 1 cannot change a result.

import XCTest
@testable import LearnerCode

final class LagrangianRelabellingSuite: XCTest::XCTestCase {
    // Groups a (5 rows, P(a) = 5/8) and b (3 rows, P(b) = 3/8).
    private let labels = [1, 0, 0, 1, 1, 0, 1, 0]
    private let groups = ["a", "a", "a", "a", "a", "b", "b", "b"]

    func testGammaIsEachGroupsRateMinusTheOverallRate() throws {
        // h = 1 1 0 0 1 | 0 1 0: E[h | a] = 3/5, E[h | b] = 1/3, E[h] = 4/8. gamma(a) = 0.1, gamma(b) = -1/6 (Fairlearn's).
        let gammas = try XCTest::XCTUnwrap(demographicParityGamma(predictions: [1, 1, 0, 0, 1, 0, 1, 0], groups: groups))
        XCTest::XCTAssertEqual(gammas.map(\.group), ["a", "b"], "one gamma per group, sorted by group")
        guard gammas.count == 2 else { return }
        XCTest::XCTAssertEqual(gammas[0].gamma, 0.1, accuracy: 1e-12, "gamma(a) = 3/5 - 1/2")
        XCTest::XCTAssertEqual(gammas[1].gamma, -1.0 / 6, accuracy: 1e-12, "gamma(b) = 1/3 - 1/2")
    }

    func testGammaOfProbabilitiesAndOfOneGroup() throws {
        // h = 0.5 1 | 0 0.25: E[h | x] = 0.75, E[h | y] = 0.125, E[h] = 1.75 / 4 = 0.4375.
        let gammas = try XCTest::XCTUnwrap(demographicParityGamma(predictions: [0.5, 1, 0, 0.25], groups: ["x", "x", "y", "y"]))
        XCTest::XCTAssertEqual(gammas.map(\.gamma), [0.3125, -0.3125], "gamma from probabilities: 0.75 - 0.4375 and 0.125 - 0.4375")
        // A single row, and a single group, are their own average: gamma 0.
        XCTest::XCTAssertEqual(demographicParityGamma(predictions: [0.7], groups: ["g"]), [GroupGamma(group: "g", gamma: 0)],
                               "one row: its group's rate is the overall rate")
        XCTest::XCTAssertNil(demographicParityGamma(predictions: [], groups: []), "no rows: nil")
        XCTest::XCTAssertNil(demographicParityGamma(predictions: [1], groups: ["a", "b"]), "1 prediction, 2 groups: nil")
    }

    func testAPositiveMultiplierOnAGroupPushesItsRowsTowardZero() throws {
        // λ(a) = 0.5, λ(b) = 0: Σλ = 0.5. s = (2y - 1) + 0.5 - λ_group / P(group).
        // a: y=1: 1 + 0.5 - 0.5 · 8/5 = 0.7;  y=0: -1 + 0.5 - 0.8 = -1.3.   b: y=1: 1 + 0.5 = 1.5;  y=0: -0.5.
        // Σ|s| = 3 · 0.7 + 2 · 1.3 + 1.5 + 2 · 0.5 = 7.2; weight = 8 |s| / 7.2.
        let r = try XCTest::XCTUnwrap(relabel(labels: labels, groups: groups, multipliers: [Multiplier(group: "a", plus: 0.5, minus: 0)]))
        XCTest::XCTAssertEqual(r.labels, [1, 0, 0, 1, 1, 0, 1, 0], "labels: 1 where the signed weight is positive")
        let signed: [Double] = [0.7, 1.3, 1.3, 0.7, 0.7, 0.5, 1.5, 0.5]
        assertWeights(r.weights, signed.map { 8 * $0 / 7.2 }, "weights 8 |s| / 7.2")
    }

    func testALargeMultiplierFlipsLabels() throws {
        // λ(b) = 2: Σλ = 2. a: y=1: 1 + 2 = 3; y=0: -1 + 2 = 1 (a positive signed weight: relabelled 1).
        // b: 2 - 2 / (3/8) = -10/3; y=0: -13/3, y=1: -7/3 (relabelled 0). Σ|s| = 3·3 + 2·1 + 2·13/3 + 7/3 = 11 + 11 = 22.
        let r = try XCTest::XCTUnwrap(relabel(labels: labels, groups: groups, multipliers: [Multiplier(group: "b", plus: 2, minus: 0)]))
        XCTest::XCTAssertEqual(r.labels, [1, 1, 1, 1, 1, 0, 0, 0], "group a's negatives become 1 and group b's positive becomes 0")
        let signed: [Double] = [3, 1, 1, 3, 3, 13.0 / 3, 7.0 / 3, 13.0 / 3]
        assertWeights(r.weights, signed.map { 8 * $0 / 22 }, "weights 8 |s| / 22")
    }

    func testPlusAndMinusBothCount() throws {
        // a: λ = 1 - 0.25 = 0.75; b: λ = 0 - 3 = -3. Σλ = -2.25.
        // a: y=1: 1 - 2.25 - 0.75 · 8/5 = -2.45; y=0: -4.45.   b: -2.25 + 3 · 8/3 = 5.75; y=1: 6.75; y=0: 4.75.
        // Σ|s| = 3 · 2.45 + 2 · 4.45 + 6.75 + 2 · 4.75 = 32.5.
        let r = try XCTest::XCTUnwrap(relabel(labels: labels, groups: groups, multipliers: [Multiplier(group: "a", plus: 1, minus: 0.25),
                                                                                           Multiplier(group: "b", plus: 0, minus: 3)]))
        XCTest::XCTAssertEqual(r.labels, [0, 0, 0, 0, 0, 1, 1, 1], "λ = plus - minus: a pushed to 0, b pulled to 1")
        let signed: [Double] = [2.45, 4.45, 4.45, 2.45, 2.45, 4.75, 6.75, 4.75]
        assertWeights(r.weights, signed.map { 8 * $0 / 32.5 }, "weights 8 |s| / 32.5")
    }

    func testNoMultipliersIsPlainErrorMinimisation() throws {
        // λ = 0: s = 2y - 1 = ±1; labels unchanged, every weight 8 · 1 / 8 = 1.
        let r = try XCTest::XCTUnwrap(relabel(labels: labels, groups: groups, multipliers: []))
        XCTest::XCTAssertEqual(r.labels, labels, "without multipliers the labels are the true labels")
        assertWeights(r.weights, Array(repeating: 1, count: 8), "without multipliers every weight is 1")
    }

    func testASingleRow() throws {
        // One row, label 1, no multipliers: s = 2 · 1 - 1 = 1; Σ|s| = 1; weight 1 · 1 / 1 = 1.
        XCTest::XCTAssertEqual(relabel(labels: [1], groups: ["g"], multipliers: []), Relabelled(labels: [1], weights: [1]),
                               "a single row keeps its label and weight 1 (Σ|s| = 1 is still > 0)")
        // One group: its multiplier cancels, Σλ - λ / P(g) = λ - λ / 1 = 0; a row of label 0 gets s = -1.
        XCTest::XCTAssertEqual(relabel(labels: [0], groups: ["g"], multipliers: [Multiplier(group: "g", plus: 2, minus: 0)]),
                               Relabelled(labels: [0], weights: [1]), "one group: λ - λ / 1 = 0, so s = -1")
    }

    func testASignedWeightOfZeroIsLabelledZero() throws {
        // a: labels 1, 0; b: labels 0, 0 (no positives). P(a) = P(b) = 1/2. λ(a) = 1: Σλ = 1.
        // a: y=1: 1 + 1 - 2 = 0 (a tie: label 0, weight 0); y=0: -1 + 1 - 2 = -2.  b: -1 + 1 - 0 = 0 (ties again).
        // Σ|s| = 2: weights 4 · |s| / 2 = 0, 4, 0, 0.
        let r = try XCTest::XCTUnwrap(relabel(labels: [1, 0, 0, 0], groups: ["a", "a", "b", "b"], multipliers: [Multiplier(group: "a", plus: 1, minus: 0)]))
        XCTest::XCTAssertEqual(r.labels, [0, 0, 0, 0], "a signed weight of exactly 0 is not > 0: label 0")
        assertWeights(r.weights, [0, 4, 0, 0], "only the row with s = -2 carries weight: 4 · 2 / 2")
    }

    func testNothingToLearnOrBadMultipliersGiveNil() {
        // a: labels 1, 1; b: labels 0, 0; λ(a) = 1. a: 1 + 1 - 2 = 0; b: -1 + 1 - 0 = 0. Every s is 0.
        XCTest::XCTAssertNil(relabel(labels: [1, 1, 0, 0], groups: ["a", "a", "b", "b"], multipliers: [Multiplier(group: "a", plus: 1, minus: 0)]),
                             "every signed weight 0: the weights 0/0 are undefined, nil")
        XCTest::XCTAssertNil(relabel(labels: labels, groups: groups, multipliers: [Multiplier(group: "a", plus: -1, minus: 0)]),
                             "a negative multiplier: nil")
        XCTest::XCTAssertNil(relabel(labels: labels, groups: groups, multipliers: [Multiplier(group: "a", plus: 0, minus: -1)]),
                             "a negative multiplier: nil")
        XCTest::XCTAssertNil(relabel(labels: labels, groups: groups, multipliers: [Multiplier(group: "zz", plus: 1, minus: 0)]),
                             "a multiplier for a group with no rows: nil")
        XCTest::XCTAssertNil(relabel(labels: [], groups: [], multipliers: []), "no rows: nil")
        XCTest::XCTAssertNil(relabel(labels: [1, 0], groups: ["a"], multipliers: []), "2 labels, 1 group: nil")
    }

    private func assertWeights(_ actual: [Double], _ expected: [Double], _ message: String, line: UInt = #line) {
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) weights, got \(actual.count)", line: line)
        }
        for (i, (a, e)) in zip(actual, expected).enumerated() {
            XCTest::XCTAssertEqual(a, e, accuracy: 1e-12, "\(message) [row \(i)]", line: line)
        }
    }
}
