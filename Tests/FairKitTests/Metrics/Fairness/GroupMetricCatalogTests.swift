import XCTest
@testable import FairKit

final class GroupMetricCatalogTests: XCTestCase {
    /// The worked example of GroupMetric: y = [1, 1, 0, 0, 1], ŷ = [1, 0, 0, 1, 1]
    /// -> TP 2 (rows 1, 5), FN 1 (row 2), TN 1 (row 3), FP 1 (row 4), n = 5.
    private let example = try! ConfusionCounts(labels: [1, 1, 0, 0, 1], predictions: [1, 0, 0, 1, 1])

    func testEveryTableMetricOnTheWorkedExample() throws {
        // Each expected value from the formula on TP 2, FP 1, TN 1, FN 1.
        let expected: [String: Double] = [
            "selection_rate": 3.0 / 5,   // (TP + FP) / n
            "base_rate": 3.0 / 5,        // (TP + FN) / n
            "tpr": 2.0 / 3,              // TP / (TP + FN)
            "tnr": 1.0 / 2,              // TN / (TN + FP)
            "fpr": 1.0 / 2,              // FP / (FP + TN)
            "fnr": 1.0 / 3,              // FN / (FN + TP)
            "ppv": 2.0 / 3,              // TP / (TP + FP)
            "npv": 1.0 / 2,              // TN / (TN + FN)
            "fdr": 1.0 / 3,              // FP / (TP + FP)
            "for": 1.0 / 2,              // FN / (TN + FN)
            "accuracy": 3.0 / 5,         // (TP + TN) / n
            "error_rate": 2.0 / 5,       // (FP + FN) / n
            "predicted_positive_share": 1, // its own population: 3 / 3
            "count": 5, "tp": 2, "fp": 1, "tn": 1, "fn": 1,
        ]
        XCTAssertEqual(Set(GroupMetric.all.map(\.id)), Set(expected.keys), "the table and this test list the same metrics")
        for metric in GroupMetric.all {
            let value = try XCTUnwrap(metric.value(of: example).number, metric.id)
            XCTAssertEqual(value, try XCTUnwrap(expected[metric.id]), accuracy: 1e-15, metric.id)
        }
    }

    func testPredictedPositiveShareIsAShareOfThePopulation() throws {
        // The example's 3 predicted positives within a population with 6: 3 / 6.
        let population = example + example
        XCTAssertEqual(GroupMetric.predictedPositiveShare.value(of: example, in: population).number, 0.5)
        let noPositives = try ConfusionCounts(labels: [1, 0], predictions: [0, 0])
        XCTAssertEqual(GroupMetric.predictedPositiveShare.value(of: noPositives).undefinedReason,
                       "the population has no positive predictions")
    }

    func testIdsAreUniqueAndLookedUpWithTypoSuggestions() throws {
        XCTAssertEqual(Set(GroupMetric.all.map(\.id)).count, GroupMetric.all.count)
        XCTAssertEqual(try GroupMetric.named("fpr").displayName, "false positive rate")
        XCTAssertThrowsError(try GroupMetric.named("selection_rat")) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'selection_rate'?"), "\(error)")
        }
    }

    func testDirectionsSayWhichWayFavoursAGroup() {
        XCTAssertEqual(GroupMetric.selectionRate.direction, .higherIsFavorable)
        XCTAssertEqual(GroupMetric.falsePositiveRate.direction, .lowerIsFavorable)
        XCTAssertEqual(GroupMetric.baseRate.direction, .neutral)
        XCTAssertEqual(MetricDirection.higherIsFavorable.favours(0.3, over: 0.5), false)
        XCTAssertEqual(MetricDirection.lowerIsFavorable.favours(0.3, over: 0.5), true)
        XCTAssertNil(MetricDirection.neutral.favours(0.3, over: 0.5))
        XCTAssertNil(MetricDirection.higherIsFavorable.favours(0.5, over: 0.5))
    }
}
