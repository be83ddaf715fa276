import XCTest
@testable import FairKit

final class CalibratedEqualizedOddsTests: XCTestCase {
    /// AIF360's CalibratedEqOddsPostprocessing on the German training rows, each cost.
    func testGermanCalibratedMixRatesEqualAIF360() throws {
        let setup = try GermanMitigationSetup.load()
        let scores = try setup.base.predictProbability(setup.xTrain)
        let expected: [(CalibratedEqualizedOdds.Cost, Double, Double)] = [
            (.weighted, 0.6328890536119162, 0), (.falsePositiveRate, 0, 0.15299465218505306), (.falseNegativeRate, 0.97770592348393, 0),
        ]
        for (cost, privileged, unprivileged) in expected {
            var post = CalibratedEqualizedOdds(privilegedValues: ["age > 25"], cost: cost)
            try post.fit(scores: scores, labels: setup.yTrain, sensitive: setup.ageTrain)
            let fitted = try XCTUnwrap(post.fitted)
            XCTAssertEqual(fitted.privilegedMixRate, privileged, accuracy: 1e-9, "\(cost)")
            XCTAssertEqual(fitted.unprivilegedMixRate, unprivileged, accuracy: 1e-9, "\(cost)")
            XCTAssertEqual(fitted.privilegedBaseRate, 0.727112676056338, accuracy: 1e-12)
            XCTAssertEqual(fitted.unprivilegedBaseRate, 0.6060606060606061, accuracy: 1e-12)
        }
    }

    /// The calibrated doc example (FPR cost): privileged negatives [0.2, 0.4] and positives
    /// [0.6, 0.8] (base rate ½, GFPR 0.3); unprivileged negatives [0.4, 0.4], positives [0.9, 0.9]
    /// (GFPR 0.4): α_p = (0.4 − 0.3)/(0.5 − 0.3) = ½. A privileged row scoring 0.8 then stays
    /// positive with probability ½ + ½·[0.5 ≥ 0.5] = 1, one scoring 0.2 becomes positive with ½.
    func testCalibratedExampleByHand() throws {
        var post = CalibratedEqualizedOdds(privilegedValues: ["p"], cost: .falsePositiveRate)
        let groups = SensitiveFeature(name: "g", values: ["p", "p", "p", "p", "u", "u", "u", "u"])
        try post.fit(scores: [0.2, 0.4, 0.6, 0.8, 0.4, 0.4, 0.9, 0.9], labels: [0, 0, 1, 1, 0, 0, 1, 1], sensitive: groups)
        XCTAssertEqual(try XCTUnwrap(post.fitted?.privilegedMixRate), 0.5, accuracy: 1e-12)
        XCTAssertEqual(post.fitted?.unprivilegedMixRate, 0)
        XCTAssertEqual(try post.predictProbability(scores: [0.8, 0.2], sensitive: SensitiveFeature(name: "g", values: ["p", "p"])), [1, 0.5])
    }
}
