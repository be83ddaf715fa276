// Hidden suite for step `risk-tiers` of project `governance-framework`
// (projects-work/governance-framework/risk_tiers.swift). Expected values come from the brief's
// table of tiers and from comparisons worked out beside each assertion.

import XCTest
@testable import LearnerCode

final class RiskTiersSuite: XCTest::XCTestCase {
    func testTiersByImpact() {
        XCTest::XCTAssertEqual(riskTier(domain: "hiring", decidesAboutIndividuals: true), "high")
        XCTest::XCTAssertEqual(riskTier(domain: "Credit", decidesAboutIndividuals: true), "high", "domains compare in lower case")
        XCTest::XCTAssertEqual(riskTier(domain: "marketing", decidesAboutIndividuals: true), "medium")
        XCTest::XCTAssertEqual(riskTier(domain: "inventory forecasting", decidesAboutIndividuals: false), "low")
        XCTest::XCTAssertEqual(riskTier(domain: "credit", decidesAboutIndividuals: false), "low", "a credit-portfolio forecast decides about no one")
    }

    func testTheHighTierHoldsTheBriefsThresholds() {
        XCTest::XCTAssertEqual(requirements(tier: "high"), [
            Requirement(metric: "selection_rate", check: "ratio", threshold: 0.8),
            Requirement(metric: "tpr", check: "difference", threshold: 0.1),
            Requirement(metric: "accuracy", check: "minimum", threshold: 0.7),
        ])
    }

    func testLowerTiersAskLess() {
        XCTest::XCTAssertEqual(requirements(tier: "medium").map(\.threshold), [0.7, 0.65])
        XCTest::XCTAssertEqual(requirements(tier: "low"), [Requirement(metric: "accuracy", check: "minimum", threshold: 0.6)])
        XCTest::XCTAssertEqual(requirements(tier: "unknown"), [])
    }

    func testBreachesJudgeEachCheckItsOwnWay() {
        // ratio 0.75 < 0.8 breaches; difference 0.05 <= 0.1 passes; accuracy 0.72 >= 0.7 passes.
        let high = requirements(tier: "high")
        XCTest::XCTAssertEqual(breaches(high, measured: ["selection_rate ratio": 0.75, "tpr difference": 0.05, "accuracy minimum": 0.72]),
                               ["selection_rate ratio 0.75 < 0.8"])
        // difference 0.25 > 0.1 breaches; accuracy 0.5 < 0.7 breaches; ratio 0.9 passes.
        XCTest::XCTAssertEqual(breaches(high, measured: ["selection_rate ratio": 0.9, "tpr difference": 0.25, "accuracy minimum": 0.5]),
                               ["tpr difference 0.25 > 0.1", "accuracy minimum 0.5 < 0.7"])
    }

    func testTheThresholdItselfPasses() {
        // 0.8 >= 0.8 and 0.1 <= 0.1: the bounds are inclusive.
        let custom = [Requirement(metric: "selection_rate", check: "ratio", threshold: 0.8), Requirement(metric: "fpr", check: "difference", threshold: 0.1)]
        XCTest::XCTAssertEqual(breaches(custom, measured: ["selection_rate ratio": 0.8, "fpr difference": 0.1]), [])
    }

    func testWhatCannotBeMeasuredIsABreach() {
        let low = requirements(tier: "low")
        XCTest::XCTAssertEqual(breaches(low, measured: [:]), ["accuracy minimum: not measured"])
        XCTest::XCTAssertEqual(breaches(low, measured: ["accuracy minimum": .nan]), ["accuracy minimum: not measured"], "NaN is no measurement")
    }
}
