import Foundation
import XCTest
@testable import FairKit

/// Threshold metrics by hand, and the metric table.
final class PerformanceMetricTests: XCTestCase {
    /// y = [1, 1, 0, 0, 1], ŷ = [1, 0, 0, 1, 1]: TP 2, FN 1, TN 1, FP 1.
    /// Balanced accuracy ½(2/3 + 1/2) = 7/12; F1 = 2·2/(2·2 + 1 + 1) = 2/3.
    func testConfusionCountsExampleByHand() throws {
        let counts = try ConfusionCounts(labels: [1, 1, 0, 0, 1], predictions: [1, 0, 0, 1, 1])
        XCTAssertEqual(counts.matrix, [[1, 1], [1, 2]])
        XCTAssertEqual(try XCTUnwrap(counts.balancedAccuracy.number), 7.0 / 12.0, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(counts.f1Score.number), 2.0 / 3.0, accuracy: 1e-15)
    }

    /// TP 3, FN 1, FP 2 (precision 3/5, recall 3/4):
    /// F1 = 6/(6 + 1 + 2) = 2/3;  F2 = 5·3/(15 + 4·1 + 2) = 5/7;  F0.5 = 1.25·3/(3.75 + 0.25 + 2) = 0.625.
    func testFBetaByHand() throws {
        let counts = ConfusionCounts(truePositives: 3, falsePositives: 2, trueNegatives: 4, falseNegatives: 1)
        XCTAssertEqual(try XCTUnwrap(counts.fScore(beta: 1).number), 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(counts.fScore(beta: 2).number), 5.0 / 7.0, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(counts.fScore(beta: 0.5).number), 0.625, accuracy: 1e-15)
    }

    /// Weighted: y = [1, 0, 1], ŷ = [1, 1, 0], w = [2, 1, 3]: TP 2, FP 1, FN 3, TN 0.
    /// Accuracy 2/6; precision 2/3; recall 2/5; F1 = 4/(4 + 3 + 1) = 1/2.
    func testWeightedEvaluationThroughTheTable() throws {
        let y = [1, 0, 1], p = [1, 1, 0], w = [2.0, 1, 3]
        XCTAssertEqual(try XCTUnwrap(PerformanceMetric.accuracy.evaluate(labels: y, predictions: p, weights: w).number), 1.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(PerformanceMetric.precision.evaluate(labels: y, predictions: p, weights: w).number), 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(PerformanceMetric.recall.evaluate(labels: y, predictions: p, weights: w).number), 0.4, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(PerformanceMetric.f1.evaluate(labels: y, predictions: p, weights: w).number), 0.5, accuracy: 1e-15)
    }

    /// No negative labels: specificity, hence balanced accuracy, is undefined (scikit-learn would
    /// warn and report recall alone). With TP + FN + FP = 0 the F-score is undefined; with TP = 0
    /// but FN > 0 it is 0, as scikit-learn ≥ 1.3 computes it from counts.
    func testUndefinedCasesCarryTheirReasons() {
        let onlyPositives = ConfusionCounts(truePositives: 2, falsePositives: 0, trueNegatives: 0, falseNegatives: 1)
        XCTAssertEqual(onlyPositives.balancedAccuracy, .undefined(reason: "no negative labels (TN + FP = 0)"))
        let nothingPositive = ConfusionCounts(truePositives: 0, falsePositives: 0, trueNegatives: 5, falseNegatives: 0)
        XCTAssertEqual(nothingPositive.f1Score.undefinedReason, "no positive labels and no positive predictions (TP + FN + FP = 0)")
        let missedAll = ConfusionCounts(truePositives: 0, falsePositives: 0, trueNegatives: 5, falseNegatives: 2)
        XCTAssertEqual(missedAll.f1Score, .value(0))
    }

    func testTableLookup() throws {
        XCTAssertEqual(Set(PerformanceMetric.all.map(\.id)).count, PerformanceMetric.all.count, "ids are unique")
        XCTAssertEqual(PerformanceMetric.named("balanced_accuracy")?.name, "Balanced accuracy")
        XCTAssertEqual(PerformanceMetric.named("fbeta_0.5")?.id, "fbeta_0.5")
        XCTAssertEqual(PerformanceMetric.fBeta(2).id, "fbeta_2")
        XCTAssertNil(PerformanceMetric.named("fbeta_-1"))
        XCTAssertNil(PerformanceMetric.named("accuracyy"))
        XCTAssertEqual(ScoreMetric.named("roc_auc")?.higherIsBetter, true)
        XCTAssertEqual(ScoreMetric.named("log_loss")?.higherIsBetter, false)
        XCTAssertEqual(Set(ScoreMetric.all.map(\.id)).count, ScoreMetric.all.count)
    }

    func testBadInputIsAnError() {
        XCTAssertThrowsError(try PerformanceMetric.accuracy.evaluate(labels: [1, 0], predictions: [1])) { error in
            XCTAssertEqual(error as? MetricError, .lengthMismatch(what: "predictions", expected: 2, got: 1))
        }
        XCTAssertThrowsError(try PerformanceMetric.accuracy.evaluate(labels: [1, 2], predictions: [1, 1])) { error in
            XCTAssertEqual(error as? MetricError, .nonBinary(what: "label", row: 1, value: 2))
        }
    }
}
