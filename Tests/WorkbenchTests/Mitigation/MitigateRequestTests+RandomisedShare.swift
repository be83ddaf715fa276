import FairKit
import Foundation
import XCTest
@testable import Workbench

/// The randomised share `learn mitigate` reports: the rows whose decision is a coin flip, which a
/// deterministic model (the plain baseline, a refitted classifier) never has, whatever its
/// probabilities; a deterministic model is scored on its decisions, a randomised one by expected
/// values over its coins.
extension MitigateRequestTests {
    /// Four rows, P = [0.9, 0.3, 1, 0], labels [1, 0, 1, 0], groups [a, a, b, b].
    /// Randomised, rows 1 and 2 (P strictly between 0 and 1) are coin flips: share 2/4 = 0.5; the
    /// expected accuracy is (0.9 + (1 − 0.3) + 1 + 1)/4 = 0.9, the selection rates a: (0.9 + 0.3)/2
    /// = 0.6 and b: (1 + 0)/2 = 0.5, so the DP difference is 0.1.
    /// Deterministic, the decisions (P > 0.5) are [1, 0, 1, 0], every one right: share 0, accuracy
    /// 1, selection rates a: 1/2 = 0.5 and b: 1/2 = 0.5, DP difference 0.
    func testRandomisedShareByHand() throws {
        let groups = SensitiveFeature(name: "g", values: ["a", "a", "b", "b"])
        let p = [0.9, 0.3, 1, 0]
        let randomised = try MitigateRequest.scores(p, labels: [1, 0, 1, 0], sensitive: groups, randomised: true)
        let deterministic = try MitigateRequest.scores(p, labels: [1, 0, 1, 0], sensitive: groups, randomised: false)
        XCTAssertEqual(randomised.randomisedShare, 0.5)
        XCTAssertEqual(deterministic.randomisedShare, 0)
        for (scores, expected) in [(randomised, (accuracy: 0.9, a: 0.6, b: 0.5, dp: 0.1)), (deterministic, (accuracy: 1, a: 0.5, b: 0.5, dp: 0))] {
            XCTAssertEqual(try XCTUnwrap(scores.accuracy), expected.accuracy, accuracy: 1e-12)
            XCTAssertEqual(try XCTUnwrap(scores.selectionRates["g=a"]), expected.a, accuracy: 1e-12)
            XCTAssertEqual(try XCTUnwrap(scores.selectionRates["g=b"]), expected.b, accuracy: 1e-12)
            XCTAssertEqual(try XCTUnwrap(scores.demographicParityDifference), expected.dp, accuracy: 1e-12)
        }
    }

    /// A probability of exactly 0.5 is not above 0.5: `Classifier.predict` decides 0 there, and so
    /// does the score. P = [0.5, 0.51], labels [0, 1], one group: decisions [0, 1], accuracy 1.
    func testADeterministicModelDecidesAboveOneHalf() throws {
        let scores = try MitigateRequest.scores([0.5, 0.51], labels: [0, 1], sensitive: SensitiveFeature(name: "g", values: ["a", "a"]), randomised: false)
        XCTAssertEqual(try XCTUnwrap(scores.accuracy), 1, accuracy: 1e-12)
    }

    /// On German: the plain logistic baseline flips no coin (share 0, in the text and the JSON),
    /// nor does a refitted classifier; a randomised model's share is the share of rows whose
    /// P(positive), as `learn predict` scores them from its model file, is strictly between 0 and 1.
    func testOnlyRandomisedModelsHaveARandomisedShare() throws {
        for method in ["reweighing", "correlation-remover", "threshold-optimizer", "exponentiated-gradient"] {
            let file = "\(method).model.json"
            let result = try request(method) { $0.out = file }.run(currentDirectory: folder)
            XCTAssertEqual(result.baseline.randomisedShare, 0, method)
            XCTAssertTrue(result.summaryLines().contains { $0.hasPrefix("randomised share of rows") && $0.contains("0.0000") }, method)
            XCTAssertTrue(try result.json().contains("\"randomised_share\" : 0,"), method)
            if method == "reweighing" || method == "correlation-remover" {
                XCTAssertEqual(result.mitigated.randomisedShare, 0, method)
                continue
            }
            let scores = try PredictRequest(model: file, data: "test.csv").run(currentDirectory: folder).scores
            let coins = Double(scores.filter { $0 > 0 && $0 < 1 }.count)
            if method == "threshold-optimizer" {
                // Its rules mix two thresholds per group, so rows between them are coin flips. (Exponentiated
                // gradient's mixture may agree on every test row: then its share is 0 as well.)
                XCTAssertGreaterThan(coins, 0, "\(method) randomises some rows")
            }
            XCTAssertEqual(result.mitigated.randomisedShare, coins / 300, method)
        }
    }
}
