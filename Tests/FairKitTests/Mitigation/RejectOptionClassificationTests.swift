import XCTest
@testable import FairKit

final class RejectOptionClassificationTests: XCTestCase {
    /// The doc comment's example: t = 0.5, m = 0.1.
    func testCriticalRegionByHand() {
        XCTAssertEqual(RejectOptionClassification.decide(score: 0.55, privileged: true, threshold: 0.5, margin: 0.1), 0)
        XCTAssertEqual(RejectOptionClassification.decide(score: 0.45, privileged: false, threshold: 0.5, margin: 0.1), 1)
        XCTAssertEqual(RejectOptionClassification.decide(score: 0.7, privileged: true, threshold: 0.5, margin: 0.1), 1)
        XCTAssertEqual(RejectOptionClassification.decide(score: 0.3, privileged: false, threshold: 0.5, margin: 0.1), 0)
        // numpy.linspace(0.01, 0.99, 100)[1] = 0.01 + 0.98/99.
        XCTAssertEqual(RejectOptionClassification.linspace(0.01, 0.99, 100)[1], 0.01 + 0.98 / 99)
    }

    /// German setup: AIF360 0.6.1 (scripts/reference/mitigation_reject_option.py) on the training
    /// rows, defaults: threshold 0.6435353535353535 and margin 0.050923520923520926 (SPD), threshold
    /// 0.693030303030303 and margin 0.012529375386518245 (average odds difference).
    func testGermanThresholdAndMarginEqualAIF360() throws {
        let setup = try GermanMitigationSetup.load()
        let scores = try setup.base.predictProbability(setup.xTrain)
        let expected: [(RejectOptionClassification.Metric, Double, Double)] = [
            (.statisticalParityDifference, 0.6435353535353535, 0.050923520923520926),
            (.averageOddsDifference, 0.693030303030303, 0.012529375386518245),
        ]
        for (metric, threshold, margin) in expected {
            var roc = try RejectOptionClassification(privilegedValues: ["age > 25"], metric: metric)
            try roc.fit(scores: scores, labels: setup.yTrain, sensitive: setup.ageTrain)
            let fitted = try XCTUnwrap(roc.fitted)
            XCTAssertEqual(fitted.threshold, threshold, accuracy: 1e-12, "\(metric)")
            XCTAssertEqual(fitted.margin, margin, accuracy: 1e-12, "\(metric)")
            XCTAssertTrue(fitted.constraintMet)
            XCTAssertLessThanOrEqual(abs(fitted.metricValue), 0.05)
        }
    }

    func testBadSettingsAreNamed() {
        XCTAssertThrowsError(try RejectOptionClassification(privilegedValues: ["p"], lowThreshold: 0.9, highThreshold: 0.1))
    }
}
