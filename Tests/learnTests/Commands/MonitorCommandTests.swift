import Foundation
import XCTest

/// `learn monitor` through the built binary on Fixtures/gate (see GateCommandTests): clean.csv as
/// its own batch raises nothing; breach.csv breaches the policy's selection-rate ratio (0.2 < 0.8).
final class MonitorCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-monitor-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: LearnRun.repositoryRoot.appendingPathComponent("Tests/learnTests/Fixtures/gate"), to: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func monitor(_ batches: String, _ extra: [String] = []) throws -> LearnRun {
        try LearnRun.run(["monitor", "--model", "model.json", "--baseline", "clean.csv", "--batches", batches, "--protected", "sex",
                          "--policy", "policy.json"] + extra, in: folder)
    }

    func testAlertsExitOneAndQuietBatchesExitZero() throws {
        let quiet = try monitor("clean.csv")
        XCTAssertEqual(quiet.exitCode, 0, quiet.stderr + quiet.stdout)
        XCTAssertTrue(quiet.stdout.hasSuffix("No alerts.\n"), quiet.stdout)
        let alerted = try monitor("clean.csv,breach.csv", ["--format", "json"])
        XCTAssertEqual(alerted.exitCode, 1, alerted.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(alerted.stdout.utf8)) as? [String: Any]
        let batches = object?["batches"] as? [[String: Any]]
        XCTAssertEqual(batches?.count, 2)
        XCTAssertEqual(batches?[1]["alerts"] as? [String], ["selection_rate ratio >= 0.8 [sex]: 0.2"])
        let missing = try monitor("nowhere.csv")
        XCTAssertEqual(missing.exitCode, 65)
        XCTAssertTrue(missing.stderr.contains("nowhere.csv: cannot read the file (no such file)"), missing.stderr)
    }

    /// `--batches` repeats or takes a comma list, and the two mix in command-line order.
    func testBatchesRepeatOrTakeACommaListAlike() throws {
        func files(_ run: LearnRun) throws -> [String] {
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            return ((object?["batches"] as? [[String: Any]]) ?? []).compactMap { $0["file"] as? String }
        }
        let listed = try monitor("clean.csv,breach.csv", ["--format", "json"])
        let repeated = try monitor("clean.csv", ["--batches", "breach.csv", "--format", "json"])
        XCTAssertEqual(repeated.exitCode, 1, repeated.stderr)
        XCTAssertEqual(repeated.stdout, listed.stdout)
        XCTAssertEqual(try files(repeated), ["clean.csv", "breach.csv"])
        let mixed = try monitor("breach.csv,clean.csv", ["--batches", "clean.csv", "--format", "json"])
        XCTAssertEqual(try files(mixed), ["breach.csv", "clean.csv", "clean.csv"])
        let empty = try monitor("clean.csv", ["--batches", ""])
        XCTAssertEqual(empty.exitCode, 64)
        XCTAssertTrue(empty.stderr.contains("option '--batches' needs a value"), empty.stderr)
        let twice = try monitor("clean.csv", ["--tier", "high", "--tier", "low"])
        XCTAssertEqual(twice.exitCode, 64)
        XCTAssertTrue(twice.stderr.contains("option '--tier' was given more than once"), twice.stderr)
    }
}
