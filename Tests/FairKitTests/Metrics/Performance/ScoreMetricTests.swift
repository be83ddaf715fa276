import Foundation
import XCTest
@testable import FairKit

/// Curves, areas, losses and calibration by hand, and AUC against a direct Mann-Whitney count.
final class ScoreMetricTests: XCTestCase {
    /// scikit-learn's docstring example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8].
    /// Descending: 0.8 (+), 0.4 (−), 0.35 (+), 0.1 (−), so TP = [1, 1, 2, 2], FP = [0, 1, 1, 2]
    /// over P = N = 2. Every interior point bends, so none is dropped.
    let labels = [0, 0, 1, 1]
    let scores = [0.1, 0.4, 0.35, 0.8]

    func testROCCurveOfTheDocstringExample() throws {
        let roc = try ROCCurve(labels: labels, scores: scores)
        XCTAssertEqual(roc.thresholds, [.infinity, 0.8, 0.4, 0.35, 0.1])
        XCTAssertEqual(roc.falsePositiveRates, [0, 0, 0.5, 0.5, 1])
        XCTAssertEqual(roc.truePositiveRates, [0, 0.5, 0.5, 1, 1])
        // Trapezoids: FPR widths 0, ½, 0, ½ at mean TPR heights ¼, ½, ¾, 1: ½·½ + ½·1 = ¾.
        XCTAssertEqual(roc.area, 0.75)
        XCTAssertEqual(try ROCCurve.areaUnderCurve(labels: labels, scores: scores), .value(0.75))
    }

    /// Four collinear points: scores 0.9, 0.8, 0.7 all positive then 0.1 negative. TP = [1, 2, 3, 3],
    /// FP = [0, 0, 0, 1]: the point at 0.8 has zero second differences (TP 1, 2, 3; FP 0, 0, 0) and is
    /// dropped; the area (1) is unchanged.
    func testDropIntermediateRemovesCollinearPoints() throws {
        let y = [1, 1, 1, 0], s = [0.9, 0.8, 0.7, 0.1]
        let full = try ROCCurve(labels: y, scores: s, dropIntermediate: false)
        let dropped = try ROCCurve(labels: y, scores: s)
        XCTAssertEqual(full.thresholds, [.infinity, 0.9, 0.8, 0.7, 0.1])
        XCTAssertEqual(dropped.thresholds, [.infinity, 0.9, 0.7, 0.1])
        XCTAssertEqual(full.area, 1)
        XCTAssertEqual(dropped.area, 1)
    }

    /// AUC is the weighted probability that a positive outscores a negative (ties ½):
    /// Σ_{i∈P, j∈N} w_i w_j (1[s_i > s_j] + ½·1[s_i = s_j]) / (W_P · W_N), counted pair by pair here
    /// on 300 rows with heavily tied scores (Hanley & McNeil 1982).
    func testAUCEqualsTheWeightedMannWhitneyStatistic() throws {
        var generator = SeededGenerator(seed: 2024)
        let n = 300
        let y = (0..<n).map { _ in generator.nextInt(below: 2) }
        let s = y.map { Double(generator.nextInt(below: 8) + 3 * $0) / 10 }
        let w = (0..<n).map { _ in Double(generator.nextInt(below: 4)) / 2 }
        var pairs = 0.0, wins = 0.0
        for i in 0..<n where y[i] == 1 {
            for j in 0..<n where y[j] == 0 {
                let weight = w[i] * w[j]
                pairs += weight
                wins += weight * (s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0)
            }
        }
        let auc = try ROCCurve.areaUnderCurve(labels: y, scores: s, weights: w)
        XCTAssertEqual(try XCTUnwrap(auc.number), wins / pairs, accuracy: 1e-14)
    }

