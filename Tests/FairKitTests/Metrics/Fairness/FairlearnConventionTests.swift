import XCTest
@testable import FairKit

/// Fairlearn's convention on its own documentation example (fairlearn.org, "Common fairness metrics").
final class FairlearnConventionTests: XCTestCase {
    // Rows 0-17. Group a = rows 2, 8, 9, 11: y 1,1,0,0, ŷ 1,0,1,1 -> TP 1, FN 1, FP 2, TN 0, n 4.
    // Group b = rows 0, 1, 3, 4, 12, 15: y 0,1,1,1,1,1, ŷ 0,0,0,1,1,1 -> TN 1, FN 2, TP 3, FP 0, n 6.
    // Group c = rows 5, 6, 7, 10, 13, 14, 16, 17: y 0,1,0,0,1,1,1,1, ŷ 1,1,0,1,0,0,1,0
    //   -> FP 2, TP 2, TN 1, FN 3, n 8.
    // Selection rates a 3/4, b 3/6 = 1/2, c 4/8 = 1/2; overall 10/18 = 5/9.
    // TPR a 1/2, b 3/5, c 2/5 (overall 6/12 = 1/2); FPR a 2/2 = 1, b 0/1 = 0, c 2/3 (overall 4/6 = 2/3).
    static let labels = [0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1]
    static let predictions = [0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0]
    static let groups = ["b", "b", "a", "b", "b", "c", "c", "c", "a", "a", "c", "a", "b", "c", "c", "b", "c", "c"]

    private func counts() throws -> GroupedCounts {
        try GroupedCounts(labels: Self.labels, predictions: Self.predictions,
                          groups: GroupIndex([SensitiveFeature(name: "sf", values: Self.groups)]))
    }

    func testGroupCountsMatchTheHandTally() throws {
        let c = try counts()
        XCTAssertEqual(c.counts[0], ConfusionCounts(truePositives: 1, falsePositives: 2, trueNegatives: 0, falseNegatives: 1))
        XCTAssertEqual(c.counts[1], ConfusionCounts(truePositives: 3, falsePositives: 0, trueNegatives: 1, falseNegatives: 2))
        XCTAssertEqual(c.counts[2], ConfusionCounts(truePositives: 2, falsePositives: 2, trueNegatives: 1, falseNegatives: 3))
    }

    func testDemographicParityMatchesFairlearnsPublishedValues() throws {
        let c = try counts()
        // Published: demographic_parity_difference 0.25 (3/4 - 1/2), ratio 0.667 ((1/2) / (3/4)).
        XCTAssertEqual(FairlearnDisparity.demographicParity.difference(in: c).number!, 0.25, accuracy: 1e-15)
        XCTAssertEqual(FairlearnDisparity.demographicParity.ratio(in: c).number!, 2.0 / 3, accuracy: 1e-15)
    }

    func testEqualizedOddsMatchesFairlearnsPublishedValues() throws {
        let c = try counts()
        // TPR spread 3/5 - 2/5 = 1/5, FPR spread 1 - 0 = 1: worst difference 1.
        // TPR ratio (2/5)/(3/5) = 2/3, FPR ratio 0/1 = 0: worst ratio 0.
        XCTAssertEqual(FairlearnDisparity.equalizedOdds.difference(in: c).number!, 1, accuracy: 1e-15)
        XCTAssertEqual(FairlearnDisparity.equalizedOdds.ratio(in: c).number!, 0, accuracy: 1e-15)
        // agg "mean": (1/5 + 1)/2 = 3/5 and (2/3 + 0)/2 = 1/3.
        XCTAssertEqual(FairlearnDisparity.equalizedOdds.difference(in: c, aggregation: .mean).number!, 0.6, accuracy: 1e-15)
        XCTAssertEqual(FairlearnDisparity.equalizedOdds.ratio(in: c, aggregation: .mean).number!, 1.0 / 3, accuracy: 1e-15)
        // Equal opportunity: TPR only, 1/5 and 2/3.
        XCTAssertEqual(FairlearnDisparity.equalOpportunity.difference(in: c).number!, 0.2, accuracy: 1e-15)
        XCTAssertEqual(FairlearnDisparity.equalOpportunity.ratio(in: c).number!, 2.0 / 3, accuracy: 1e-15)
    }

