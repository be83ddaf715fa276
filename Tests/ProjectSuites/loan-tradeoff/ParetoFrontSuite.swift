// Hidden suite for step `pareto-front` of project `loan-tradeoff`
// (projects-work/loan-tradeoff/pareto_front.swift). Expected values are derived by hand: the
// dominance of each pair is worked out in the comment beside the assertion.
// Mutants (`learn verify --mutants loan-tradeoff/pareto-front`): 14 of 15 killed. The survivor,
// `<` to `<=` in the sort by (disparity, index), is equivalent: indices differ, so no two keys tie.

import XCTest
@testable import LearnerCode

final class ParetoFrontSuite: XCTest::XCTestCase {
    private func v(_ name: String, _ accuracy: Double, _ disparity: Double) -> Variant {
        Variant(name: name, accuracy: accuracy, disparity: disparity)
    }

    func testDominationNeedsOneStrictImprovement() {
        XCTest::XCTAssertTrue(dominates(v("a", 0.80, 0.05), v("b", 0.78, 0.10)), "more accurate and fairer: dominates")
        XCTest::XCTAssertTrue(dominates(v("a", 0.80, 0.05), v("b", 0.80, 0.10)), "as accurate and fairer: dominates")
        XCTest::XCTAssertTrue(dominates(v("a", 0.82, 0.05), v("b", 0.80, 0.05)), "as fair and more accurate: dominates")
        XCTest::XCTAssertFalse(dominates(v("a", 0.80, 0.05), v("b", 0.80, 0.05)), "equal on both: neither dominates")
        XCTest::XCTAssertFalse(dominates(v("a", 0.85, 0.20), v("b", 0.80, 0.05)), "more accurate but less fair: a trade-off, no domination")
    }

    func testTheFrontKeepsTheTradeoffsFairestFirst() {
        // (0.85, 0.20) and (0.80, 0.05) trade off; (0.78, 0.10) is beaten by (0.80, 0.05) on both.
        let variants = [v("unmitigated", 0.85, 0.20), v("eg 0.01", 0.80, 0.05), v("eg 0.05", 0.78, 0.10)]
        XCTest::XCTAssertEqual(paretoFront(variants), [1, 0], "front: index 1 (disparity 0.05) then index 0 (0.20)")
    }

    func testEqualVariantsAreBothOnTheFront() {
        // Two identical points: neither dominates the other, so both stay, the lower index first.
        let variants = [v("a", 0.7, 0.1), v("b", 0.7, 0.1), v("c", 0.6, 0.3)]
        XCTest::XCTAssertEqual(paretoFront(variants), [0, 1], "c (0.6, 0.3) is dominated by a; a and b tie")
    }

    func testEqualDisparityKeepsOnlyTheMoreAccurate() {
        // Both at disparity 0.05: 0.82 beats 0.80 at no cost in fairness, so only index 1 remains.
        XCTest::XCTAssertEqual(paretoFront([v("a", 0.80, 0.05), v("b", 0.82, 0.05)]), [1])
    }

    func testNonFiniteVariantsAreLeftOut() {
        // An undefined disparity (NaN) is neither on the front nor able to push others off it.
        let variants = [v("broken", 0.99, .nan), v("a", 0.75, 0.02), v("b", 0.80, 0.08), v("inf", .infinity, 0)]
        XCTest::XCTAssertEqual(paretoFront(variants), [1, 2], "only a and b are finite; they trade off")
    }

    func testAChainOfTradeoffsIsWhollyOnTheFront() {
        // Accuracy rises with disparity at every step: nobody dominates anybody.
        let variants = [v("d", 0.86, 0.30), v("a", 0.70, 0.00), v("c", 0.82, 0.15), v("b", 0.76, 0.05)]
        XCTest::XCTAssertEqual(paretoFront(variants), [1, 3, 2, 0], "sorted by disparity 0, 0.05, 0.15, 0.30")
    }

    func testOneVariantThatBeatsAllIsTheWholeFront() {
        let variants = [v("a", 0.70, 0.20), v("best", 0.90, 0.01), v("c", 0.80, 0.10)]
        XCTest::XCTAssertEqual(paretoFront(variants), [1], "0.90 and 0.01 beat both others on both counts")
        XCTest::XCTAssertEqual(paretoFront([]), [], "no variants, no front")
    }
}
