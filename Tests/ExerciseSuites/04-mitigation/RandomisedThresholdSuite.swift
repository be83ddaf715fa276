// Hidden suite for exercise `randomised-threshold` (exercises/04-mitigation/05_randomised_threshold.swift).
// Expected values are derived by hand (arithmetic next to each assertion); COMPAS's counts by decile threshold
// come from pandas on the raw file (scripts/reference/content_mitigation.py, ProPublica's filter, 6,172 rows).

import XCTest
import FairKit
@testable import LearnerCode

final class RandomisedThresholdSuite: XCTest::XCTestCase {
    func testRocPointByHand() throws {
        // Labels 1: scores 0.9, 0.7, 0.4; labels 0: 0.8, 0.3, 0.2, 0.1. Threshold 0.5 flags 0.9, 0.7 (TP 2 of 3) and 0.8 (FP 1 of 4).
        let scores = [0.9, 0.8, 0.7, 0.4, 0.3, 0.2, 0.1], labels = [1, 0, 1, 1, 0, 0, 0]
        let point = try XCTest::XCTUnwrap(rocPoint(scores: scores, labels: labels, threshold: 0.5), "both labels present: a point")
        XCTest::XCTAssertEqual(point.falsePositiveRate, 0.25, accuracy: 1e-12, "FPR = 1 flagged of 4 negatives")
        XCTest::XCTAssertEqual(point.truePositiveRate, 2.0 / 3, accuracy: 1e-12, "TPR = 2 flagged of 3 positives")
        // A score equal to the threshold is flagged (>=): threshold 0.4 adds the positive at 0.4: TPR 3/3, FPR still 1/4.
        let tie = try XCTest::XCTUnwrap(rocPoint(scores: scores, labels: labels, threshold: 0.4))
        XCTest::XCTAssertEqual(tie.truePositiveRate, 1, accuracy: 1e-12, "score 0.4 at threshold 0.4 counts as flagged: TPR 3/3")
        XCTest::XCTAssertEqual(tie.falsePositiveRate, 0.25, accuracy: 1e-12, "FPR at threshold 0.4: only 0.8 of the negatives")
    }

    func testOnePositiveAndOneNegative() throws {
        // Rows (0.9, label 1), (0.1, label 0), threshold 0.5: TP 1 of 1, FP 0 of 1.
        XCTest::XCTAssertEqual(rocPoint(scores: [0.9, 0.1], labels: [1, 0], threshold: 0.5), RocPoint(falsePositiveRate: 0, truePositiveRate: 1),
                               "one row of each label is enough for a point: TPR 1/1, FPR 0/1")
    }

    func testRocPointNeedsBothLabels() {
        XCTest::XCTAssertNil(rocPoint(scores: [0.9, 0.1], labels: [0, 0], threshold: 0.5), "no positives: TPR is 0/0, nil")
        XCTest::XCTAssertNil(rocPoint(scores: [0.9, 0.1], labels: [1, 1], threshold: 0.5), "no negatives: FPR is 0/0, nil")
        XCTest::XCTAssertNil(rocPoint(scores: [0.9], labels: [1], threshold: 0.5), "a single row has only one label: nil")
        XCTest::XCTAssertNil(rocPoint(scores: [], labels: [], threshold: 0.5), "no rows: nil")
        XCTest::XCTAssertNil(rocPoint(scores: [0.9, 0.1], labels: [1], threshold: 0.5), "2 scores, 1 label: nil")
    }

