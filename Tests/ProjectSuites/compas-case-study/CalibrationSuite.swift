// Hidden suite for step `calibration` of project `compas-case-study`
// (projects-work/compas-case-study/calibration_by_score.swift). Expected values are derived by hand; COMPAS's counts
// come from pandas on the raw file (scripts/reference/project_compas_case_study.py).

import XCTest
import FairKit
@testable import LearnerCode

final class CalibrationSuite: XCTest::XCTestCase {
    func testCellsPerGroupAndScoreInScoreOrder() throws {
        // a: score 2 labels [1, 0] -> 1/2; score 1 labels [0] -> 0. b: score 2 labels [1] -> 1.
        let table = try XCTest::XCTUnwrap(reoffendingByScore(scores: [2, 1, 2, 2], labels: [1, 0, 0, 1], groups: ["a", "a", "a", "b"]), "valid input")
        XCTest::XCTAssertEqual(table["a"], [ScoreCell(score: 1, rows: 1, reoffended: 0, rate: 0), ScoreCell(score: 2, rows: 2, reoffended: 1, rate: 0.5)],
                               "a: score 1 then score 2")
        XCTest::XCTAssertEqual(table["b"], [ScoreCell(score: 2, rows: 1, reoffended: 1, rate: 1)], "b holds only score 2")
    }

    func testInvalidInputGivesNil() {
        XCTest::XCTAssertNil(reoffendingByScore(scores: [1], labels: [1, 0], groups: ["a"]), "lengths differ: nil")
        XCTest::XCTAssertNil(reoffendingByScore(scores: [1], labels: [2], groups: ["a"]), "label 2: nil")
        XCTest::XCTAssertEqual(reoffendingByScore(scores: [], labels: [], groups: [])?.count, 0, "no rows: an empty table")
        // Equivalent mutants: the default (0, 0) of the second counting line and the `?? (0, 0)` fallback, both never
        // used (the entry exists by then; the scores come from the dictionary's own keys).
    }

    func testMeanGapOverSharedScores() throws {
        // shared scores 1 and 2: |0.2 - 0.4| = 0.2, |0.5 - 0.6| = 0.1; mean 0.15. Score 3 (a only) is ignored.
        let a = [ScoreCell(score: 1, rows: 5, reoffended: 1, rate: 0.2), ScoreCell(score: 2, rows: 2, reoffended: 1, rate: 0.5),
                 ScoreCell(score: 3, rows: 1, reoffended: 1, rate: 1)]
        let b = [ScoreCell(score: 1, rows: 5, reoffended: 2, rate: 0.4), ScoreCell(score: 2, rows: 5, reoffended: 3, rate: 0.6)]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(meanCalibrationGap(a, b)), 0.15, accuracy: 1e-12, "(0.2 + 0.1) / 2")
    }

    func testTheGapIsSymmetricAndNeverNegative() throws {
        let a = [ScoreCell(score: 1, rows: 1, reoffended: 1, rate: 0.9)], b = [ScoreCell(score: 1, rows: 1, reoffended: 0, rate: 0.1)]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(meanCalibrationGap(b, a)), 0.8, accuracy: 1e-12, "|0.1 - 0.9| = 0.8, not -0.8")
    }

    func testNoSharedScoreGivesNil() {
        XCTest::XCTAssertNil(meanCalibrationGap([ScoreCell(score: 1, rows: 1, reoffended: 0, rate: 0)], [ScoreCell(score: 2, rows: 1, reoffended: 0, rate: 0)]),
                             "no shared score: nil")
    }

    func testCompasDecilesByRace() throws {
        // pandas, ProPublica's filter: African-American decile 1: 85 of 365 re-offended, decile 10: 190 of 227;
        // Caucasian decile 1: 128 of 605, decile 10: 35 of 50.
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), decile = try compas.table.column("decile_score")
        let rows = 0..<compas.table.rowCount
        let table = try XCTest::XCTUnwrap(reoffendingByScore(scores: rows.map { Int(decile[$0].number ?? 0) }, labels: compas.labels,
                                                             groups: rows.map { race[$0].text ?? "" }), "COMPAS: valid input")
        let black = try XCTest::XCTUnwrap(table["African-American"], "African-American defendants")
        XCTest::XCTAssertEqual(black.map(\.score), Array(1...10), "all ten deciles")
        XCTest::XCTAssertEqual(black.first, ScoreCell(score: 1, rows: 365, reoffended: 85, rate: 85.0 / 365), "decile 1")
        XCTest::XCTAssertEqual(table["Caucasian"]?.last, ScoreCell(score: 10, rows: 50, reoffended: 35, rate: 0.7), "Caucasian decile 10")
    }
}
