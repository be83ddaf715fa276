import XCTest
@testable import FairKit

final class EqualizedOddsPostprocessingTests: XCTestCase {
    /// The doc comment's example: both groups with TPR 0.8 and FPR 0.25 keep every prediction.
    /// Each group: 5 positives scoring [0.9, 0.9, 0.9, 0.9, 0.1] (TPR 4/5) and 4 negatives scoring
    /// [0.9, 0.1, 0.1, 0.1] (FPR 1/4); objective 2 · (0.25 − 0.8) + 0 = −1.1.
    func testEqualRatesKeepEveryPrediction() throws {
        let scores = [0.9, 0.9, 0.9, 0.9, 0.1, 0.9, 0.1, 0.1, 0.1]
        let labels = [1, 1, 1, 1, 1, 0, 0, 0, 0]
        var post = EqualizedOddsPostprocessing(privilegedValues: ["p"])
        try post.fit(scores: scores + scores, labels: labels + labels,
                     sensitive: SensitiveFeature(name: "g", values: Array(repeating: "p", count: 9) + Array(repeating: "u", count: 9)))
        let fitted = try XCTUnwrap(post.fitted)
        XCTAssertEqual(fitted.privileged, .init(positiveToPositive: 1, negativeToPositive: 0))
        XCTAssertEqual(fitted.unprivileged, .init(positiveToPositive: 1, negativeToPositive: 0))
        XCTAssertEqual(fitted.objective, -1.1, accuracy: 1e-12)
    }

    /// German setup: AIF360 0.6.1 (scripts/reference/mitigation_eq_odds.py) on the training rows
    /// with the base model's labels (P > 0.5).
    func testGermanMixingRatesEqualAIF360() throws {
        let setup = try GermanMitigationSetup.load()
        var post = EqualizedOddsPostprocessing(privilegedValues: ["age > 25"])
        try post.fit(scores: try setup.base.predictProbability(setup.xTrain), labels: setup.yTrain, sensitive: setup.ageTrain)
        let fitted = try XCTUnwrap(post.fitted)
        XCTAssertEqual(fitted.privileged.positiveToPositive, 0.8433224339687612, accuracy: 1e-9)
        XCTAssertEqual(fitted.privileged.negativeToPositive, 0.12286414555943566, accuracy: 1e-9)
        XCTAssertEqual(fitted.unprivileged.positiveToPositive, 1, accuracy: 1e-9)
        XCTAssertEqual(fitted.unprivileged.negativeToPositive, 0, accuracy: 1e-9)
        XCTAssertEqual(fitted.objective, -0.6134615384615394, accuracy: 1e-9)
    }

    func testGroupWithOneLabelIsAnError() {
        var post = EqualizedOddsPostprocessing(privilegedValues: ["p"])
        XCTAssertThrowsError(try post.fit(scores: [0.2, 0.8, 0.3, 0.9], labels: [1, 1, 0, 1],
                                          sensitive: SensitiveFeature(name: "g", values: ["p", "p", "u", "u"]))) {
            XCTAssertEqual($0 as? MitigationError, .singleLabelInGroup(group: "privileged (p)", label: 1))
        }
    }
}
