// Hidden suite for exercise `pareto-front` (exercises/04-mitigation/06_pareto_front.swift).
// Expected fronts and recommendations are derived by hand (the dominance checks are in the comments). The German
// Credit sweep's accuracies and demographic parity differences (300 test rows, expected values) are the lesson's
// table, from Fairlearn and AIF360 in scripts/reference/content_mitigation.py, rounded to 4 decimals as inputs.

import XCTest
@testable import LearnerCode

final class ParetoFrontSuite: XCTest::XCTestCase {
    private let german = [
        Candidate(name: "unmitigated", accuracy: 0.6969, disparity: 0.1215),
        Candidate(name: "reweighing", accuracy: 0.6952, disparity: 0.0846),
        Candidate(name: "di-remover", accuracy: 0.7011, disparity: 0.1348),
        Candidate(name: "eg-0.01", accuracy: 0.7500, disparity: 0.0031),
        Candidate(name: "eg-0.05", accuracy: 0.7400, disparity: 0.0093),
        Candidate(name: "grid-search", accuracy: 0.7500, disparity: 0.0313),
        Candidate(name: "to-dp", accuracy: 0.7623, disparity: 0.0053),
        Candidate(name: "to-eo", accuracy: 0.7520, disparity: 0.0023),
    ]

    func testGermanCreditSweepFront() {
        // to-dp is the most accurate (0.7623); to-eo the least disparate (0.0023). Every other point is dominated:
        // eg-0.01 (0.7500, 0.0031) by to-eo (0.7520, 0.0023); eg-0.05 and grid-search by to-dp; the three
        // unmitigated/pre-processing points by eg-0.01.
        XCTest::XCTAssertEqual(paretoFront(german), ["to-dp", "to-eo"], "German sweep: the undominated points, in input order")
    }

    func testGermanCreditRecommendations() {
        // Tolerance 0.005: within it eg-0.01 (0.0031) and to-eo (0.0023); the more accurate is to-eo (0.7520).
        XCTest::XCTAssertEqual(recommend(german, tolerance: 0.005), Recommendation(name: "to-eo", meetsTolerance: true),
                               "tolerance 0.005: the most accurate point with disparity <= 0.005")
        // Tolerance 0.01 adds to-dp (0.0053) and eg-0.05 (0.0093): to-dp, 0.7623.
        XCTest::XCTAssertEqual(recommend(german, tolerance: 0.01), Recommendation(name: "to-dp", meetsTolerance: true),
                               "tolerance 0.01: to-dp is now allowed and the most accurate")
        // Tolerance 0.001: nobody; the least disparate is to-eo, flagged as missing the tolerance.
        XCTest::XCTAssertEqual(recommend(german, tolerance: 0.001), Recommendation(name: "to-eo", meetsTolerance: false),
                               "no point meets 0.001: the least disparate, meetsTolerance false")
        // A disparity exactly at the tolerance meets it: to-eo at 0.0023.
        XCTest::XCTAssertEqual(recommend(german, tolerance: 0.0023), Recommendation(name: "to-eo", meetsTolerance: true),
                               "disparity equal to the tolerance meets it (<=)")
    }

    func testTiesOnTheFront() {
        // a and b are identical: neither dominates the other, both stay. c equals a in accuracy with a larger disparity: dominated.
        // d equals a in disparity with a lower accuracy: dominated.
        let points = [Candidate(name: "a", accuracy: 0.8, disparity: 0.1), Candidate(name: "b", accuracy: 0.8, disparity: 0.1),
                      Candidate(name: "c", accuracy: 0.8, disparity: 0.2), Candidate(name: "d", accuracy: 0.7, disparity: 0.1),
                      Candidate(name: "e", accuracy: 0.6, disparity: 0.0)]
        XCTest::XCTAssertEqual(paretoFront(points), ["a", "b", "e"],
                               "identical points both stay; equal accuracy with more disparity, or equal disparity with less accuracy, is dominated")
        // Within 0.2: a, b, c tie at 0.8 accuracy; the lower disparity (a, b at 0.1), then the earlier: a.
        XCTest::XCTAssertEqual(recommend(points, tolerance: 0.2), Recommendation(name: "a", meetsTolerance: true),
                               "accuracy tie: lower disparity first, then the earlier candidate")
    }

    func testALaterEquallyAccurateButFairerCandidateWins() {
        // c comes first with disparity 0.2; a is as accurate (0.8) with 0.1: a wins the accuracy tie on disparity.
        let points = [Candidate(name: "c", accuracy: 0.8, disparity: 0.2), Candidate(name: "a", accuracy: 0.8, disparity: 0.1)]
        XCTest::XCTAssertEqual(recommend(points, tolerance: 0.3), Recommendation(name: "a", meetsTolerance: true),
                               "equal accuracy: the lower disparity wins even when it comes later")
        // Tolerance 0 admits a candidate whose disparity is exactly 0.
        let zero = [Candidate(name: "fair", accuracy: 0.6, disparity: 0), Candidate(name: "sharp", accuracy: 0.9, disparity: 0.2)]
        XCTest::XCTAssertEqual(recommend(zero, tolerance: 0), Recommendation(name: "fair", meetsTolerance: true),
                               "tolerance 0 is allowed, and disparity 0 meets it")
    }

    func testFallbackTies() {
        // None within 0.05: least disparate are x and y (0.1); the more accurate is y.
        let points = [Candidate(name: "x", accuracy: 0.6, disparity: 0.1), Candidate(name: "y", accuracy: 0.7, disparity: 0.1),
                      Candidate(name: "z", accuracy: 0.9, disparity: 0.3), Candidate(name: "w", accuracy: 0.7, disparity: 0.1)]
        XCTest::XCTAssertEqual(recommend(points, tolerance: 0.05), Recommendation(name: "y", meetsTolerance: false),
                               "fallback tie in disparity: the more accurate, then the earlier (y before w)")
        XCTest::XCTAssertEqual(recommend(points, tolerance: 0.5), Recommendation(name: "z", meetsTolerance: true),
                               "everything within 0.5: the most accurate")
    }

    func testOneCandidateAndNone() {
        let one = [Candidate(name: "only", accuracy: 0.5, disparity: 0.4)]
        XCTest::XCTAssertEqual(paretoFront(one), ["only"], "a single candidate is its own front")
        XCTest::XCTAssertEqual(recommend(one, tolerance: 0.1), Recommendation(name: "only", meetsTolerance: false),
                               "a single candidate above the tolerance is still the fallback")
        XCTest::XCTAssertEqual(paretoFront([]), [], "no candidates: an empty front")
        XCTest::XCTAssertNil(recommend([], tolerance: 0.1), "no candidates: nothing to recommend")
        XCTest::XCTAssertNil(recommend(one, tolerance: -0.1), "a negative tolerance: nil")
    }

    func testAStrictlyBetterPointDominates() {
        // p is better than q in both: only p. r trades accuracy for disparity against p: both on the front.
        let points = [Candidate(name: "q", accuracy: 0.7, disparity: 0.2), Candidate(name: "p", accuracy: 0.75, disparity: 0.15),
                      Candidate(name: "r", accuracy: 0.72, disparity: 0.05)]
        XCTest::XCTAssertEqual(paretoFront(points), ["p", "r"], "q is dominated by p; p and r trade off")
    }
}
