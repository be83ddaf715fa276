// Hidden suite for exercise `calibration-table` (exercises/03-fairness-definitions/03_calibration_table.swift).
// Expected values are derived by hand (arithmetic next to each assertion); COMPAS's counts by decile and race
// come from pandas on the raw file (scripts/reference/content_fairness_definitions.py).

import XCTest
import FairKit
@testable import LearnerCode

final class CalibrationTableSuite: XCTest::XCTestCase {
    func testRatesPerGroupAndScore() throws {
        // group a: score 1 labels [0, 0, 1, 0] -> 1/4; score 2 labels [1, 1, 0] -> 2/3.
        // group b: score 1 labels [0, 1] -> 1/2;       score 2 labels [1] -> 1.
        let scores = [1, 1, 1, 1, 2, 2, 2, 1, 1, 2]
        let labels = [0, 0, 1, 0, 1, 1, 0, 0, 1, 1]
        let groups = ["a", "a", "a", "a", "a", "a", "a", "b", "b", "b"]
        let table = try XCTest::XCTUnwrap(calibrationTable(scores: scores, labels: labels, groups: groups),
                                          "ten rows of equal length: return a table, not nil")
        XCTest::XCTAssertEqual(Set(table.keys), ["a", "b"], "one entry per group")
        assertValue(table["a"]?[1], equals: 0.25, "group a, score 1: 1 of its 4 rows has label 1")
        assertValue(table["a"]?[2], equals: 2.0 / 3, "group a, score 2: 2 of its 3 rows have label 1")
        assertValue(table["b"]?[1], equals: 0.5, "group b, score 1: 1 of its 2 rows has label 1 (b's own rows only)")
        assertValue(table["b"]?[2], equals: 1, "group b, score 2: its single row has label 1")
    }

    func testOnlyScoresAGroupHoldsAreListed() throws {
        // a holds scores 3 and 7, b only 7; b has no entry for 3 (no rows, no rate: not 0).
        let table = try XCTest::XCTUnwrap(calibrationTable(scores: [3, 7, 7], labels: [1, 0, 0], groups: ["a", "a", "b"]),
                                          "three rows: return a table")
        XCTest::XCTAssertEqual(table["a"].map { Set($0.keys) }, [3, 7], "group a holds scores 3 and 7")
        XCTest::XCTAssertEqual(table["b"].map { Set($0.keys) }, [7], "group b holds only score 7: no entry for 3")
        assertValue(table["b"]?[7], equals: 0, "group b, score 7: 0 of 1 rows positive = 0 (defined)")
        XCTest::XCTAssertEqual(calibrationTable(scores: [], labels: [], groups: []).map { $0.isEmpty }, true,
                               "no rows: an empty table, not nil")
    }

    func testLargestGapIsAbsoluteAndOverSharedScoresOnly() throws {
        // Shared scores 1, 2, 3 (4 only in a). |0.2-0.3| = 0.1, |0.6-0.3| = 0.3, |0.5-0.45| = 0.05.
        // Largest: score 2, 0.3 (a signed b - a would pick score 1 with 0.1). Score 4 (a only) is ignored
        // even though a's rate there, 0.9, is far from everything.
        let table: [String: [Int: Double]] = ["a": [1: 0.2, 2: 0.6, 3: 0.5, 4: 0.9], "b": [1: 0.3, 2: 0.3, 3: 0.45]]
        let gap = try XCTest::XCTUnwrap(largestCalibrationGap(table, between: "a", and: "b"), "scores 1-3 are shared: a gap exists")
        XCTest::XCTAssertEqual(gap.score, 2, "largest |rate_a - rate_b| is at score 2: |0.6 - 0.3|")
        XCTest::XCTAssertEqual(gap.gap, 0.3, accuracy: 1e-12, "gap at score 2: |0.6 - 0.3| = 0.3, never negative")
    }

    func testTiesNameTheLowestScore() throws {
        // |0.5 - 0.25| = 0.25 at scores 2 and 9; score 5 has 0.1. Name the lowest, 2.
        let table: [String: [Int: Double]] = ["a": [9: 0.75, 2: 0.5, 5: 0.4], "b": [9: 0.5, 2: 0.25, 5: 0.3]]
        let gap = try XCTest::XCTUnwrap(largestCalibrationGap(table, between: "a", and: "b"), "three shared scores")
        XCTest::XCTAssertEqual(gap.score, 2, "scores 2 and 9 tie at 0.25: name the lowest score, 2")
        XCTest::XCTAssertEqual(gap.gap, 0.25, accuracy: 1e-12, "the tied gap is 0.25")
    }

    func testNoSharedScoreOrAnAbsentGroupGivesNil() {
        XCTest::XCTAssertNil(largestCalibrationGap(["a": [1: 0.5], "b": [2: 0.5]], between: "a", and: "b"),
                             "a holds only score 1 and b only score 2: nothing to compare, nil")
        XCTest::XCTAssertNil(largestCalibrationGap(["a": [1: 0.5]], between: "a", and: "b"), "group b absent: nil")
        XCTest::XCTAssertNil(calibrationTable(scores: [1, 2], labels: [1], groups: ["a", "a"]), "2 scores, 1 label: nil")
        XCTest::XCTAssertNil(calibrationTable(scores: [1], labels: [2], groups: ["a"]), "label 2 is not 0 or 1: nil")
        XCTest::XCTAssertNil(calibrationTable(scores: [1], labels: [1], groups: ["a", "b"]), "1 score, 2 groups: nil")
    }

    func testCompasDecileScoresByRace() throws {
        // pandas, COMPAS (ProPublica's filter), share re-offending by decile score:
        // decile 1: African-American 85/365 = 0.232877, Caucasian 128/605 = 0.211570.
        // decile 10: African-American 190/227 = 0.837004, Caucasian 35/50 = 0.700000.
        // The largest gap over deciles 1-10 is at 10: 0.837004 - 0.7 = 0.137004 (next: decile 3, 0.0749),
        // in the smallest cell of the table (50 Caucasian defendants).
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), decile = try compas.table.column("decile_score")
        var scores: [Int] = [], labels: [Int] = [], groups: [String] = []
        for row in 0..<compas.table.rowCount {
            guard let r = race[row].text, r == "African-American" || r == "Caucasian", let score = decile[row].number else { continue }
            scores.append(Int(score))
            labels.append(compas.labels[row])
            groups.append(r)
        }
        let table = try XCTest::XCTUnwrap(calibrationTable(scores: scores, labels: labels, groups: groups), "COMPAS: return a table")
        XCTest::XCTAssertEqual(table["Caucasian"]?.count, 10, "COMPAS Caucasian defendants hold all ten deciles")
        assertValue(table["African-American"]?[1], equals: 85.0 / 365, "COMPAS decile 1, African-American: 85 of 365 re-offended")
        assertValue(table["Caucasian"]?[10], equals: 35.0 / 50, "COMPAS decile 10, Caucasian: 35 of 50 re-offended")
        let gap = try XCTest::XCTUnwrap(largestCalibrationGap(table, between: "African-American", and: "Caucasian"), "COMPAS gap")
        XCTest::XCTAssertEqual(gap.score, 10, "COMPAS: the largest calibration gap is at decile 10")
        XCTest::XCTAssertEqual(gap.gap, 190.0 / 227 - 35.0 / 50, accuracy: 1e-12, "COMPAS decile 10: 190/227 - 35/50")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}
