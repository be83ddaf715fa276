import FairKit
import Foundation
import XCTest

/// `learn mitigate --out`, then `learn predict` on the written file, through the built binary
/// (German Credit rows 0..699 to train, 700..999 to score, label credit = good).
final class MitigatePredictTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try GermanSplitFolder.make("learn-mitigate")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func learn(_ arguments: String...) throws -> LearnRun { try LearnRun.run(arguments, in: folder) }

    /// The expected accuracy of `learn predict`'s scores, (1/n) Σ (y p + (1 − y)(1 − p)), is the
    /// mitigated accuracy `learn mitigate` printed for the same rows; predicting twice gives the
    /// same seeded labels.
    func testThresholdOptimizerAndExponentiatedGradientFilesArePredicted() throws {
        for method in ["threshold-optimizer", "exponentiated-gradient"] {
            let mitigate = try learn("mitigate", "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                                     "--protected", "age_group", "--exclude", "sex", "--method", method, "--seed", "7",
                                     "--out", "m.json", "--format", "json")
            XCTAssertEqual(mitigate.exitCode, 0, mitigate.stderr)
            let accuracy = try XCTUnwrap((try jsonObject(mitigate)["mitigated"] as? [String: Any])?["accuracy"] as? Double, method)
            var scored: [Table] = []
            for out in ["a.csv", "b.csv"] {
                let predict = try learn("predict", "--model", "m.json", "--data", "test.csv", "--out", out)
                XCTAssertEqual(predict.exitCode, 0, predict.stderr)
                scored.append(try CSVReader().read(contentsOf: folder.appendingPathComponent(out)))
            }
            let scores = try XCTUnwrap(scored[0].column("score").numbers).map { $0 ?? -1 }
            let labels = try Dataset.germanCredit().labels[700..<1000].map(Double.init)
            var correct = 0.0
            for (y, p) in zip(labels, scores) { correct += y * p + (1 - y) * (1 - p) }
            XCTAssertEqual(correct / 300, accuracy, accuracy: 1e-12, method)
            XCTAssertEqual(try scored[0].column("prediction").numbers, try scored[1].column("prediction").numbers, method)
        }
    }
}