    func testOneClassLeavesAUCUndefinedAndTheCurveRefused() {
        XCTAssertEqual(try ROCCurve.areaUnderCurve(labels: [1, 1], scores: [0.2, 0.3]).undefinedReason,
                       "no negative labels (of positive weight), so the false positive rate is undefined")
        // The only negative has weight 0: it does not count.
        XCTAssertEqual(try ROCCurve.areaUnderCurve(labels: [1, 0], scores: [0.2, 0.3], weights: [1, 0]).isDefined, false)
        XCTAssertThrowsError(try ROCCurve(labels: [0, 0], scores: [0.2, 0.3]))
        XCTAssertEqual(try PrecisionRecallCurve.averagePrecision(labels: [0, 0], scores: [0.2, 0.3]).undefinedReason,
                       "no positive labels (of positive weight), so recall is undefined")
    }

    /// Same example: thresholds ascending [0.1, 0.35, 0.4, 0.8]; at each, precision TP/(TP+FP) =
    /// 2/4, 2/3, 1/2, 1/1 and recall TP/2 = 1, 1, ½, ½; then the closing point (recall 0, precision 1).
    /// AP = Σ (R_k − R_k+1) P_k = 0·½ + ½·⅔ + 0·½ + ½·1 = 5/6.
    func testPrecisionRecallCurveAndAveragePrecision() throws {
        let pr = try PrecisionRecallCurve(labels: labels, scores: scores)
        XCTAssertEqual(pr.thresholds, [0.1, 0.35, 0.4, 0.8])
        XCTAssertEqual(pr.precisions, [0.5, 2.0 / 3.0, 0.5, 1, 1])
        XCTAssertEqual(pr.recalls, [1, 1, 0.5, 0.5, 0])
        let ap = try PrecisionRecallCurve.averagePrecision(labels: labels, scores: scores)
        XCTAssertEqual(try XCTUnwrap(ap.number), 5.0 / 6.0, accuracy: 1e-15)
    }

    /// Labels [1, 0], p [0.8, 0.4]: log loss −(ln 0.8 + ln 0.6)/2, Brier (0.2² + 0.4²)/2 = 0.1.
    /// Weights [3, 1]: log loss −(3 ln 0.8 + ln 0.6)/4, Brier (3·0.04 + 0.16)/4 = 0.07.
    /// A certain wrong prediction (label 1, p = 0) is clipped to ε = 2⁻⁵²: loss −ln ε = 52 ln 2.
    func testLossesByHand() throws {
        XCTAssertEqual(try XCTUnwrap(ScoringRule.logLoss(labels: [1, 0], probabilities: [0.8, 0.4]).number),
                       -(log(0.8) + log(0.6)) / 2, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(ScoringRule.brierScore(labels: [1, 0], probabilities: [0.8, 0.4]).number), 0.1, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(ScoringRule.logLoss(labels: [1, 0], probabilities: [0.8, 0.4], weights: [3, 1]).number),
                       -(3 * log(0.8) + log(0.6)) / 4, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(ScoringRule.brierScore(labels: [1, 0], probabilities: [0.8, 0.4], weights: [3, 1]).number),
                       0.07, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(ScoringRule.logLoss(labels: [1], probabilities: [0]).number), 52 * log(2.0), accuracy: 1e-12)
        XCTAssertEqual(try ScoringRule.brierScore(labels: [1], probabilities: [0.5], weights: [0]).undefinedReason,
                       "no rows (total weight 0)")
    }

    func testScoresAndProbabilitiesAreValidated() {
        XCTAssertThrowsError(try ScoringRule.logLoss(labels: [1, 0], probabilities: [0.5, 1.2])) { error in
            XCTAssertEqual("\(error)", "probability at row 2 is 1.2; probabilities must lie in [0, 1] (pass P(y = 1), not a raw score)")
        }
        XCTAssertThrowsError(try ROCCurve.areaUnderCurve(labels: [1, 0], scores: [.nan, 1])) { error in
            guard case MetricError.invalidScore(let row, let value) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(row, 0)
            XCTAssertTrue(value.isNaN)
        }
        XCTAssertThrowsError(try ROCCurve.areaUnderCurve(labels: [1, 0], scores: [0.5])) { error in
            XCTAssertEqual(error as? MetricError, .lengthMismatch(what: "scores", expected: 2, got: 1))
        }
        // Raw decision values are fine for the ROC curve, not for the losses.
        XCTAssertNoThrow(try ROCCurve.areaUnderCurve(labels: [1, 0], scores: [3.5, -2]))
    }

