import Foundation
import XCTest
@testable import FairKit

/// Every performance metric against scikit-learn on 60 formula-generated rows with tied scores,
/// scores of exactly 0 and 1 (log-loss clipping), and weights including zeros.
/// Reference numbers: scripts/reference/models_performance.py (scikit-learn 1.9.1, numpy 2.4.6),
/// which builds the same rows with the same integer formulas.
final class PerformanceReferenceTests: XCTestCase {
    static let rows = 60
    /// Score k/20 with k = mix(11i + 2) mod 21.
    static let scoreCodes = (0..<rows).map { ReferenceDesign.mix($0 * 11 + 2) % 21 }
    static let labels = (0..<rows).map { i in scoreCodes[i] + ReferenceDesign.mix(i * 5 + 9) % 11 - 5 > 10 ? 1 : 0 }
    static let scores = scoreCodes.map { Double($0) / 20 }
    static let predictions = scores.map { $0 >= 0.5 ? 1 : 0 }
    static let weights = (0..<rows).map { i in i % 17 == 0 ? 0 : 0.5 + Double(ReferenceDesign.mix(i * 53 + 11) % 4) / 2 }

    struct Case {
        let accuracy, balancedAccuracy, precision, recall, f1, f2: Double
        let rocFPRDropped, rocTPRDropped, rocThresholdsDropped: [Double]
        let rocFPRFull, rocTPRFull, rocThresholdsFull: [Double]
        let auc: Double
        let prPrecision, prRecall, prThresholds, prThresholdsDropped: [Double]
        let averagePrecision, logLoss, brier: Double
    }

    func testLabelsMatchTheScript() {
        XCTAssertEqual(Self.labels, [0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1])
    }

    func testEveryMetricMatchesScikitLearn() throws {
        for (weights, c) in [(nil, Self.unweighted), (Self.weights, Self.weighted)] as [([Double]?, Case)] {
            let tag = weights == nil ? "unweighted" : "weighted"
            func check(_ metric: PerformanceMetric, _ expected: Double) throws {
                let value = try metric.evaluate(labels: Self.labels, predictions: Self.predictions, weights: weights)
                XCTAssertEqual(try XCTUnwrap(value.number), expected, accuracy: 1e-15, "\(tag) \(metric.id)")
            }
            try check(.accuracy, c.accuracy)
            try check(.balancedAccuracy, c.balancedAccuracy)
            try check(.precision, c.precision)
            try check(.recall, c.recall)
            try check(.f1, c.f1)
            try check(.fBeta(2), c.f2)

            for (drop, fpr, tpr, thresholds) in [(true, c.rocFPRDropped, c.rocTPRDropped, c.rocThresholdsDropped),
                                                 (false, c.rocFPRFull, c.rocTPRFull, c.rocThresholdsFull)] {
                let roc = try ROCCurve(labels: Self.labels, scores: Self.scores, weights: weights, dropIntermediate: drop)
                XCTAssertEqual(roc.thresholds, thresholds, "\(tag) ROC thresholds, drop \(drop)")
                assertClose(roc.falsePositiveRates, fpr, "\(tag) FPR, drop \(drop)")
                assertClose(roc.truePositiveRates, tpr, "\(tag) TPR, drop \(drop)")
            }
            let auc = try ROCCurve.areaUnderCurve(labels: Self.labels, scores: Self.scores, weights: weights)
            XCTAssertEqual(try XCTUnwrap(auc.number), c.auc, accuracy: 1e-15, "\(tag) AUC")

            let pr = try PrecisionRecallCurve(labels: Self.labels, scores: Self.scores, weights: weights)
            XCTAssertEqual(pr.thresholds, c.prThresholds, "\(tag) PR thresholds")
            assertClose(pr.precisions, c.prPrecision, "\(tag) precision")
            assertClose(pr.recalls, c.prRecall, "\(tag) recall")
            let dropped = try PrecisionRecallCurve(labels: Self.labels, scores: Self.scores, weights: weights, dropIntermediate: true)
            XCTAssertEqual(dropped.thresholds, c.prThresholdsDropped, "\(tag) PR thresholds, drop")
            let ap = try PrecisionRecallCurve.averagePrecision(labels: Self.labels, scores: Self.scores, weights: weights)
            XCTAssertEqual(try XCTUnwrap(ap.number), c.averagePrecision, accuracy: 1e-15, "\(tag) average precision")

            let logLoss = try ScoringRule.logLoss(labels: Self.labels, probabilities: Self.scores, weights: weights)
            XCTAssertEqual(try XCTUnwrap(logLoss.number), c.logLoss, accuracy: 1e-14, "\(tag) log loss")
            let brier = try ScoringRule.brierScore(labels: Self.labels, probabilities: Self.scores, weights: weights)
            XCTAssertEqual(try XCTUnwrap(brier.number), c.brier, accuracy: 1e-15, "\(tag) Brier")
        }
    }