    func testMixingBetweenTwoPoints() throws {
        // First (FPR 0.2, TPR 0.6), second (0.5, 0.9), target 0.3: p = (0.3 - 0.5) / (0.2 - 0.5) = 2/3; TPR = 2/3 · 0.6 + 1/3 · 0.9 = 0.7.
        let first = RocPoint(falsePositiveRate: 0.2, truePositiveRate: 0.6), second = RocPoint(falsePositiveRate: 0.5, truePositiveRate: 0.9)
        let mix = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: first, second: second, target: 0.3), "0.3 lies between 0.2 and 0.5")
        XCTest::XCTAssertEqual(mix.probabilityOfFirst, 2.0 / 3, accuracy: 1e-12, "p = (target - FPR2) / (FPR1 - FPR2)")
        XCTest::XCTAssertEqual(mix.truePositiveRate, 0.7, accuracy: 1e-12, "TPR of the mixture: 2/3 · 0.6 + 1/3 · 0.9")
        // The order of the two points does not matter: swapped, p becomes 1/3 for the (0.5, 0.9) rule.
        let swapped = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: second, second: first, target: 0.3))
        XCTest::XCTAssertEqual(swapped.probabilityOfFirst, 1.0 / 3, accuracy: 1e-12, "swapped: p = (0.3 - 0.2) / (0.5 - 0.2)")
        XCTest::XCTAssertEqual(swapped.truePositiveRate, 0.7, accuracy: 1e-12, "the same point on the segment")
    }

    func testTheEndpointsAndOutside() throws {
        let first = RocPoint(falsePositiveRate: 0.2, truePositiveRate: 0.6), second = RocPoint(falsePositiveRate: 0.5, truePositiveRate: 0.9)
        let atFirst = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: first, second: second, target: 0.2), "target = FPR1 is reachable")
        XCTest::XCTAssertEqual(atFirst.probabilityOfFirst, 1, accuracy: 1e-12, "target at the first point: always the first rule")
        let atSecond = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: first, second: second, target: 0.5), "target = FPR2 is reachable")
        XCTest::XCTAssertEqual(atSecond.probabilityOfFirst, 0, accuracy: 1e-12, "target at the second point: never the first rule")
        XCTest::XCTAssertEqual(atSecond.truePositiveRate, 0.9, accuracy: 1e-12, "TPR of the second rule")
        XCTest::XCTAssertNil(mixToFalsePositiveRate(first: first, second: second, target: 0.6), "0.6 is above both FPRs: no mixture reaches it")
        XCTest::XCTAssertNil(mixToFalsePositiveRate(first: first, second: second, target: 0.1), "0.1 is below both FPRs: no mixture reaches it")
    }

    func testEqualFalsePositiveRatesTakeTheBetterRule() throws {
        // Both FPR 0.3: any p reaches 0.3; the higher TPR (0.8, the second) is the better choice, so p = 0.
        let worse = RocPoint(falsePositiveRate: 0.3, truePositiveRate: 0.5), better = RocPoint(falsePositiveRate: 0.3, truePositiveRate: 0.8)
        let mix = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: worse, second: better, target: 0.3), "equal FPRs, target on them")
        XCTest::XCTAssertEqual(mix.probabilityOfFirst, 0, accuracy: 1e-12, "the first rule has the lower TPR: never use it")
        XCTest::XCTAssertEqual(mix.truePositiveRate, 0.8, accuracy: 1e-12, "the better TPR")
        let reversed = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: better, second: worse, target: 0.3))
        XCTest::XCTAssertEqual(reversed.probabilityOfFirst, 1, accuracy: 1e-12, "now the first is the better rule")
        let tie = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: worse, second: worse, target: 0.3))
        XCTest::XCTAssertEqual(tie.probabilityOfFirst, 1, accuracy: 1e-12, "identical points: the first (p = 1)")
        XCTest::XCTAssertNil(mixToFalsePositiveRate(first: worse, second: better, target: 0.31), "equal FPRs, another target: nil")
    }

    func testCompasEqualisingFalsePositiveRates() throws {
        // COMPAS, "high risk" = decile >= t. Caucasian at t = 5: FPR 282/1281, TPR 414/822 (pandas).
        // African-American: t = 7: FP 345 of 1514, TP 843 of 1661; t = 8: FP 211, TP 634.
        // p(t = 7) = (282/1281 - 211/1514) / (345/1514 - 211/1514); TPR = p · 843/1661 + (1 - p) · 634/1661 (about 0.913 and 0.497).
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let race = try compas.table.column("race"), decile = try compas.table.column("decile_score")
        var scores: [Double] = [], labels: [Int] = []
        for row in 0..<compas.table.rowCount where race[row].text == "African-American" {
            scores.append(decile[row].number ?? 0)
            labels.append(compas.labels[row])
        }
        let seven = try XCTest::XCTUnwrap(rocPoint(scores: scores, labels: labels, threshold: 7), "African-American defendants at decile >= 7")
        let eight = try XCTest::XCTUnwrap(rocPoint(scores: scores, labels: labels, threshold: 8), "African-American defendants at decile >= 8")
        XCTest::XCTAssertEqual(seven.falsePositiveRate, 345.0 / 1514, accuracy: 1e-12, "COMPAS FPR at decile >= 7: 345 of 1514")
        XCTest::XCTAssertEqual(eight.truePositiveRate, 634.0 / 1661, accuracy: 1e-12, "COMPAS TPR at decile >= 8: 634 of 1661")
        let mix = try XCTest::XCTUnwrap(mixToFalsePositiveRate(first: seven, second: eight, target: 282.0 / 1281), "Caucasian FPR lies between")
        let p = (282.0 / 1281 - 211.0 / 1514) / (345.0 / 1514 - 211.0 / 1514)
        XCTest::XCTAssertEqual(mix.probabilityOfFirst, p, accuracy: 1e-12, "probability of decile >= 7 rather than >= 8")
        XCTest::XCTAssertEqual(mix.truePositiveRate, p * 843 / 1661 + (1 - p) * 634 / 1661, accuracy: 1e-12, "TPR of the mixed rule")
    }
}
