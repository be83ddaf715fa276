// Hidden suite for step `group-performance` of project `hr-screening`
// (projects-work/hr-screening/group_performance.swift). Expected values are counted by hand beside each assertion.

import XCTest
@testable import LearnerCode

final class GroupPerformanceSuite: XCTest::XCTestCase {
    // t: labels 1,1,0,0 predictions 1,1,0,1 -> 3 of 4 right, TPR 2/2; n: labels 1,1,1,0 predictions 0,1,0,0 -> 2 of 4, TPR 1/3.
    let labels = [1, 1, 0, 0, 1, 1, 1, 0], predictions = [1, 1, 0, 1, 0, 1, 0, 0]
    let groups = ["t", "t", "t", "t", "n", "n", "n", "n"]

    func testAccuracyPerGroup() throws {
        let p = try XCTest::XCTUnwrap(groupPerformance(labels: labels, predictions: predictions, groups: groups))
        XCTest::XCTAssertEqual(p["t"]?.accuracy ?? .nan, 0.75, accuracy: 1e-12, "t: 3 of 4 right")
        XCTest::XCTAssertEqual(p["n"]?.accuracy ?? .nan, 0.5, accuracy: 1e-12, "n: 2 of 4 right")
        XCTest::XCTAssertEqual(p["t"]?.candidates, 4)
    }

    func testTruePositiveRatePerGroup() throws {
        let p = try XCTest::XCTUnwrap(groupPerformance(labels: labels, predictions: predictions, groups: groups))
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(p["t"]?.truePositiveRate), 1, accuracy: 1e-12, "t: both strong candidates recommended")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(p["n"]?.truePositiveRate), 1.0 / 3, accuracy: 1e-12, "n: 1 of 3 strong candidates recommended")
    }

    func testNoStrongCandidateMeansNoRate() throws {
        let p = try XCTest::XCTUnwrap(groupPerformance(labels: [0, 0], predictions: [1, 0], groups: ["x", "x"]))
        XCTest::XCTAssertNil(p["x"]?.truePositiveRate, "no label 1 in x: nil, not 0")
        XCTest::XCTAssertEqual(p["x"]?.accuracy ?? .nan, 0.5, accuracy: 1e-12)
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(groupPerformance(labels: [1, 0], predictions: [1], groups: ["a", "a"]), "lengths differ")
        XCTest::XCTAssertNil(groupPerformance(labels: [1], predictions: [3], groups: ["a"]), "prediction 3 is not 0 or 1")
    }

    func testTheGapIsHighestMinusLowest() throws {
        let p = try XCTest::XCTUnwrap(groupPerformance(labels: labels, predictions: predictions, groups: groups))
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(accuracyGap(p)), 0.25, accuracy: 1e-12, "0.75 - 0.5")
        // Three groups 0.9, 0.6, 0.8: the gap is 0.9 - 0.6 = 0.3, not a neighbour's difference.
        let three = ["a": GroupPerformance(candidates: 10, accuracy: 0.9, truePositiveRate: nil),
                     "b": GroupPerformance(candidates: 10, accuracy: 0.6, truePositiveRate: nil),
                     "c": GroupPerformance(candidates: 10, accuracy: 0.8, truePositiveRate: nil)]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(accuracyGap(three)), 0.3, accuracy: 1e-12)
    }

    func testOneGroupHasNoGapAndNoneHasNoValue() throws {
        XCTest::XCTAssertEqual(accuracyGap(["a": GroupPerformance(candidates: 1, accuracy: 1, truePositiveRate: 1)]), 0)
        XCTest::XCTAssertNil(accuracyGap([:]))
    }
}
