import Foundation
import XCTest

/// `learn mitigate --method threshold-optimizer --flip --tol T` through the built binary (German
/// Credit rows 0..699 to train, 700..999 to score): Fairlearn 0.15's numbers, and usage errors.
final class MitigateThresholdOptionsTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try GermanSplitFolder.make("learn-mitigate-tol")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func mitigate(_ extra: [String]) throws -> LearnRun {
        try LearnRun.run(["mitigate", "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                          "--protected", "age_group", "--exclude", "sex", "--method", "threshold-optimizer"] + extra, in: folder)
    }

    /// Demographic parity with tol 0.05 (flip changes nothing on German): Fairlearn's test expected
    /// accuracy 0.7619542528735632 (scripts/reference/mitigation_threshold_optimizer_flip_tol.py).
    func testFlipAndToleranceGiveFairlearnsAccuracy() throws {
        let run = try mitigate(["--flip", "--tol", "0.05", "--format", "json"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let accuracy = try XCTUnwrap((try jsonObject(run)["mitigated"] as? [String: Any])?["accuracy"] as? Double)
        XCTAssertEqual(accuracy, 0.7619542528735632, accuracy: 1e-9)
    }

    func testBadToleranceIsAUsageError() throws {
        for extra in [["--tol", "-0.5"], ["--tol", "wide"], ["--tol", "0.05", "--constraint", "equalized_odds"]] {
            let run = try mitigate(extra)
            XCTAssertEqual(run.exitCode, 64, "\(extra): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--tol"), run.stderr)
        }
        let help = try LearnRun.run(["mitigate", "--help"], in: folder)
        XCTAssertTrue(help.stdout.contains("--flip") && help.stdout.contains("--tol"), help.stdout)
    }
}
