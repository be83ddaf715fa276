import Foundation
import XCTest

/// `learn audit` on the bundled COMPAS file (7,214 defendants), "high risk" = decile score >= 5,
/// as ProPublica's analysis reads it (Larson, Mattu, Kirchner & Angwin, "How We Analyzed the
/// COMPAS Recidivism Algorithm", 2016; the "Compas Analysis" notebook's confusion matrices):
/// Black defendants who did not reoffend were labelled higher risk 44.85% of the time against
/// 23.45% for white defendants (FPR); white reoffenders were labelled low risk 47.72% of the time
/// against 27.99% (FNR). The positive prediction is punitive, so both put African-American
/// defendants at a disadvantage.
final class AuditCompasTests: XCTestCase {
    private static let compas = LearnRun.repositoryRoot
        .appendingPathComponent("Sources/FairKit/Data/Datasets/Resources/compas-scores-two-years.csv").path

    private func audit(_ extra: [String]) throws -> LearnRun {
        try LearnRun.run(["audit", "--data", Self.compas, "--label", "two_year_recid", "--score", "decile_score", "--threshold", "5",
                          "--protected", "race"] + extra, in: FileManager.default.temporaryDirectory)
    }

    func testThePunitiveSummaryReadsAsProPublicasFindings() throws {
        let run = try audit(["--positive-is-harmful", "--format", "json"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let summary = try XCTUnwrap(try jsonObject(run)["summary"] as? [String])
        let fpr = try XCTUnwrap(summary.first { $0.hasPrefix("race=Caucasian's false positive rate") }, "\(summary)")
        XCTAssertTrue(fpr.contains("(false positive rate 0.235 vs 0.448)"), fpr)
        XCTAssertTrue(fpr.hasSuffix("race=African-American is at a disadvantage: among rows where two_year_recid is not 1, "
                                    + "race=African-American received the harmful positive prediction more often."), fpr)
        let fnr = try XCTUnwrap(summary.first { $0.hasPrefix("race=Caucasian's false negative rate") }, "\(summary)")
        XCTAssertTrue(fnr.contains("(false negative rate 0.477 vs 0.280)"), fnr)
        XCTAssertTrue(fnr.hasSuffix("race=African-American is at a disadvantage: among rows where two_year_recid = 1, "
                                    + "race=Caucasian was spared the harmful positive prediction more often."), fnr)
        // A lower TPR spares a group the punitive label: no sentence calls Caucasians disadvantaged.
        XCTAssertFalse(summary.contains { $0.contains("race=Caucasian is at a disadvantage") }, "\(summary)")

        let text = try audit(["--positive-is-harmful"])
        XCTAssertFalse(text.stdout.contains("four-fifths"), "the four-fifths rule is about favourable outcomes")
        XCTAssertTrue(text.stdout.contains("affected person's view"), text.stdout)
    }

    func testWithoutTheFlagTheSameNumbersReadTheOtherWay() throws {
        // The assistive reading (a positive prediction is good news, errors are harms): Caucasian
        // reoffenders' higher FNR is then a harm to Caucasians, and the wording has no gloss.
        let summary = try XCTUnwrap(try jsonObject(try audit(["--format", "json"]))["summary"] as? [String])
        let fnr = try XCTUnwrap(summary.first { $0.hasPrefix("race=Caucasian's false negative rate") }, "\(summary)")
        XCTAssertTrue(fnr.hasSuffix("(1/τ); race=Caucasian is at a disadvantage."), fnr)
    }
}
