// Hidden suite for step `error-rates` of project `compas-case-study` (projects-work/compas-case-study/error_rates.swift).
// Expected values are derived by hand; COMPAS's counts come from pandas on the raw file
// (scripts/reference/project_compas_case_study.py).

import XCTest
import FairKit
@testable import LearnerCode

final class ErrorRatesSuite: XCTest::XCTestCase {
    func testHighRiskStartsAtTheCutoff() {
        XCTest::XCTAssertEqual(highRisk(deciles: [1, 4, 5, 10], cutoff: 5), [0, 0, 1, 1], "5 and above are high risk")
        XCTest::XCTAssertEqual(highRisk(deciles: [], cutoff: 5), [], "no deciles, no predictions")
    }

    func testRatesOfOneGroup() throws {
        // (y, p): (1,1) (1,1) (1,0) (0,1) (0,0) (0,0): TP 2, FN 1, FP 1, TN 2. prevalence 3/6; FPR 1/3; FNR 1/3; PPV 2/3.
        let errors = try XCTest::XCTUnwrap(riskErrors(labels: [1, 1, 1, 0, 0, 0], predictions: [1, 1, 0, 1, 0, 0], groups: Array(repeating: "a", count: 6)),
                                           "valid input")
        let a = try XCTest::XCTUnwrap(errors["a"], "group a")
        XCTest::XCTAssertEqual(a.rows, 6, "six defendants")
        XCTest::XCTAssertEqual(a.prevalence, 0.5, accuracy: 1e-12, "3 of 6 re-offended")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(a.falsePositiveRate), 1.0 / 3, accuracy: 1e-12, "FP 1 of 3 who did not re-offend")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(a.falseNegativeRate), 1.0 / 3, accuracy: 1e-12, "FN 1 of 3 who re-offended")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(a.positivePredictiveValue), 2.0 / 3, accuracy: 1e-12, "TP 2 of 3 labelled high risk")
    }

    func testGroupsAreSeparate() throws {
        // a: (1,1) -> TP only; b: (0,1) (0,0) -> FP 1, TN 1: FPR 1/2, no FNR (nobody re-offended).
        let errors = try XCTest::XCTUnwrap(riskErrors(labels: [1, 0, 0], predictions: [1, 1, 0], groups: ["a", "b", "b"]), "valid input")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(errors["b"]?.falsePositiveRate), 0.5, accuracy: 1e-12, "b: FP 1 of 2")
        XCTest::XCTAssertNil(errors["b"]?.falseNegativeRate, "b: nobody re-offended, FNR undefined (nil)")
        XCTest::XCTAssertNil(errors["a"]?.falsePositiveRate, "a: everybody re-offended, FPR undefined (nil)")
    }

    func testNoHighRiskLabelHasNoPPV() throws {
        let errors = try XCTest::XCTUnwrap(riskErrors(labels: [1, 0], predictions: [0, 0], groups: ["a", "a"]), "valid input")
        XCTest::XCTAssertNil(errors["a"]?.positivePredictiveValue, "no one labelled high risk: PPV undefined (nil)")
    }

    func testInvalidInputGivesNil() {
        XCTest::XCTAssertNil(riskErrors(labels: [1], predictions: [1, 0], groups: ["a"]), "lengths differ: nil")
        XCTest::XCTAssertNil(riskErrors(labels: [1], predictions: [5], groups: ["a"]), "prediction 5: nil")
    }

    func testCompasByRace() throws {
        // pandas, ProPublica's filter, high risk = decile >= 5:
        // African-American TP 1188 FP 641 TN 873 FN 473: FPR 641/1514 = 0.423382, FNR 473/1661 = 0.284768.
        // Caucasian TP 414 FP 282 TN 999 FN 408: FPR 282/1281 = 0.220141, FNR 408/822 = 0.496350, PPV 414/696.
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), decile = try compas.table.column("decile_score")
        let rows = 0..<compas.table.rowCount
        let predictions = highRisk(deciles: rows.map { Int(decile[$0].number ?? 0) }, cutoff: 5)
        let errors = try XCTest::XCTUnwrap(riskErrors(labels: compas.labels, predictions: predictions, groups: rows.map { race[$0].text ?? "" }),
                                           "COMPAS: valid input")
        let black = try XCTest::XCTUnwrap(errors["African-American"], "African-American defendants")
        let white = try XCTest::XCTUnwrap(errors["Caucasian"], "Caucasian defendants")
        XCTest::XCTAssertEqual(black.rows, 3175, "COMPAS: 3,175 African-American defendants")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(black.falsePositiveRate), 641.0 / 1514, accuracy: 1e-12, "COMPAS: African-American FPR")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(white.falseNegativeRate), 408.0 / 822, accuracy: 1e-12, "COMPAS: Caucasian FNR")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(white.positivePredictiveValue), 414.0 / 696, accuracy: 1e-12, "COMPAS: Caucasian PPV")
    }
}
