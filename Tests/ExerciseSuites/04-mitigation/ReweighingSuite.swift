// Hidden suite for exercise `reweighing` (exercises/04-mitigation/01_reweighing.swift).
// Expected values are derived by hand (arithmetic next to each assertion); the six-row example's weights and
// German Credit's four weights are AIF360 0.6.1's Reweighing, printed by scripts/reference/content_mitigation.py.

import XCTest
import FairKit
@testable import LearnerCode

final class ReweighingSuite: XCTest::XCTestCase {
    func testSixRowsByHand() throws {
        // a: labels 1, 1, 0; b: labels 1, 0, 0. n = 6, P(a) = P(b) = 1/2, P(1) = P(0) = 1/2.
        // W(a,1) = (1/2 · 1/2) / (2/6) = 0.75; W(a,0) = (1/4) / (1/6) = 1.5; W(b,1) = 1.5; W(b,0) = 0.75.
        let labels = [1, 1, 0, 1, 0, 0], groups = ["a", "a", "a", "b", "b", "b"]
        let table = try XCTest::XCTUnwrap(reweighingTable(labels: labels, groups: groups), "six valid rows: a table")
        XCTest::XCTAssertEqual(table.map(\.group), ["a", "a", "b", "b"], "cells sorted by group, then label")
        XCTest::XCTAssertEqual(table.map(\.label), [0, 1, 0, 1], "cells sorted by label within a group")
        XCTest::XCTAssertEqual(table.map(\.count), [1, 2, 2, 1], "rows in each (group, label) cell")
        assertWeights(table.map(\.weight), [1.5, 0.75, 0.75, 1.5], "W(s, y) = P(s) P(y) / P(s, y) for (a,0), (a,1), (b,0), (b,1)")
        assertWeights(try XCTest::XCTUnwrap(reweighingWeights(labels: labels, groups: groups)), [0.75, 0.75, 1.5, 1.5, 0.75, 0.75],
                      "row weights in row order (AIF360's instance_weights)")
    }

    func testTheWeightedDataHasGroupAndLabelIndependent() throws {
        // g: 4 rows, 3 positive; h: 4 rows, 1 positive. P(1) = 4/8 = 1/2.
        // W(g,1) = (1/2 · 1/2) / (3/8) = 2/3; W(g,0) = (1/4) / (1/8) = 2; W(h,1) = 2; W(h,0) = 2/3.
        // Weighted positive share in g: 3 · 2/3 / (3 · 2/3 + 1 · 2) = 2 / 4 = 1/2 = P(1), and in h: 2 / (2 + 3 · 2/3) = 1/2.
        let labels = [1, 1, 1, 0, 1, 0, 0, 0], groups = ["g", "g", "g", "g", "h", "h", "h", "h"]
        let weights = try XCTest::XCTUnwrap(reweighingWeights(labels: labels, groups: groups), "eight valid rows")
        assertWeights(weights, [2.0 / 3, 2.0 / 3, 2.0 / 3, 2, 2, 2.0 / 3, 2.0 / 3, 2.0 / 3], "W(g,1) = 2/3, W(g,0) = 2, W(h,1) = 2, W(h,0) = 2/3")
        guard weights.count == 8 else { return }
        let positiveInG = weights[0] + weights[1] + weights[2]
        XCTest::XCTAssertEqual(positiveInG / (positiveInG + weights[3]), 0.5, accuracy: 1e-12,
                               "after reweighing, group g's weighted positive share is the overall P(1) = 1/2")
    }

    func testAGroupWithNoPositivesHasNoPositiveCell() throws {
        // g: labels 1, 1, 0, 0; z: labels 0, 0 (no positives). n = 6, P(1) = 2/6, P(0) = 4/6.
        // W(g,0) = (4/6 · 4/6) / (2/6) = 4/3; W(g,1) = (4/6 · 2/6) / (2/6) = 2/3; W(z,0) = (2/6 · 4/6) / (2/6) = P(0) = 2/3.
        // The cell (z, 1) has no rows and is left out: three cells, not four.
        let labels = [1, 1, 0, 0, 0, 0], groups = ["g", "g", "g", "g", "z", "z"]
        let table = try XCTest::XCTUnwrap(reweighingTable(labels: labels, groups: groups), "six valid rows")
        XCTest::XCTAssertEqual(table.count, 3, "the empty cell (z, label 1) has no rows and no entry")
        XCTest::XCTAssertEqual(table.map(\.group), ["g", "g", "z"], "groups of the three cells")
        assertWeights(table.map(\.weight), [4.0 / 3, 2.0 / 3, 2.0 / 3], "W(g,0) = 4/3, W(g,1) = 2/3, W(z,0) = P(0) = 2/3")
    }