    func testToOverallComparesEachGroupWithTheOverallValue() throws {
        let c = try counts()
        let selection = c.values(of: .selectionRate)
        XCTAssertEqual(selection.overall.number!, 5.0 / 9, accuracy: 1e-15)
        // max(|3/4 - 5/9|, |1/2 - 5/9|) = max(7/36, 2/36) = 7/36.
        XCTAssertEqual(selection.difference(method: .toOverall).number!, 7.0 / 36, accuracy: 1e-15)
        // min over groups of min(g/o, o/g): a (5/9)/(3/4) = 20/27, b and c (1/2)/(5/9) = 9/10.
        XCTAssertEqual(selection.ratio(method: .toOverall).number!, 20.0 / 27, accuracy: 1e-15)
        // FPR: overall 2/3; |1 - 2/3| = 1/3, |0 - 2/3| = 2/3, 0 -> 2/3; ratios 2/3, 0, 1 -> 0.
        let fpr = c.values(of: .falsePositiveRate)
        XCTAssertEqual(fpr.difference(method: .toOverall).number!, 2.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(fpr.ratio(method: .toOverall).number!, 0, accuracy: 1e-15)
        XCTAssertEqual(fpr.groupMin().number, 0)
        XCTAssertEqual(fpr.groupMax().number, 1)
    }

    func testAnUndefinedGroupValuePropagatesAndIsNamed() throws {
        // Add group d with labels [0, 0]: no positive labels, so its TPR is undefined.
        let groups = try GroupIndex([SensitiveFeature(name: "sf", values: Self.groups + ["d", "d"])])
        let c = try GroupedCounts(labels: Self.labels + [0, 0], predictions: Self.predictions + [0, 1], groups: groups)
        let tpr = c.values(of: .truePositiveRate)
        XCTAssertEqual(tpr.undefinedGroups, ["sf=d"])
        XCTAssertEqual(tpr.values[3].undefinedReason,
                       "group 'sf=d' has no positive labels (TP + FN = 0), so its true positive rate is undefined")
        XCTAssertEqual(tpr.difference().undefinedReason,
                       "a difference needs every group's true positive rate: group 'sf=d' has no positive labels (TP + FN = 0), so its true positive rate is undefined")
        XCTAssertFalse(FairlearnDisparity.equalizedOdds.difference(in: c).isDefined)
        // FPR is still defined for every group: d has FP 1 of 2 negatives.
        XCTAssertEqual(c.values(of: .falsePositiveRate).difference().number, 1)
    }

    func testRatiosOverZeroAreUndefinedWithTheReason() throws {
        let groups = try GroupIndex([SensitiveFeature(name: "g", values: ["x", "y"])])
        let c = try GroupedCounts(labels: [0, 0], predictions: [0, 0], groups: groups)
        XCTAssertEqual(c.values(of: .selectionRate).ratio().undefinedReason,
                       "every group's selection rate is 0, so their ratio is undefined")
        XCTAssertEqual(c.values(of: .selectionRate).ratio(method: .toOverall).undefinedReason,
                       "group 'g=x' and the overall selection rate are both 0, so their ratio is undefined")
        XCTAssertEqual(c.values(of: .selectionRate).difference().number, 0)
    }

    func testNamedLookUp() throws {
        XCTAssertEqual(try FairlearnDisparity.named("equalized_odds").metrics.map(\.id), ["tpr", "fpr"])
        XCTAssertThrowsError(try FairlearnDisparity.named("equalised_odds"))
    }
}