    /// p = [0.1, 0.3, 0.35, 0.8], labels [0, 1, 0, 1], 2 uniform bins (inner edge 0.5):
    /// bin 0 holds 0.1, 0.3, 0.35 (mean 0.25, positive fraction 1/3), bin 1 holds 0.8 (1).
    /// Weights [1, 2, 1, 1]: bin 0 mean (0.1 + 0.6 + 0.35)/4 = 0.2625, fraction 2/4.
    /// A probability equal to the inner edge (0.5) joins the lower bin; empty bins are omitted.
    func testCalibrationCurveByHand() throws {
        let p = [0.1, 0.3, 0.35, 0.8], y = [0, 1, 0, 1]
        let curve = try CalibrationCurve(labels: y, probabilities: p, bins: 2)
        XCTAssertEqual(curve.binEdges, [0, 0.5, 1])
        XCTAssertEqual(curve.meanPredicted[0], 0.25, accuracy: 1e-15)
        XCTAssertEqual(curve.fractionPositive, [1.0 / 3.0, 1])
        XCTAssertEqual(curve.binWeights, [3, 1])
        // ECE = (3/4)·|1/3 − 0.25| + (1/4)·|1 − 0.8| = 0.0625 + 0.05 = 0.1125.
        XCTAssertEqual(try XCTUnwrap(curve.expectedCalibrationError.number), 0.1125, accuracy: 1e-15)
        let weighted = try CalibrationCurve(labels: y, probabilities: p, weights: [1, 2, 1, 1], bins: 2)
        XCTAssertEqual(weighted.meanPredicted[0], 0.2625, accuracy: 1e-15)
        XCTAssertEqual(weighted.fractionPositive[0], 0.5, accuracy: 1e-15)
        let edge = try CalibrationCurve(labels: [1, 0], probabilities: [0.5, 0.5], bins: 2)
        XCTAssertEqual(edge.binIndices, [0])
        let sparse = try CalibrationCurve(labels: [0, 1], probabilities: [0.05, 0.95], bins: 10)
        XCTAssertEqual(sparse.binIndices, [0, 9])
        XCTAssertThrowsError(try CalibrationCurve(labels: [1], probabilities: [0.5], bins: 0))
    }

    /// numpy's linear quantiles of [1, 2, 3, 4]: h = 3q; q = ⅓ gives h = 1 → 2; q = ½ gives
    /// h = 1.5 → 2.5; q = 1 gives 4.
    func testLinearQuantilesByHand() {
        XCTAssertEqual(linearQuantiles(sorted: [1, 2, 3, 4], at: [0, 0.5, 1]), [1, 2.5, 4])
        XCTAssertEqual(linearQuantiles(sorted: [1, 2, 3, 4], at: [1.0 / 3.0])[0], 2, accuracy: 1e-15)
    }

    func testScoreMetricTableCallsTheSameFunctions() throws {
        for metric in ScoreMetric.all {
            let p = [0.2, 0.7, 0.4, 0.9], y = [0, 1, 1, 0], w = [1.0, 2, 1, 1]
            let direct: MetricValue
            switch metric.id {
            case "roc_auc": direct = try ROCCurve.areaUnderCurve(labels: y, scores: p, weights: w)
            case "average_precision": direct = try PrecisionRecallCurve.averagePrecision(labels: y, scores: p, weights: w)
            case "log_loss": direct = try ScoringRule.logLoss(labels: y, probabilities: p, weights: w)
            default: direct = try ScoringRule.brierScore(labels: y, probabilities: p, weights: w)
            }
            XCTAssertEqual(try metric.evaluate(y, p, w), direct, metric.id)
        }
    }
}
