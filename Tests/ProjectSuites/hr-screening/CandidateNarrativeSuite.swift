// Hidden suite for step `candidate-narrative` of project `hr-screening`
// (projects-work/hr-screening/candidate_narrative.swift). The expected sentences follow the format
// the step's comment fixes; the ordering is worked out beside each assertion.

import XCTest
@testable import LearnerCode

final class CandidateNarrativeSuite: XCTest::XCTestCase {
    let parts = [Contribution(feature: "age", value: "23", amount: -0.35), Contribution(feature: "education", value: "Bachelors", amount: 0.41),
                 Contribution(feature: "hours_per_week", value: "50", amount: 0.22), Contribution(feature: "occupation", value: "Sales", amount: -0.05),
                 Contribution(feature: "race", value: "White", amount: 0)]

    func testTheDocumentedExample() {
        XCTest::XCTAssertEqual(candidateNarrative(id: "7", score: 0.73, threshold: 0.5, contributions: parts, top: 2),
                               "Candidate 7 is recommended (score 0.73, threshold 0.50). For: education = Bachelors (+0.41), hours_per_week = 50 (+0.22). Against: age = 23 (-0.35), occupation = Sales (-0.05).")
    }

    func testBelowTheThresholdIsNotRecommended() {
        // 0.49 < 0.5; top 1: the largest for (+0.41) and the most against (-0.35).
        XCTest::XCTAssertEqual(candidateNarrative(id: "12", score: 0.49, threshold: 0.5, contributions: parts, top: 1),
                               "Candidate 12 is not recommended (score 0.49, threshold 0.50). For: education = Bachelors (+0.41). Against: age = 23 (-0.35).")
    }

    func testTheThresholdItselfRecommends() {
        XCTest::XCTAssertTrue(candidateNarrative(id: "1", score: 0.5, threshold: 0.5, contributions: [], top: 3).hasPrefix("Candidate 1 is recommended"),
                              "score >= threshold recommends")
    }

    func testEmptySidesSayNothing() {
        XCTest::XCTAssertEqual(candidateNarrative(id: "3", score: 0.2, threshold: 0.5, contributions: [Contribution(feature: "age", value: "61", amount: -1.234)], top: 3),
                               "Candidate 3 is not recommended (score 0.20, threshold 0.50). For: nothing. Against: age = 61 (-1.23).")
    }

    func testZeroContributionsAreNeitherSide() {
        let text = candidateNarrative(id: "4", score: 0.9, threshold: 0.5, contributions: [Contribution(feature: "race", value: "White", amount: 0)], top: 2)
        XCTest::XCTAssertEqual(text, "Candidate 4 is recommended (score 0.90, threshold 0.50). For: nothing. Against: nothing.")
    }

    func testTopLimitsEachSideSeparately() {
        // Three for (0.3, 0.2, 0.1) and one against; top 2 keeps 0.3 and 0.2 and the one against.
        let many = [Contribution(feature: "a", value: "1", amount: 0.1), Contribution(feature: "b", value: "2", amount: 0.3),
                    Contribution(feature: "c", value: "3", amount: 0.2), Contribution(feature: "d", value: "4", amount: -0.4)]
        XCTest::XCTAssertEqual(candidateNarrative(id: "5", score: 0.6, threshold: 0.5, contributions: many, top: 2),
                               "Candidate 5 is recommended (score 0.60, threshold 0.50). For: b = 2 (+0.30), c = 3 (+0.20). Against: d = 4 (-0.40).")
    }

    func testEqualAmountsKeepTheirOrder() {
        // x and y push equally (+0.20), z and w pull equally (-0.10): each side lists them in input
        // order, whichever comes first in `contributions`.
        let tied = [Contribution(feature: "x", value: "1", amount: 0.2), Contribution(feature: "z", value: "3", amount: -0.1),
                    Contribution(feature: "y", value: "2", amount: 0.2), Contribution(feature: "w", value: "4", amount: -0.1)]
        XCTest::XCTAssertEqual(candidateNarrative(id: "6", score: 0.6, threshold: 0.5, contributions: tied, top: 2),
                               "Candidate 6 is recommended (score 0.60, threshold 0.50). For: x = 1 (+0.20), y = 2 (+0.20). Against: z = 3 (-0.10), w = 4 (-0.10).")
    }

    func testATopOfZeroShowsNothing() {
        XCTest::XCTAssertEqual(candidateNarrative(id: "8", score: 0.1, threshold: 0.5, contributions: parts, top: 0),
                               "Candidate 8 is not recommended (score 0.10, threshold 0.50). For: nothing. Against: nothing.")
    }
}