    struct Calibration {
        let squared: Bool
        let strategy: CalibrationCurve.Strategy
        let bins: Int
        let edges: [Double]?
        let fractionPositive, meanPredicted: [Double]
    }

    /// Quantile edges fall on tied probabilities here, so which bin an edge value joins is tested.
    func testCalibrationCurvesMatchScikitLearn() throws {
        for c in Self.calibrations {
            let p = c.squared ? Self.scores.map { $0 * $0 } : Self.scores
            let curve = try CalibrationCurve(labels: Self.labels, probabilities: p, bins: c.bins, strategy: c.strategy)
            let tag = "\(c.squared ? "squared " : "")\(c.strategy) \(c.bins)"
            if let edges = c.edges { XCTAssertEqual(curve.binEdges, edges, "\(tag) edges") }
            assertClose(curve.fractionPositive, c.fractionPositive, "\(tag) fraction positive")
            assertClose(curve.meanPredicted, c.meanPredicted, "\(tag) mean predicted")
        }
    }

    private func assertClose(_ a: [Double], _ b: [Double], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, "\(what): length", file: file, line: line)
        for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 1e-15, what, file: file, line: line) }
    }

    static let unweighted = Case(
             accuracy: 0.8833333333333333,
             balancedAccuracy: 0.8861607142857143,
             precision: 0.8387096774193549,
             recall: 0.9285714285714286,
             f1: 0.8813559322033898,
             f2: 0.9090909090909091,
             rocFPRDropped: [0.0, 0.0, 0.0, 0.0, 0.0, 0.03125, 0.03125, 0.0625, 0.0625, 0.15625, 0.21875, 0.3125, 0.40625, 0.46875, 0.65625, 0.78125, 0.875, 1.0],
             rocTPRDropped: [0.0, 0.10714285714285714, 0.17857142857142858, 0.5, 0.5714285714285714, 0.6785714285714286, 0.7857142857142857, 0.8571428571428571, 0.9285714285714286, 0.9285714285714286, 0.9642857142857143, 0.9642857142857143, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
             rocThresholdsDropped: [.infinity, 1.0, 0.95, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.2, 0.1, 0.05, 0.0],
             rocFPRFull: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03125, 0.03125, 0.0625, 0.0625, 0.15625, 0.21875, 0.3125, 0.40625, 0.46875, 0.5625, 0.65625, 0.71875, 0.78125, 0.875, 1.0],
             rocTPRFull: [0.0, 0.10714285714285714, 0.17857142857142858, 0.2857142857142857, 0.39285714285714285, 0.5, 0.5714285714285714, 0.6785714285714286, 0.7857142857142857, 0.8571428571428571, 0.9285714285714286, 0.9285714285714286, 0.9642857142857143, 0.9642857142857143, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
             rocThresholdsFull: [.infinity, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.0],
             auc: 0.9676339285714285,
             prPrecision: [0.4666666666666667, 0.5, 0.5283018867924528, 0.5490196078431373, 0.5714285714285714, 0.6086956521739131, 0.6511627906976745, 0.6829268292682927, 0.7297297297297297, 0.7941176470588235, 0.8387096774193549, 0.9285714285714286, 0.9230769230769231, 0.9565217391304348, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
             prRecall: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9642857142857143, 0.9642857142857143, 0.9285714285714286, 0.9285714285714286, 0.8571428571428571, 0.7857142857142857, 0.6785714285714286, 0.5714285714285714, 0.5, 0.39285714285714285, 0.2857142857142857, 0.17857142857142858, 0.10714285714285714, 0.0],
             prThresholds: [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0],
             prThresholdsDropped: [0.0, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0],
             averagePrecision: 0.96071094275054,
             logLoss: 0.3289119767426187,
             brier: 0.09745833333333334)

    static let weighted = Case(
             accuracy: 0.9097222222222222,
             balancedAccuracy: 0.912004662004662,
             precision: 0.8732394366197183,
             recall: 0.9393939393939394,
             f1: 0.9051094890510949,
             f2: 0.9253731343283582,
             rocFPRDropped: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.038461538461538464, 0.038461538461538464, 0.11538461538461539, 0.15384615384615385, 0.28205128205128205, 0.4230769230769231, 0.46153846153846156, 0.5256410256410257, 0.6666666666666666, 0.8974358974358975, 1.0],
             rocTPRDropped: [0.0, 0.12121212121212122, 0.3939393939393939, 0.5, 0.5454545454545454, 0.6666666666666666, 0.8181818181818182, 0.8636363636363636, 0.9393939393939394, 0.9393939393939394, 0.9696969696969697, 0.9696969696969697, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
             rocThresholdsDropped: [.infinity, 1.0, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.05, 0.0],
             rocFPRFull: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.038461538461538464, 0.038461538461538464, 0.11538461538461539, 0.15384615384615385, 0.28205128205128205, 0.4230769230769231, 0.46153846153846156, 0.5256410256410257, 0.6666666666666666, 0.7435897435897436, 0.8205128205128205, 0.8974358974358975, 1.0],
             rocTPRFull: [0.0, 0.12121212121212122, 0.21212121212121213, 0.30303030303030304, 0.3939393939393939, 0.5, 0.5454545454545454, 0.6666666666666666, 0.8181818181818182, 0.8636363636363636, 0.9393939393939394, 0.9393939393939394, 0.9696969696969697, 0.9696969696969697, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
             rocThresholdsFull: [.infinity, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.0],
             auc: 0.9814491064491064,
             prPrecision: [0.4583333333333333, 0.4852941176470588, 0.5076923076923077, 0.532258064516129, 0.559322033898305, 0.616822429906542, 0.6470588235294118, 0.6666666666666666, 0.7441860465116279, 0.8421052631578947, 0.8732394366197183, 0.9538461538461539, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
             prRecall: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9696969696969697, 0.9696969696969697, 0.9393939393939394, 0.9393939393939394, 0.8636363636363636, 0.8181818181818182, 0.6666666666666666, 0.5454545454545454, 0.5, 0.3939393939393939, 0.30303030303030304, 0.21212121212121213, 0.12121212121212122, 0.0],
             prThresholds: [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0],
             prThresholdsDropped: [0.0, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0],
             averagePrecision: 0.979345070134544,
             logLoss: 0.31351265996162025,
             brier: 0.08980902777777777)

    static let calibrations: [Calibration] = [
        Calibration(squared: false, strategy: .uniform, bins: 5, edges: nil,
                    fractionPositive: [0.0, 0.08333333333333333, 0.45454545454545453, 0.9166666666666666, 1.0],
                    meanPredicted: [0.0892857142857143, 0.32916666666666666, 0.5227272727272727, 0.7208333333333333, 0.9227272727272727]),
        Calibration(squared: false, strategy: .quantile, bins: 5, edges: [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
                    fractionPositive: [0.0, 0.08333333333333333, 0.45454545454545453, 0.9166666666666666, 1.0],
                    meanPredicted: [0.0892857142857143, 0.32916666666666666, 0.5227272727272727, 0.7208333333333333, 0.9227272727272727]),
        Calibration(squared: false, strategy: .uniform, bins: 7, edges: nil,
                    fractionPositive: [0.0, 0.0, 0.1111111111111111, 0.375, 0.8, 1.0, 1.0],
                    meanPredicted: [0.03888888888888889, 0.20625000000000002, 0.3555555555555555, 0.49375, 0.655, 0.8062499999999999, 0.9500000000000001]),
        Calibration(squared: false, strategy: .quantile, bins: 4, edges: [0.0, 0.25, 0.5, 0.75, 1.0],
                    fractionPositive: [0.0, 0.13333333333333333, 0.8571428571428571, 1.0],
                    meanPredicted: [0.11764705882352941, 0.4033333333333334, 0.6535714285714286, 0.8964285714285715]),
        Calibration(squared: true, strategy: .uniform, bins: 5, edges: nil,
                    fractionPositive: [0.038461538461538464, 0.45454545454545453, 0.8888888888888888, 1.0, 1.0],
                    meanPredicted: [0.05884615384615385, 0.2765909090909091, 0.4836111111111111, 0.68125, 0.9043750000000002]),
        Calibration(squared: true, strategy: .quantile, bins: 5, edges: [0.0, 0.04000000000000001, 0.16000000000000003, 0.36, 0.6400000000000001, 1.0],
                    fractionPositive: [0.0, 0.08333333333333333, 0.45454545454545453, 0.9166666666666666, 1.0],
                    meanPredicted: [0.013750000000000002, 0.11145833333333333, 0.2765909090909091, 0.5227083333333333, 0.8547727272727272]),
        Calibration(squared: true, strategy: .uniform, bins: 7, edges: nil,
                    fractionPositive: [0.043478260869565216, 0.1111111111111111, 0.875, 0.8333333333333334, 1.0, 1.0, 1.0],
                    meanPredicted: [0.04565217391304346, 0.20416666666666672, 0.36906249999999996, 0.5141666666666665, 0.6400000000000001, 0.76625, 0.961]),
        Calibration(squared: true, strategy: .quantile, bins: 4, edges: [0.0, 0.0625, 0.25, 0.5625, 1.0],
                    fractionPositive: [0.0, 0.13333333333333333, 0.8571428571428571, 1.0],
                    meanPredicted: [0.022352941176470593, 0.16716666666666669, 0.43125, 0.8087500000000001]),
    ]
}
