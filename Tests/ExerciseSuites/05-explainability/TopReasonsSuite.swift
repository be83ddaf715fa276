// Hidden suite for exercise `top-reasons` (exercises/05-explainability/07_top_reasons.swift).
// The rankings and sentences are worked by hand beside each assertion; the attributions are rounded
// from German Credit's test row 700 (GermanLinearShapSuite, shap's LinearExplainer).
//
// Equivalent mutant: sorting on (-|φ|, name) with <= instead of < orders the same when feature
// names are distinct, as the names of a model's features are.

import XCTest
@testable import LearnerCode

final class TopReasonsSuite: XCTest::XCTestCase {
    let names = ["status", "month", "savings", "age"]
    let attributions = [-0.91, 0.24, 0.22, -0.24]

    func testLargestMagnitudeFirstWithTiesByName() {
        // |φ|: status 0.91, month 0.24, savings 0.22, age 0.24. month and age tie at 0.24: "age" < "month".
        let reasons = topReasons(names: names, attributions: attributions, k: 3)
        XCTest::XCTAssertEqual(reasons, [Reason(feature: "status", attribution: -0.91), Reason(feature: "age", attribution: -0.24),
                                         Reason(feature: "month", attribution: 0.24)],
                               "top 3 by |attribution|: status (0.91), then the tie at 0.24 in name order (age, month)")
    }

    func testMagnitudeNotSignedValueDecides() {
        // φ 0.1 and -0.5: -0.5 has the larger magnitude and comes first although it is the smaller number.
        XCTest::XCTAssertEqual(topReasons(names: ["a", "b"], attributions: [0.1, -0.5], k: 1), [Reason(feature: "b", attribution: -0.5)],
                               "the top reason is b (|−0.5| > |0.1|)")
    }

    func testZeroAttributionsAreNeverReasonsAndKCanExceedThem() {
        // "b" has φ = 0: it did nothing. k = 10 returns the two that moved the score.
        XCTest::XCTAssertEqual(topReasons(names: ["a", "b", "c"], attributions: [0.3, 0, -0.3], k: 10),
                               [Reason(feature: "a", attribution: 0.3), Reason(feature: "c", attribution: -0.3)],
                               "a zero attribution is not a reason; a and c tie at 0.3 and go in name order")
        XCTest::XCTAssertEqual(topReasons(names: ["only"], attributions: [0.05], k: 1), [Reason(feature: "only", attribution: 0.05)],
                               "a single feature: it is the reason")
    }

    func testNoReasonsForBadInput() {
        XCTest::XCTAssertEqual(topReasons(names: names, attributions: attributions, k: 0), [], "k = 0: []")
        XCTest::XCTAssertEqual(topReasons(names: names, attributions: attributions, k: -1), [], "k = -1: [] (not a crash)")
        XCTest::XCTAssertEqual(topReasons(names: [], attributions: [], k: 2), [], "no features: []")
        XCTest::XCTAssertEqual(topReasons(names: ["a", "b"], attributions: [0.1], k: 2), [], "2 names, 1 attribution: []")
    }

    func testTheSentenceListsReasonsWithSignedAttributions() {
        let reasons = [Reason(feature: "status", attribution: -0.91), Reason(feature: "age", attribution: -0.24),
                       Reason(feature: "month", attribution: 0.24)]
        XCTest::XCTAssertEqual(reasonSentence(decision: "declined", reasons: reasons),
                               "declined, mainly because of status (-0.91), age (-0.24) and month (+0.24).",
                               "three reasons: commas, then \" and \" before the last, signs and two decimals")
    }

    func testOneTwoAndNoReasons() {
        XCTest::XCTAssertEqual(reasonSentence(decision: "approved", reasons: [Reason(feature: "savings", attribution: 0.216)]),
                               "approved, mainly because of savings (+0.22).", "one reason, rounded to two decimals (0.216 → +0.22)")
        XCTest::XCTAssertEqual(reasonSentence(decision: "approved", reasons: [Reason(feature: "a", attribution: 1.5),
                                                                              Reason(feature: "b", attribution: -0.004)]),
                               "approved, mainly because of a (+1.50) and b (-0.00).", "two reasons joined by \" and \"")
        XCTest::XCTAssertEqual(reasonSentence(decision: "declined", reasons: []), "declined: no single feature stood out.",
                               "no reasons: say so rather than invent one")
    }
}
