import Foundation
import XCTest

/// `learn audit` through the built binary, as a user runs it, on Fixtures/audit/loans.csv: 300
/// loan applicants with the counts of FairnessAudit's worked example (Male TP 80, FP 20, TN 80,
/// FN 20; Female TP 10, FP 10, TN 60, FN 20; label `approved`, prediction `predicted`, both yes/no;
/// `score` >= 0.5 exactly where `predicted` is yes). Hand-derived: selection rates Male 0.5,
/// Female 0.2 (disparity 0.4); five flags (FNR, selection rate, TPR, PPV, FPR).
final class AuditCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fixture = LearnRun.repositoryRoot.appendingPathComponent("Tests/learnTests/Fixtures/audit/loans.csv")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("loans.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func learn(_ arguments: [String], environment: [String: String] = [:],
                       file: StaticString = #filePath, line: UInt = #line) throws -> LearnRun {
        try LearnRun.run(["audit"] + arguments, in: folder, environment: environment, file: file, line: line)
    }

    /// The usual command line on loans.csv, protected `protected`, plus `extra`.
    private func audit(_ extra: [String] = [], protected: String = "sex", environment: [String: String] = [:],
                       file: StaticString = #filePath, line: UInt = #line) throws -> LearnRun {
        try learn(["--data", "loans.csv", "--label", "approved", "--positive", "yes", "--prediction", "predicted",
                   "--protected", protected] + extra, environment: environment, file: file, line: line)
    }

    private func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func testTheTextReportIntoAPipeIsPlainAndComplete() throws {
        // Without bootstrap intervals, so that the Aequitas row below fits on one line.
        let run = try audit(["--privileged", "sex=Male", "--bootstrap", "0"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        XCTAssertFalse(containsEscape(run.stdout))
        XCTAssertTrue(run.stdout.hasPrefix("Fairness audit of loans.csv\n===========================\n"), run.stdout)
        for text in ["Summary", "5 disparities are flagged (outside [0.8, 1.25]): 5 for sex. Worst first:",
                     "Groups", "Fairlearn: spread between groups", "AIF360: unprivileged against privileged",
                     "Aequitas: disparity against the reference group", "disparate_impact"] {
            XCTAssertTrue(run.stdout.contains(text), text)
        }
        // Sentences are wrapped to 80 columns; unwrapped, the second flag reads in full.
        let unwrapped = run.stdout.replacingOccurrences(of: "\n  ", with: " ")
        XCTAssertTrue(unwrapped.contains("- sex=Female is selected at 0.40x the rate of sex=Male (selection rate 0.200 vs 0.500): "
                                         + "below the 0.8 threshold (the four-fifths rule); sex=Female is at a disadvantage."), run.stdout)
        // The Aequitas row of Female, its flags marked "!"; FPR 10/70 vs 20/100 (statsmodels p = 0.336) is not
        // distinguishable from parity.
        XCTAssertTrue(run.stdout.split(separator: "\n").contains { line in
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "Female 0.40 ! 0.42 ! 0.71 ! n.s. 3.33 ! 0.62 ! 0.87"
        }, run.stdout)
    }

    func testColourOnlyWhenForcedAndNeverWithNoColor() throws {
        let forced = try audit(["--bootstrap", "0"], environment: ["FORCE_COLOR": "1"])
        XCTAssertTrue(containsEscape(forced.stdout))
        XCTAssertTrue(forced.stdout.contains("\u{1B}[1;31m0.40 !\u{1B}[0m"), "a flag in the failure style")
        let both = try audit(environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"])
        XCTAssertFalse(containsEscape(both.stdout))
        XCTAssertEqual(both.stdout, try audit().stdout)
    }

    func testTheJSONReportFieldByField() throws {
        let run = try audit(["--format", "json", "--privileged", "sex=Male", "--data-bias"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let root = try jsonObject(run)
        XCTAssertEqual(root["format_version"] as? Int, 1)
        XCTAssertEqual(root["flagged"] as? Int, 5)
        XCTAssertEqual((root["summary"] as? [String])?.first, "5 disparities are flagged (outside [0.8, 1.25]): 5 for sex. Worst first:")
        let audit = try XCTUnwrap(root["audit"] as? [String: Any])
        XCTAssertEqual(audit["row_count"] as? Int, 300)
        XCTAssertEqual(audit["source"] as? NSDictionary, ["data": "loans.csv", "rows_read": 300, "rows_dropped": 0, "label": "approved",
                                                          "label_positive": "yes", "prediction": "predicted", "prediction_positive": "yes"])
        let sections = try XCTUnwrap(audit["sections"] as? [[String: Any]])
        let groups = try XCTUnwrap(sections.first?["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["name"] as? String }, ["sex=Female", "sex=Male"])
        XCTAssertEqual(groups.map { $0["rows"] as? Int }, [100, 200])
        XCTAssertEqual((groups[0]["metrics"] as? [String: Any])?["selection_rate"] as? [String: Double], ["value": 0.2])
        let flags = try XCTUnwrap(audit["flags"] as? [[String: Any]])
        XCTAssertEqual(flags.map { $0["metric_id"] as? String }, ["fnr", "selection_rate", "tpr", "ppv", "fpr"])
        XCTAssertEqual(flags[1]["disadvantaged"] as? String, "sex=Female")
        let bias = try XCTUnwrap(audit["data_bias"] as? [String: Any])
        XCTAssertEqual(bias["protected_columns"] as? [String], ["sex"])
        XCTAssertEqual(bias["feature_columns"] as? [String], ["applicant", "age", "score"], "the label and prediction are not features")
    }

    func testConfidenceAndBootstrapOptions() throws {
        let run = try audit(["--format", "json", "--confidence", "0.9", "--bootstrap", "0"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let audit = try XCTUnwrap(try jsonObject(run)["audit"] as? [String: Any])
        let uncertainty = try XCTUnwrap(audit["uncertainty"] as? [String: Any])
        XCTAssertEqual(uncertainty["confidence"] as? Double, 0.9)
        XCTAssertEqual(uncertainty["bootstrap_replicates"] as? Int, 0)
        let groups = try XCTUnwrap((audit["sections"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]])
        // Wilson 20/100 at 90% (z = 1.644854, z² = 2.705544): centre 0.2135277/1.0270554 = 0.207903, half 1.601523 · √0.0016676 = 0.065401,
        // so [0.142502, 0.273304] (statsmodels: 0.14250182366028782, 0.2733038088096168).
        let interval = try XCTUnwrap((groups[0]["intervals"] as? [String: Any])?["selection_rate"] as? [String: Double])
        XCTAssertEqual(try XCTUnwrap(interval["lower"]), 0.14250182366028782, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(interval["upper"]), 0.2733038088096168, accuracy: 1e-12)
        XCTAssertNil((audit["flags"] as? [[String: Any]])?.first?["disparity_interval"], "no bootstrap, no interval of a ratio")
        for bad in [["--confidence", "1.5"], ["--confidence", "95"], ["--bootstrap", "-3"], ["--bootstrap", "many"]] {
            let refused = try self.audit(bad)
            XCTAssertEqual(refused.exitCode, 64, bad.joined(separator: " "))
            XCTAssertTrue(refused.stderr.contains(bad[0]), refused.stderr)
        }
    }

    func testMarkdownAndHTMLCarryTheSameReport() throws {
        let markdown = try audit(["--format", "markdown"])
        XCTAssertEqual(markdown.exitCode, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# Fairness audit of loans.csv\n"))
        XCTAssertTrue(markdown.stdout.contains("\n## Summary\n"))
        XCTAssertTrue(markdown.stdout.contains("| Female "))
        let html = try audit(["--format", "html", "--bootstrap", "0"])
        XCTAssertTrue(html.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.stdout.contains("<h2>Summary</h2>"))
        XCTAssertTrue(html.stdout.contains("<td class=\"num flag\">0.40 !</td>"))
        XCTAssertFalse(containsEscape(html.stdout))
    }

    func testOutWritesTheReportAndSaysWhereItWent() throws {
        let run = try audit(["--format", "html", "--out", "report.html"])
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let path = folder.appendingPathComponent("report.html").standardizedFileURL.path
        XCTAssertEqual(run.stdout, "Wrote the audit (html) to \(path): 5 flags.\n")
        let written = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(written, try audit(["--format", "html"]).stdout)
        // Text to a file is never styled.
        _ = try audit(["--out", "report.txt"], environment: ["FORCE_COLOR": "1"])
        XCTAssertFalse(containsEscape(try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)))
        // A missing folder is the file system not fitting a well-formed command line: bad input.
        let nowhere = try audit(["--out", "missing/report.txt"])
        XCTAssertEqual(nowhere.exitCode, 65)
        XCTAssertTrue(nowhere.stderr.hasPrefix("error: --out: the folder \(folder.appendingPathComponent("missing").standardizedFileURL.path) "
                                               + "does not exist; create it"), nowhere.stderr)
    }

    func testFailOnFlagExitsOneOnlyWhenSomethingIsFlagged() throws {
        XCTAssertEqual(try audit(["--fail-on-flag"]).exitCode, 1)
        XCTAssertEqual(try audit().exitCode, 0, "a flag is a finding, not an error")
        // Accuracy alone: 0.7 / 0.8 = 0.875, within [0.8, 1.25].
        let fair = try audit(["--metrics", "accuracy", "--fail-on-flag"])
        XCTAssertEqual(fair.exitCode, 0, fair.stdout)
        XCTAssertTrue(fair.stdout.contains("Nothing is flagged"))
    }

    func testScoresAtAThresholdAndNumericGroups() throws {
        // score >= 0.5 is exactly predicted = yes, so the flags are the same.
        let scored = try learn(["--data", "loans.csv", "--label", "approved", "--positive", "yes", "--score", "score",
                                "--threshold", "0.5", "--protected", "sex", "--format", "json"])
        XCTAssertEqual(scored.exitCode, 0, scored.stderr)
        let report = try XCTUnwrap(try jsonObject(scored)["audit"] as? [String: Any])
        XCTAssertEqual((report["source"] as? [String: Any])?["score_threshold"] as? Double, 0.5)
        XCTAssertEqual((report["flags"] as? [[String: Any]])?.count, 5)
        // Ages 18-70: numeric, so they need bins or a threshold.
        let ungrouped = try audit(protected: "age")
        XCTAssertEqual(ungrouped.exitCode, 65)
        XCTAssertTrue(ungrouped.stderr.contains("--bins age=LOW-HIGH,...,LOW- (e.g. --bins age=18-25,26-40,41-) or --privileged 'age>NUMBER'"),
                      ungrouped.stderr)
        let binned = try audit(["--bins", "age=18-25,26-40,41-", "--format", "json"], protected: "age")
        XCTAssertEqual(binned.exitCode, 0, binned.stderr)
        let groups = try XCTUnwrap((((try jsonObject(binned)["audit"] as? [String: Any])?["sections"] as? [[String: Any]])?.first)?["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["name"] as? String }, ["age=18-25", "age=26-40", "age=41 or over"])
        let split = try audit(["--privileged", "age>25,sex=Male"], protected: "sex,age")
        XCTAssertEqual(split.exitCode, 0, split.stderr)
        XCTAssertTrue(split.stdout.contains("Privileged: age=over 25"), split.stdout)
        XCTAssertTrue(split.stdout.contains("sex x age"))
    }

    func testBadDataIsAClearErrorWithExitStatus65() throws {
        func check(_ run: LearnRun, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertEqual(run.exitCode, 65, run.stderr, file: file, line: line)
            XCTAssertEqual(run.stdout, "", file: file, line: line)
            XCTAssertEqual(run.stderr, "error: " + message + "\n", file: file, line: line)
        }
        check(try audit(protected: "sx"),
              "loans.csv: no column named 'sx'; did you mean 'sex'? (columns: applicant, sex, age, approved, predicted, score)")
        try write("income,predicted,sex\n>50K,>50K,M\n<=50K,<=50K,F\n>50K.,>50K,F\n", to: "adult.csv")
        check(try learn(["--data", "adult.csv", "--label", "income", "--positive", ">50K", "--prediction", "predicted", "--protected", "sex"]),
              "adult.csv: column 'income' has 3 values (<=50K, >50K, >50K.); a binary label needs 2")
        check(try learn(["--data", "adult.csv", "--label", "predicted", "--prediction", "predicted", "--protected", "sex"]),
              "adult.csv: column 'predicted' (the label) holds <=50K, >50K; say which value is the positive outcome with --positive VALUE")
        try write("y,p,sex\n1,1,M\n0,0,M\n,1,X\n1,0,F\n", to: "gaps.csv")
        check(try learn(["--data", "gaps.csv", "--label", "y", "--prediction", "p", "--protected", "sex"]),
              "gaps.csv: column 'y' (the label) is missing in 1 row (row 3); fill in the missing values or drop those rows "
              + "(--drop-missing leaves them out and reports how many)")
        check(try learn(["--data", "gaps.csv", "--label", "y", "--prediction", "p", "--protected", "sex", "--drop-missing"]),
              "gaps.csv: after dropping 1 row with missing values, the group sex=X has no rows left (every row of it lacked a value); "
              + "fill in its missing values, or remove the group from the data if it should not be audited")
        let nowhere = folder.appendingPathComponent("nope.csv").standardizedFileURL.path
        check(try learn(["--data", "nope.csv", "--label", "y", "--prediction", "p", "--protected", "sex"]),
              "\(nowhere): cannot read the file: no such file. Fix: check the path and that the file exists and is readable.")
        // Empty: the fix speaks of the file, not of reader settings the command line does not have.
        try write("", to: "empty.csv")
        check(try learn(["--data", "empty.csv", "--label", "y", "--prediction", "p", "--protected", "sex"]),
              "\(folder.appendingPathComponent("empty.csv").standardizedFileURL.path): the file is empty (no header and no rows). "
              + "Fix: check that this is the right file; a CSV file starts with a header line naming its columns, then a line per row.")
        try write("y,p,sex\n1,1,M\n0,\"0\"x,F\n", to: "broken.csv")
        let broken = folder.appendingPathComponent("broken.csv").standardizedFileURL.path
        check(try learn(["--data", "broken.csv", "--label", "y", "--prediction", "p", "--protected", "sex"]),
              "\(broken):3:2: text follows the closing quote of field 2. Fix: quote the whole field and write a quote inside it as two quotes (\"\").")
        try write("y,p,sex\n1,1,M\n0,0\n", to: "ragged.csv")
        let ragged = folder.appendingPathComponent("ragged.csv").standardizedFileURL.path
        check(try learn(["--data", "ragged.csv", "--label", "y", "--prediction", "p", "--protected", "sex"]),
              "\(ragged):3: line 3 has 2 fields, the header has 3. Fix: look for a missing or extra delimiter on that line; "
              + "quote fields that contain the delimiter (\"a,b\").")
    }

    func testAWrongCommandLineIsAUsageErrorWithExitStatus64() throws {
        func check(_ run: LearnRun, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertEqual(run.exitCode, 64, run.stderr, file: file, line: line)
            XCTAssertTrue(run.stderr.hasPrefix("error: " + message), run.stderr, file: file, line: line)
        }
        check(try learn(["--label", "approved", "--prediction", "predicted", "--protected", "sex"]),
              "missing required option '--data'\nUSAGE: learn audit --data <file>")
        check(try audit(["--metrics", "selection_rate,tpt"]), "--metrics: no group metric 'tpt'; did you mean 'tpr'?")
        check(try audit(["--format", "pdf"]), "option '--format' needs one of text, json, markdown, html (got 'pdf')")
        check(try audit(["--score", "score"]), "--score: give either --prediction or --score, not both")
        check(try audit(["--privileged", "race=White"]),
              "--privileged: 'race' is not one of the protected columns (sex); add it to --protected or correct the name")
        check(try audit(["--tau", "2"]), "--tau: 2 is not in (0, 1]")
        check(try audit(["--colour"]), "unknown option '--colour'")
    }

    func testTheHelpDescribesTheCommand() throws {
        let run = try learn(["--help"])
        XCTAssertEqual(run.exitCode, 0)
        XCTAssertTrue(run.stdout.hasPrefix("OVERVIEW: Audit a CSV file of predictions for fairness"))
        for option in ["--data <file>", "--label <col>", "--prediction <col>", "--score <col>", "--protected <cols>", "--privileged <rules>",
                       "--bins <ranges>", "--reference <ref>", "--metrics <ids>", "--format <format>", "--fail-on-flag", "--data-bias"] {
            XCTAssertTrue(run.stdout.contains(option), option)
        }
    }
}
