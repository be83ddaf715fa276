// Hidden suite for exercise `worst-slice` (exercises/06-governance/06_worst_slice.swift).
// Expected values are counted by hand next to each assertion, or come from pandas on ProPublica's COMPAS file
// (scripts/reference/content_governance.py).

import XCTest
import FairKit
@testable import LearnerCode

final class WorstSliceSuite: XCTest::XCTestCase {
    func testFalsePositiveRatesPerSlice() throws {
        // Label-0 rows only: A&x: predictions 1, 0 -> 1/2; A&y: 1 -> 1/1; B&x: 0, 0, 1 -> 1/3. Label-1 rows are ignored.
        let labels = [0, 0, 0, 0, 0, 0, 1, 1]
        let predictions = [1, 0, 1, 0, 0, 1, 1, 0]
        let attributes = [["A", "x"], ["A", "x"], ["A", "y"], ["B", "x"], ["B", "x"], ["B", "x"], ["C", "z"], ["A", "x"]]
        let slices = try XCTest::XCTUnwrap(falsePositiveRatesBySlice(labels: labels, predictions: predictions, attributes: attributes),
                                           "three lists of eight: slices, not nil")
        XCTest::XCTAssertEqual(slices.map(\.key), ["A & x", "A & y", "B & x"],
                               "keys join the values with \" & \", sorted; C & z has no label-0 row so no FPR")
        XCTest::XCTAssertEqual(slices.map(\.negatives), [2, 1, 3], "label-0 rows per slice")
        for (slice, expected) in zip(slices, [0.5, 1.0, 1.0 / 3]) {
            XCTest::XCTAssertEqual(slice.falsePositiveRate, expected, accuracy: 1e-12, "FPR of \(slice.key)")
        }
    }

    func testTheWorstSliceMustBeLargeEnough() {
        let slices = [Slice(key: "A & x", negatives: 2, falsePositiveRate: 0.5), Slice(key: "A & y", negatives: 1, falsePositiveRate: 1),
                      Slice(key: "B & x", negatives: 3, falsePositiveRate: 1.0 / 3)]
        XCTest::XCTAssertEqual(worstSlice(slices, minimumNegatives: 1)?.key, "A & y", "no size limit: A & y's 1.0 is the highest")
        XCTest::XCTAssertEqual(worstSlice(slices, minimumNegatives: 2)?.key, "A & x",
                               "at least 2 negatives: A & y (1) is too small, A & x's 0.5 beats B & x's 0.33")
        XCTest::XCTAssertEqual(worstSlice(slices, minimumNegatives: 3)?.key, "B & x", "at least 3: only B & x is left")
        XCTest::XCTAssertNil(worstSlice(slices, minimumNegatives: 4), "no slice has 4 negatives: nil")
        XCTest::XCTAssertNil(worstSlice([], minimumNegatives: 0), "no slices: nil")
    }

    func testTiesGoToTheKeyThatSortsFirst() {
        let tied = [Slice(key: "b", negatives: 5, falsePositiveRate: 0.4), Slice(key: "a", negatives: 5, falsePositiveRate: 0.4),
                    Slice(key: "c", negatives: 5, falsePositiveRate: 0.2)]
        XCTest::XCTAssertEqual(worstSlice(tied, minimumNegatives: 1)?.key, "a", "b and a tie at 0.4: a sorts first")
        let sortedTie = [Slice(key: "a", negatives: 5, falsePositiveRate: 0.4), Slice(key: "b", negatives: 5, falsePositiveRate: 0.4)]
        XCTest::XCTAssertEqual(worstSlice(sortedTie, minimumNegatives: 1)?.key, "a", "a then b at 0.4: a stays, b does not replace it")
        let higherLater = [Slice(key: "x", negatives: 5, falsePositiveRate: 0.9), Slice(key: "a", negatives: 5, falsePositiveRate: 0.1)]
        XCTest::XCTAssertEqual(worstSlice(higherLater, minimumNegatives: 1)?.key, "x",
                               "a smaller key never beats a higher rate: x at 0.9 stays worst")
        let sameKey = [Slice(key: "k", negatives: 5, falsePositiveRate: 0.4), Slice(key: "k", negatives: 9, falsePositiveRate: 0.4)]
        XCTest::XCTAssertEqual(worstSlice(sameKey, minimumNegatives: 1)?.negatives, 5, "equal rates and equal keys: the earlier slice")
    }

    func testBadInputAndEmptyInput() {
        XCTest::XCTAssertNil(falsePositiveRatesBySlice(labels: [0], predictions: [], attributes: [["A"]]), "lengths differ: nil")
        XCTest::XCTAssertEqual(falsePositiveRatesBySlice(labels: [], predictions: [], attributes: []), [], "no rows: no slices")
        XCTest::XCTAssertEqual(falsePositiveRatesBySlice(labels: [1, 1], predictions: [1, 0], attributes: [["A"], ["B"]]), [],
                               "only label-1 rows: no slice has a false positive rate")
    }

    func testCompasRaceBySexSlices() throws {
        // pandas (scripts/reference/content_governance.py), "high risk" = decile_score >= 5:
        // Native American & Male: 3 false positives of 6 negatives = 0.5, the highest FPR of all;
        // African-American & Male: 510 of 1,168 = 0.436644, the highest among slices with at least 30 negatives.
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), sex = try compas.table.column("sex"), decile = try compas.table.column("decile_score")
        var predictions: [Int] = [], attributes: [[String]] = []
        for row in 0..<compas.table.rowCount {
            predictions.append((decile[row].number ?? 0) >= 5 ? 1 : 0)
            attributes.append([race[row].text ?? "missing", sex[row].text ?? "missing"])
        }
        let slices = try XCTest::XCTUnwrap(falsePositiveRatesBySlice(labels: compas.labels, predictions: predictions, attributes: attributes),
                                           "COMPAS: slices")
        XCTest::XCTAssertEqual(slices.count, 11, "12 race x sex pairs, but Native American & Female has no negatives")
        let smallest = try XCTest::XCTUnwrap(worstSlice(slices, minimumNegatives: 1), "some slice is worst")
        XCTest::XCTAssertEqual(smallest.key, "Native American & Male", "without a size limit a slice of 6 people wins")
        XCTest::XCTAssertEqual(smallest.falsePositiveRate, 0.5, accuracy: 1e-12, "3 of 6")
        let worst = try XCTest::XCTUnwrap(worstSlice(slices, minimumNegatives: 30), "a slice with 30 negatives exists")
        XCTest::XCTAssertEqual(worst.key, "African-American & Male", "with at least 30 negatives")
        XCTest::XCTAssertEqual(worst.negatives, 1_168, "African-American men who did not re-offend")
        XCTest::XCTAssertEqual(worst.falsePositiveRate, 510.0 / 1_168, accuracy: 1e-12, "510 of 1,168 labelled high risk")
    }
}
