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
        XCTAssertTrue(fpr.contains("race=African-American is at a disadvantage: among rows where two_year_recid is not 1, "
                                    + "race=African-American received the harmful positive prediction more often."), fpr)
        let fnr = try XCTUnwrap(summary.first { $0.hasPrefix("race=Caucasian's false negative rate") }, "\(summary)")
        XCTAssertTrue(fnr.contains("(false negative rate 0.477 vs 0.280)"), fnr)
        XCTAssertTrue(fnr.contains("race=African-American is at a disadvantage: among rows where two_year_recid = 1, "
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
        XCTAssertTrue(fnr.contains("(1/τ); race=Caucasian is at a disadvantage."), fnr)
        // 6,172 rows: the gap is far beyond chance (the sentence ends with its interval and test).
        XCTAssertTrue(fnr.hasSuffix("distinguishable from parity (Holm-adjusted p < 0.001)."), fnr)
    }
}

extension AuditCompasTests {
    /// Expected figures: scripts/reference/databias_compas_proxies.py (pandas and scipy): 14 columns
    /// skipped (6 identifier-like, 8 free text), then the features by bias-corrected V or η:
    /// decile_score.1 0.317803, vr_charge_desc 0.297893, v_decile_score 0.288155, r_charge_desc
    /// 0.214829, priors_count 0.209312 (priors_count.1, its copy, the same); and which columns are
    /// missing in the same rows.
    func testTheDataBiasProxiesAreRankedSoTheTopIsWorthReading() throws {
        let run = try audit(["--positive-is-harmful", "--data-bias", "--format", "json"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let bias = try XCTUnwrap((try jsonObject(run)["audit"] as? [String: Any])?["data_bias"] as? [String: Any])
        let skipped = try XCTUnwrap(bias["skipped_features"] as? [[String: Any]])
        XCTAssertEqual(skipped.filter { $0["reason"] as? String == "identifier" }.compactMap { $0["column"] as? String },
                       ["name", "c_jail_in", "c_jail_out", "c_case_number", "r_case_number", "vr_case_number"])
        XCTAssertEqual(skipped.filter { $0["reason"] as? String == "free_text" }.compactMap { $0["column"] as? String },
                       ["first", "last", "dob", "c_arrest_date", "r_offense_date", "r_jail_in", "r_jail_out", "vr_offense_date"])
        let proxies = try XCTUnwrap((bias["proxies"] as? [[String: Any]])?.first?["features"] as? [[String: Any]])
        let top = proxies.prefix(5)
        XCTAssertEqual(top.compactMap { $0["feature"] as? String }, ["decile_score.1", "vr_charge_desc", "v_decile_score", "r_charge_desc", "priors_count"])
        XCTAssertEqual(top.compactMap { $0["measure"] as? String },
                       ["correlation_ratio", "cramers_v_bias_corrected", "correlation_ratio", "cramers_v_bias_corrected", "correlation_ratio"])
        for (entry, expected) in zip(top, [0.317803, 0.297893, 0.288155, 0.214829, 0.209312]) {
            XCTAssertEqual(try XCTUnwrap((entry["value"] as? [String: Double])?["value"]), expected, accuracy: 5e-7, "\(entry["feature"] ?? "")")
        }
        // The summary stays readable: proxies and missing-value findings capped, the rest counted.
        let summary = try XCTUnwrap(bias["summary"] as? [String])
        XCTAssertEqual(summary.filter { $0.contains("is a likely proxy for race") }, ["decile_score.1 is a likely proxy for race (correlation ratio η 0.318, NMI 0.035)."])
        let missing = summary.filter { $0.contains(" missing for ") }
        XCTAssertLessThanOrEqual(missing.count, 5, "\(summary)")
        XCTAssertTrue(summary.contains { $0.contains("missing values differ by race (smaller gaps)") }, "the rest is counted: \(summary)")
        // Native American has 18 rows, under the audit's 30: its rates take no part in the gaps.
        XCTAssertFalse(missing.contains { $0.contains("race=Native American") }, "\(missing)")
        // The script's "missing together" blocks: the reoffence record is one sentence, not three.
        XCTAssertTrue(missing.contains { $0.hasPrefix("r_case_number, r_charge_degree and r_offense_date (missing together) are missing for") },
                      "\(missing)")

        // --exclude leaves the score's copies out: the charge description leads.
        let excluded = try audit(["--data-bias", "--exclude", "decile_score.1,v_decile_score", "--format", "json"])
        XCTAssertEqual(excluded.exitCode, 0, excluded.stderr)
        let rest = try XCTUnwrap((try jsonObject(excluded)["audit"] as? [String: Any])?["data_bias"] as? [String: Any])
        XCTAssertFalse((rest["feature_columns"] as? [String] ?? []).contains("decile_score.1"))
        let first = ((rest["proxies"] as? [[String: Any]])?.first?["features"] as? [[String: Any]])?.first
        XCTAssertEqual(first?["feature"] as? String, "vr_charge_desc")
        // A column that is not there is bad data; --exclude without --data-bias a usage error.
        XCTAssertEqual(try audit(["--data-bias", "--exclude", "decile_scor"]).exitCode, 65)
        XCTAssertEqual(try audit(["--exclude", "name"]).exitCode, 64)
    }
}
