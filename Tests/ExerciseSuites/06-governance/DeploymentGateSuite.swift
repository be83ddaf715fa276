// Hidden suite for exercise `deployment-gate` (exercises/06-governance/05_deployment_gate.swift).
// Each verdict is worked out by hand from the rule next to the assertion.
// Equivalent mutant: `rule.bound <= 1` loosened to `<= 2` changes nothing, because for τ > 1 the band [τ, 1/τ] is
// empty (1/τ < τ), so no value can pass it either way.

import XCTest
@testable import LearnerCode

final class DeploymentGateSuite: XCTest::XCTestCase {
    private let highTier = [Rule(metric: "accuracy", kind: .minimum, bound: 0.7),
                            Rule(metric: "dp_difference", kind: .maximumAbsolute, bound: 0.1),
                            Rule(metric: "disparate_impact", kind: .ratioBand, bound: 0.8)]

    func testACleanModelPassesEveryRule() {
        // 0.75 >= 0.7; |-0.05| <= 0.1; 0.9 in [0.8, 1.25].
        let results = evaluate(rules: highTier, measured: ["accuracy": 0.75, "dp_difference": -0.05, "disparate_impact": 0.9])
        XCTest::XCTAssertEqual(results.map(\.metric), ["accuracy", "dp_difference", "disparate_impact"], "one result per rule, in order")
        XCTest::XCTAssertEqual(results.map(\.passed), [true, true, true], "every rule holds")
        XCTest::XCTAssertEqual(results.map(\.value), [0.75, -0.05, 0.9], "each result carries the measured value")
        XCTest::XCTAssertTrue(gatePasses(results), "all rules passed: deploy")
    }

    func testEachKindFailsOnItsOwnSide() {
        // 0.69 < 0.7; |−0.12| > 0.1 (a gap against either group counts); 1.3 > 1/0.8 = 1.25.
        let results = evaluate(rules: highTier, measured: ["accuracy": 0.69, "dp_difference": -0.12, "disparate_impact": 1.3])
        XCTest::XCTAssertEqual(results.map(\.passed), [false, false, false],
                               "accuracy under its minimum, a difference too large in size, a ratio above 1/τ")
        XCTest::XCTAssertFalse(gatePasses(results), "any failed rule blocks the deployment")
        let low = evaluate(rules: [highTier[2]], measured: ["disparate_impact": 0.79])
        XCTest::XCTAssertEqual(low.map(\.passed), [false], "0.79 is below τ = 0.8")
    }

    func testBoundsThemselvesPass() {
        // 0.7 >= 0.7; |0.1| <= 0.1; 0.8 and 1.25 are the band's ends.
        let edges = evaluate(rules: highTier, measured: ["accuracy": 0.7, "dp_difference": 0.1, "disparate_impact": 0.8])
        XCTest::XCTAssertEqual(edges.map(\.passed), [true, true, true], "a value exactly at a bound passes")
        let top = evaluate(rules: [highTier[2]], measured: ["disparate_impact": 1.25])
        XCTest::XCTAssertEqual(top.map(\.passed), [true], "1.25 = 1 / 0.8 is the band's upper end: passes")
    }

    func testAnUnmeasuredMetricFails() {
        let results = evaluate(rules: highTier, measured: ["accuracy": 0.9, "disparate_impact": .nan])
        XCTest::XCTAssertEqual(results.map(\.passed), [true, false, false], "dp_difference missing and disparate impact NaN: both fail")
        XCTest::XCTAssertEqual(results.map(\.value), [0.9, nil, nil],
                               "a missing metric has no value, and NaN is reported as not measured, not as a number")
        XCTest::XCTAssertFalse(gatePasses(results), "the gate cannot pass what it could not see")
    }

    func testABandWithAnImpossibleBoundFails() {
        // τ = 1.25 would make the band [1.25, 0.8], upside down; τ = 0 would be [0, ∞]: both are mistakes.
        let results = evaluate(rules: [Rule(metric: "di", kind: .ratioBand, bound: 1.25), Rule(metric: "di", kind: .ratioBand, bound: 0),
                                       Rule(metric: "di", kind: .ratioBand, bound: 1)],
                               measured: ["di": 1])
        XCTest::XCTAssertEqual(results.map(\.passed), [false, false, true],
                               "τ must lie in (0, 1]: 1.25 and 0 fail, τ = 1 is the band [1, 1] and a ratio of 1 passes")
    }

    func testAPolicyWithoutRulesApprovesNothing() {
        XCTest::XCTAssertEqual(evaluate(rules: [], measured: ["accuracy": 1]), [], "no rules, no results")
        XCTest::XCTAssertFalse(gatePasses([]), "no rules checked anything: do not deploy")
        XCTest::XCTAssertTrue(gatePasses([RuleResult(metric: "a", value: 1, passed: true)]), "one passed rule: deploy")
    }
}