    func testASingleRowAndBalancedDataKeepWeightOne() throws {
        // One row: P(s) = P(y) = P(s, y) = 1, so W = 1.
        XCTest::XCTAssertEqual(reweighingTable(labels: [1], groups: ["only"]), [CellWeight(group: "only", label: 1, count: 1, weight: 1)],
                               "a single row: one cell of weight 1 · 1 / 1")
        // a and b both have one positive and one negative: group and label are already independent, every W = (1/2 · 1/2) / (1/4) = 1.
        assertWeights(try XCTest::XCTUnwrap(reweighingWeights(labels: [1, 0, 0, 1], groups: ["a", "a", "b", "b"])), [1, 1, 1, 1],
                      "independent already: every weight (1/2 · 1/2) / (1/4) = 1")
    }

    func testThreeGroupsInRowOrder() throws {
        // Rows (group, label): (c,1) (a,0) (b,1) (c,0) (a,1) (c,1). n = 6; P(1) = 4/6, P(0) = 2/6.
        // P(a) = 2/6: W(a,0) = (2/6 · 2/6) / (1/6) = 2/3, W(a,1) = (2/6 · 4/6) / (1/6) = 4/3.
        // P(b) = 1/6: W(b,1) = (1/6 · 4/6) / (1/6) = 2/3.
        // P(c) = 3/6: W(c,0) = (3/6 · 2/6) / (1/6) = 1, W(c,1) = (3/6 · 4/6) / (2/6) = 1.
        let labels = [1, 0, 1, 0, 1, 1], groups = ["c", "a", "b", "c", "a", "c"]
        assertWeights(try XCTest::XCTUnwrap(reweighingWeights(labels: labels, groups: groups)), [1, 2.0 / 3, 2.0 / 3, 1, 4.0 / 3, 1],
                      "row weights, each row looked up by its own group and label")
        let table = try XCTest::XCTUnwrap(reweighingTable(labels: labels, groups: groups))
        XCTest::XCTAssertEqual(table.map(\.group), ["a", "a", "b", "c", "c"], "five non-empty cells sorted by group")
        XCTest::XCTAssertEqual(table.map(\.count), [1, 1, 1, 1, 2], "counts of (a,0) (a,1) (b,1) (c,0) (c,1)")
    }

    func testGermanCreditByAge() throws {
        // German Credit, all 1,000 rows, age > 25 privileged, label good = 1. Counts (pandas):
        // (>25, good) 590, (>25, bad) 220, (<=25, good) 110, (<=25, bad) 80.
        // W(>25, good) = (810/1000 · 700/1000) / (590/1000) = 0.96101694...; AIF360's four weights below.
        let german = try Dataset.germanCredit()
        let age = try german.table.column("age_group")
        let groups = (0..<german.table.rowCount).map { age[$0].text ?? "missing" }
        let table = try XCTest::XCTUnwrap(reweighingTable(labels: german.labels, groups: groups), "German Credit: a table")
        // "age <= 25" sorts before "age > 25" ("<" is before ">").
        XCTest::XCTAssertEqual(table.map(\.count), [80, 110, 220, 590], "German cells (<=25,bad) (<=25,good) (>25,bad) (>25,good)")
        assertWeights(table.map(\.weight), [0.7125, 1.209090909090909, 1.1045454545454545, 0.9610169491525423],
                      "German weights, AIF360's w_up_unfav, w_up_fav, w_p_unfav, w_p_fav")
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(reweighingTable(labels: [], groups: []), "no rows: nil")
        XCTest::XCTAssertNil(reweighingWeights(labels: [], groups: []), "no rows: nil")
        XCTest::XCTAssertNil(reweighingTable(labels: [1, 0], groups: ["a"]), "2 labels, 1 group: nil")
        XCTest::XCTAssertNil(reweighingWeights(labels: [1], groups: ["a", "b"]), "1 label, 2 groups: nil")
    }

    private func assertWeights(_ actual: [Double], _ expected: [Double], _ message: String, line: UInt = #line) {
        guard actual.count == expected.count else {
            return XCTest::XCTFail("\(message): expected \(expected.count) weights, got \(actual.count)", line: line)
        }
        for (i, (a, e)) in zip(actual, expected).enumerated() {
            XCTest::XCTAssertEqual(a, e, accuracy: 1e-12, "\(message) [\(i)]", line: line)
        }
    }
}
