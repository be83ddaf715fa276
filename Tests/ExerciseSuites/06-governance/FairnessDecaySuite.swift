// Hidden suite for exercise `fairness-decay` (exercises/06-governance/04_fairness_decay.swift).
// Expected ratios and alert positions are counted by hand next to each assertion.
// Equivalent mutants: adding 2 instead of 1 to every row count (or to every selected count) doubles both groups'
// counts alike, so the ratio of their rates is unchanged.

import XCTest
@testable import LearnerCode

final class FairnessDecaySuite: XCTest::XCTestCase {
    /// A batch where group "u" has `u` of 10 rows selected and "p" has `p` of 10.
    private func batch(u: Int, p: Int) -> Batch {
        Batch(groups: [String](repeating: "u", count: 10) + [String](repeating: "p", count: 10),
              predictions: (0..<10).map { $0 < u ? 1 : 0 } + (0..<10).map { $0 < p ? 1 : 0 })
    }

    func testTheRatioIsTheGroupsRateOverTheReferences() {
        // u: 3 of 10 = 0.3; p: 6 of 10 = 0.6; ratio 0.5 (the other way round it would be 2).
        XCTest::XCTAssertEqual(selectionRateRatio(batch(u: 3, p: 6), group: "u", reference: "p") ?? -1, 0.5, accuracy: 1e-12,
                               "selection rate of u (3/10) over p's (6/10) = 0.5")
        // Unequal group sizes: u 1 of 2 = 0.5, p 2 of 3 = 0.6667; ratio 0.75.
        let uneven = Batch(groups: ["u", "p", "u", "p", "p"], predictions: [1, 1, 0, 1, 0])
        XCTest::XCTAssertEqual(selectionRateRatio(uneven, group: "u", reference: "p") ?? -1, 0.75, accuracy: 1e-12,
                               "u: 1 of its 2 rows; p: 2 of its 3 rows; (1/2) / (2/3) = 0.75")
    }

    func testTheRatioIsUndefinedWithoutRowsOrWithAZeroReference() {
        XCTest::XCTAssertNil(selectionRateRatio(batch(u: 3, p: 0), group: "u", reference: "p"), "p selects nobody: ratio to 0 is undefined")
        XCTest::XCTAssertNil(selectionRateRatio(Batch(groups: ["p"], predictions: [1]), group: "u", reference: "p"),
                             "no rows of u in the batch: undefined")
        XCTest::XCTAssertNil(selectionRateRatio(Batch(groups: ["u", "p"], predictions: [1]), group: "u", reference: "p"),
                             "two groups but one prediction: the lists differ, nil")
        XCTest::XCTAssertEqual(selectionRateRatio(batch(u: 0, p: 5), group: "u", reference: "p") ?? -1, 0, accuracy: 1e-12,
                               "u selects nobody, p half: ratio 0 is defined")
    }

    func testTheAlertFiresAtTheEndOfTheFirstLongEnoughRun() {
        // ratios: 1.0, 0.5, 0.5, 1.0, 0.5, 0.5, 0.5 with threshold 0.8 and persistence 3:
        // the run at 1-2 is broken by batch 3; the run 4, 5, 6 reaches three at index 6.
        let batches = [batch(u: 6, p: 6), batch(u: 3, p: 6), batch(u: 3, p: 6), batch(u: 6, p: 6),
                       batch(u: 3, p: 6), batch(u: 3, p: 6), batch(u: 3, p: 6)]
        XCTest::XCTAssertEqual(firstSustainedBreach(batches, group: "u", reference: "p", threshold: 0.8, persistence: 3), 6,
                               "three breaches in a row end at batch 6")
        XCTest::XCTAssertEqual(firstSustainedBreach(batches, group: "u", reference: "p", threshold: 0.8, persistence: 2), 2,
                               "persistence 2: batches 1 and 2 are enough, the alert fires at 2")
        XCTest::XCTAssertEqual(firstSustainedBreach(batches, group: "u", reference: "p", threshold: 0.8, persistence: 1), 1,
                               "persistence 1: the first breach, batch 1")
        XCTest::XCTAssertNil(firstSustainedBreach(batches, group: "u", reference: "p", threshold: 0.8, persistence: 4),
                             "no run of four breaches: no alert")
    }

    func testARatioAtTheThresholdIsNotABreach() {
        // u 4 of 10, p 5 of 10: ratio 0.8 exactly, not below 0.8; it breaks the run.
        let batches = [batch(u: 3, p: 6), batch(u: 4, p: 5), batch(u: 3, p: 6)]
        XCTest::XCTAssertNil(firstSustainedBreach(batches, group: "u", reference: "p", threshold: 0.8, persistence: 2),
                             "0.5, 0.8, 0.5: the middle batch is at the threshold, so no two breaches in a row")
    }

    func testBatchesWithoutEvidenceNeitherCountNorBreakARun() {
        // 0.5, undefined (p selects nobody), 0.5: the undefined batch is skipped, so two breaches in a row at index 2.
        let batches = [batch(u: 3, p: 6), batch(u: 2, p: 0), batch(u: 3, p: 6)]
        XCTest::XCTAssertEqual(firstSustainedBreach(batches, group: "u", reference: "p", threshold: 0.8, persistence: 2), 2,
                               "an undefined ratio is no evidence: the run of 0.5s continues across it")
        XCTest::XCTAssertNil(firstSustainedBreach([batch(u: 2, p: 0)], group: "u", reference: "p", threshold: 0.8, persistence: 1),
                             "a single undefined batch raises nothing")
    }

    func testNoBatchesOrNoPersistenceRaiseNothing() {
        XCTest::XCTAssertNil(firstSustainedBreach([], group: "u", reference: "p", threshold: 0.8, persistence: 1), "no batches")
        XCTest::XCTAssertNil(firstSustainedBreach([batch(u: 1, p: 9)], group: "u", reference: "p", threshold: 0.8, persistence: 0),
                             "persistence 0 is not a rule: nil")
    }
}
