// Hidden suite for step `missed-diagnoses` of project `ethics-review-board`
// (projects-work/ethics-review-board/missed_diagnoses.swift). Expected values are derived by hand
// (the counts beside each assertion) and, for the synthetic patients, from fairlearn on the rows
// scripts/reference/synthetic_patients.py regenerates independently.

import XCTest
import FairKit
@testable import LearnerCode

final class MissedDiagnosesSuite: XCTest::XCTestCase {
    func testTheRateCountsMissesAmongThoseWithTheCondition() throws {
        // a: labels 1,1,1,0 predictions 1,0,0,0 -> 2 of 3 ill missed; b: 1,0 / 1,1 -> 0 of 1.
        let rates = try XCTest::XCTUnwrap(falseNegativeRates(labels: [1, 1, 1, 0, 1, 0], predictions: [1, 0, 0, 0, 1, 1],
                                                             groups: ["a", "a", "a", "a", "b", "b"]))
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["a"]), 2.0 / 3, accuracy: 1e-12, "a: 2 of its 3 ill patients not referred")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["b"]), 0, accuracy: 1e-12, "b: its 1 ill patient referred")
    }

    func testAGroupWithoutIllPatientsHasNoRate() throws {
        let rates = try XCTest::XCTUnwrap(falseNegativeRates(labels: [0, 0, 1], predictions: [1, 0, 0], groups: ["a", "a", "b"]))
        XCTest::XCTAssertNil(rates["a"], "a has nobody with the condition: no rate, not 0")
        XCTest::XCTAssertEqual(rates["b"], 1, "b: 1 of 1 missed")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(falseNegativeRates(labels: [1], predictions: [1, 0], groups: ["a"]), "lengths differ")
        XCTest::XCTAssertNil(falseNegativeRates(labels: [2], predictions: [1], groups: ["a"]), "label 2 is not 0 or 1")
        XCTest::XCTAssertNil(falseNegativeRates(labels: [1], predictions: [-1], groups: ["a"]), "prediction -1 is not 0 or 1")
    }

    func testTheBoardRejectsAGapBeyondItsTolerance() {
        // Gap 0.35 - 0.10 = 0.25 > 0.1: reject, whatever the artifacts.
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.10, "b": 0.35, "c": 0.2], maxGap: 0.1, incompleteArtifacts: 0), .reject)
    }

    func testTheBoardPostponesForIncompleteArtifactsAndApprovesOtherwise() {
        // Gap 0.12 - 0.10 = 0.02 <= 0.1.
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.10, "b": 0.12], maxGap: 0.1, incompleteArtifacts: 2), .postpone)
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.10, "b": 0.12], maxGap: 0.1, incompleteArtifacts: 0), .approve)
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.5], maxGap: 0, incompleteArtifacts: 0), .approve, "one group: no gap")
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.5], maxGap: -0.1, incompleteArtifacts: 0), .approve,
                               "one group has no gap at all, so even a negative tolerance does not reject")
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.10, "b": 0.12], maxGap: 0.1, incompleteArtifacts: 1), .postpone,
                               "one incomplete artifact is enough to postpone")
    }

    func testAGapExactlyAtTheToleranceIsAccepted() {
        // 0.5 - 0.25 = 0.25 exactly (both are binary fractions): not more than 0.25, so no rejection.
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: ["a": 0.25, "b": 0.5], maxGap: 0.25, incompleteArtifacts: 0), .approve)
    }

    func testThePlantedBiasInTheSyntheticPatients() throws {
        // fairlearn on the seed-2026 rows: TPR majority 243/370, minority 75/162, so FNR 127/370 = 0.343243
        // and 87/162 = 0.537037; the gap 0.193794 exceeds a tolerance of 0.1: the board rejects.
        let patients = try SyntheticPatients.dataset()
        let ethnicity = try patients.table.column("ethnicity"), referred = try patients.table.column("referred")
        let groups = (0..<patients.table.rowCount).map { ethnicity[$0].text ?? "" }
        let predictions = (0..<patients.table.rowCount).map { referred[$0].text == "yes" ? 1 : 0 }
        let rates = try XCTest::XCTUnwrap(falseNegativeRates(labels: patients.labels, predictions: predictions, groups: groups))
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["majority"]), 127.0 / 370, accuracy: 1e-12)
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(rates["minority"]), 87.0 / 162, accuracy: 1e-12)
        XCTest::XCTAssertEqual(boardDecision(falseNegativeRates: rates, maxGap: 0.1, incompleteArtifacts: 0), .reject)
    }
}
