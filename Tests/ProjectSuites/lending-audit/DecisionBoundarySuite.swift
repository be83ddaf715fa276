// Hidden suite for step `decision-boundary` of project `lending-audit`
// (projects-work/lending-audit/decision_boundary.swift). Expected values are derived by hand (arithmetic next to each
// assertion); the German Credit count comes from pandas on the raw file (scripts/reference/project_lending_audit.py).

import Foundation
import XCTest
import FairKit
@testable import LearnerCode

final class DecisionBoundarySuite: XCTest::XCTestCase {
    func testLogitIsTheLogOdds() throws {
        // logit(0.5) = ln(1) = 0; logit(0.75) = ln(0.75 / 0.25) = ln 3; logit(0.2) = ln(0.25) = -ln 4.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(logit(0.5)), 0, accuracy: 1e-12, "logit(0.5) = ln 1 = 0")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(logit(0.75)), Foundation.log(3.0), accuracy: 1e-12, "logit(0.75) = ln 3")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(logit(0.2)), -Foundation.log(4.0), accuracy: 1e-12, "logit(0.2) = ln(0.2/0.8) = -ln 4")
    }

    func testLogitOutsideTheOpenIntervalIsNil() {
        XCTest::XCTAssertNil(logit(0), "logit(0) is minus infinity: nil")
        XCTest::XCTAssertNil(logit(1), "logit(1) is infinity: nil")
        XCTest::XCTAssertNil(logit(1.5), "1.5 is no probability: nil")
    }

    func testBoundaryAtHalf() throws {
        // w0 = -3, w = [1, 1], t = 0.5: -3 + x1 + x2 = 0 -> x2 = 3 - x1: slope -1, intercept 3.
        let line = try XCTest::XCTUnwrap(boundaryLine(intercept: -3, weights: [1, 1], threshold: 0.5), "w2 = 1: a line exists")
        XCTest::XCTAssertEqual(line.slope, -1, accuracy: 1e-12, "slope = -w1 / w2 = -1")
        XCTest::XCTAssertEqual(line.intercept, 3, accuracy: 1e-12, "intercept = (logit(0.5) - w0) / w2 = (0 + 3) / 1")
    }

    func testBoundaryMovesWithTheThresholdAndTheWeights() throws {
        // w0 = 1, w = [0.5, -2], t = 0.75: 1 + 0.5 x1 - 2 x2 = ln 3 -> x2 = (1 - ln 3)/2 + 0.25 x1.
        let line = try XCTest::XCTUnwrap(boundaryLine(intercept: 1, weights: [0.5, -2], threshold: 0.75), "w2 = -2: a line exists")
        XCTest::XCTAssertEqual(line.slope, 0.25, accuracy: 1e-12, "slope = -0.5 / -2 = 0.25")
        XCTest::XCTAssertEqual(line.intercept, (1 - Foundation.log(3.0)) / 2, accuracy: 1e-12, "intercept = (ln 3 - 1) / -2")
    }

    func testNoLineForAVerticalBoundaryOrBadInput() {
        XCTest::XCTAssertNil(boundaryLine(intercept: 0, weights: [1, 0], threshold: 0.5), "w2 = 0: the boundary x1 = 0 is vertical, nil")
        XCTest::XCTAssertNil(boundaryLine(intercept: 0, weights: [1, 1, 1], threshold: 0.5), "three weights: not a two-feature model, nil")
        XCTest::XCTAssertNil(boundaryLine(intercept: 0, weights: [1, 1], threshold: 1), "threshold 1: no logit, nil")
    }

    func testDecisionsApproveOnAndAboveTheLine() throws {
        // Boundary x1 + x2 = 3 (w0 = -3, w = [1, 1], t = 0.5): (2, 2) scores 1 -> 1; (1, 1) scores -1 -> 0;
        // (1, 2) scores exactly 0 -> on the line -> 1.
        XCTest::XCTAssertEqual(decisions(intercept: -3, weights: [1, 1], threshold: 0.5, x1: [2, 1, 1], x2: [2, 1, 2]), [1, 0, 1],
                               "above the line approve, below refuse, on it approve")
        XCTest::XCTAssertNil(decisions(intercept: -3, weights: [1, 1], threshold: 0.5, x1: [2], x2: []), "1 x1 and 0 x2: nil")
        XCTest::XCTAssertNil(decisions(intercept: -3, weights: [1, 1], threshold: 0, x1: [2], x2: [2]), "threshold 0: nil")
    }

    func testGermanCreditUnderAFixedScore() throws {
        // Score 1.7 - 0.04 * months - 0.05 * (amount / 1000), threshold 0.5 (logit 0): pandas on german.data puts 872 of
        // the 1,000 applicants at or above 0, 167 of them aged 25 or less.
        let german = try Dataset.germanCredit()
        let months = try XCTest::XCTUnwrap(try german.table.column("month").numbers, "month is numeric").map { $0 ?? 0 }
        let amounts = try XCTest::XCTUnwrap(try german.table.column("credit_amount").numbers, "credit_amount is numeric").map { ($0 ?? 0) / 1000 }
        let decided = try XCTest::XCTUnwrap(decisions(intercept: 1.7, weights: [-0.04, -0.05], threshold: 0.5, x1: months, x2: amounts),
                                            "German Credit: 1,000 points")
        XCTest::XCTAssertEqual(decided.reduce(0, +), 872, "German Credit: 872 applicants on the approving side")
        let age = try german.table.column("age_group")
        XCTest::XCTAssertEqual(decided.indices.filter { decided[$0] == 1 && age[$0].text == "age <= 25" }.count, 167,
                               "German Credit: 167 of the approved are aged 25 or less")
    }
}
