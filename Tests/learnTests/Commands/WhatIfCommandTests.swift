import Foundation
import XCTest

/// `learn whatif` through the built binary on Fixtures/gate (a hand-written logistic regression
/// on one column x, twenty rows of groups A and B): the page is written, the command says so in
/// one line, and usage problems exit 64.
final class WhatIfCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-whatif-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: LearnRun.repositoryRoot.appendingPathComponent("Tests/learnTests/Fixtures/gate"), to: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testThePageIsWrittenAndNamed() throws {
        let run = try LearnRun.run(["whatif", "--model", "model.json", "--data", "breach.csv", "--protected", "sex", "--out", "page.html"], in: folder)
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Wrote the what-if page of 20 of 20 rows (logistic_regression, attributions: linear-shap) to "), run.stdout)
        let html = try String(contentsOf: folder.appendingPathComponent("page.html"), encoding: .utf8)
        XCTAssertTrue(html.contains(#"<script type="application/json" id="whatif-data">"#))
        XCTAssertTrue(html.contains(#""coefficients":[10],"intercept":0"#))
    }

    func testUsageProblemsExit64AndBadFiles65() throws {
        let noOut = try LearnRun.run(["whatif", "--model", "model.json", "--data", "breach.csv", "--protected", "sex"], in: folder)
        XCTAssertEqual(noOut.exitCode, 64, noOut.stderr)
        let zero = try LearnRun.run(["whatif", "--model", "model.json", "--data", "breach.csv", "--protected", "sex", "--rows", "0", "--out", "p.html"], in: folder)
        XCTAssertEqual(zero.exitCode, 64, zero.stderr)
        let missing = try LearnRun.run(["whatif", "--model", "model.json", "--data", "breach.csv", "--protected", "race", "--out", "p.html"], in: folder)
        XCTAssertEqual(missing.exitCode, 65, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("breach.csv: the protected column 'race' is not in the data"), missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.html").path))
    }
}
