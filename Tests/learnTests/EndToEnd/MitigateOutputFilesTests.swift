import FairKit
import Foundation
import XCTest

/// Where `learn mitigate` and `learn tradeoff` write, every combination of `--format`, `--out`
/// and their own file option (`--model-out`, `--sweep-out`), through the built binary on German
/// Credit (rows 0..699 to train, 700..999 to compare): `--out` is the report with `--format
/// html|markdown` (or an .html/.md file and no --format), the model file or the sweep otherwise;
/// two options naming one file are a usage error (exit 64) that writes nothing.
final class MitigateOutputFilesTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try GermanSplitFolder.make("learn-mitigate-out")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func learn(_ command: String, _ extra: String...) throws -> LearnRun { try learn(command, extra) }

    func learn(_ command: String, _ extra: [String]) throws -> LearnRun {
        let method = command == "mitigate" ? ["--method", "threshold-optimizer"] : ["--methods", "threshold-optimizer"]
        return try LearnRun.run([command, "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                                 "--protected", "age_group", "--exclude", "sex"] + method + extra, in: folder)
    }

    func text(_ file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    func exists(_ file: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path)
    }

    func isModelFile(_ file: String) throws -> Bool {
        try ModelFile.kind(of: Data(contentsOf: folder.appendingPathComponent(file))) == .mitigatedPipeline
    }

    func testMitigateOutIsTheModelFileForTextAndJSON() throws {
        for format in [[], ["--format", "text"], ["--format", "json"]] {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("m.json"))
            let run = try learn("mitigate", ["--out", "m.json"] + format)
            XCTAssertEqual(run.exitCode, 0, run.stderr)
            XCTAssertTrue(try isModelFile("m.json"), "\(format)")
        }
        let modelOut = try learn("mitigate", "--format", "json", "--model-out", "n.json")
        XCTAssertEqual(modelOut.exitCode, 0, modelOut.stderr)
        XCTAssertTrue(try isModelFile("n.json"))
        XCTAssertEqual(try jsonObject(modelOut)["model_file"] as? String, folder.appendingPathComponent("n.json").path)
    }

    func testMitigateOutIsTheReportWithHTMLOrMarkdownBesideTheModelFile() throws {
        let html = try learn("mitigate", "--format", "html", "--out", "r.html", "--model-out", "m.json")
        XCTAssertEqual(html.exitCode, 0, html.stderr)
        XCTAssertTrue(try text("r.html").contains("<h2>Baseline against mitigated</h2>"))
        XCTAssertTrue(try isModelFile("m.json"))
        XCTAssertTrue(html.stdout.contains("Wrote the mitigation report (html)"), html.stdout)
        XCTAssertTrue(html.stdout.contains("Wrote the mitigated model to \(folder.appendingPathComponent("m.json").path)."), html.stdout)
        // An .md file without --format asks for the Markdown report; no model file is written.
        let inferred = try learn("mitigate", "--out", "r.md")
        XCTAssertEqual(inferred.exitCode, 0, inferred.stderr)
        XCTAssertTrue(try text("r.md").hasPrefix("# Mitigation: threshold-optimizer on age\\_group"))
        // The report on standard output stays clean: the model file's line goes to standard error.
        let printed = try learn("mitigate", "--format", "markdown", "--model-out", "p.json")
        XCTAssertEqual(printed.exitCode, 0, printed.stderr)
        XCTAssertTrue(printed.stdout.hasPrefix("# Mitigation: threshold-optimizer on age\\_group"), printed.stdout)
        XCTAssertFalse(printed.stdout.contains("Wrote the mitigated model"))
        XCTAssertTrue(printed.stderr.contains("Wrote the mitigated model to"), printed.stderr)
        XCTAssertTrue(try isModelFile("p.json"))
    }

    func testMitigateConflictingOutputsAreUsageErrors() throws {
        let cases: [(arguments: [String], message: String)] = [
            (["--format", "text", "--out", "a.json", "--model-out", "b.json"], "'--out' and '--model-out' cannot be used together"),
            (["--out", "a.json", "--model-out", "b.json"], "'--out' and '--model-out' cannot be used together"),
            (["--format", "html", "--out", "x.json", "--model-out", "x.json"], "option '--model-out' needs a file of its own (--out names the same file)"),
            (["--format", "markdown", "--out", "./sub/../r.md", "--model-out", "r.md"], "option '--model-out' needs a file of its own"),
            (["--out", "train.csv"], "option '--out' needs a file of its own (--data names the same file)"),
            (["--format", "html", "--out", "r.html", "--model-out", "test.csv"], "(--test names the same file)"),
        ]
        for (arguments, message) in cases {
            let run = try learn("mitigate", arguments)
            XCTAssertEqual(run.exitCode, 64, "\(arguments)")
            XCTAssertTrue(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        let repaired = try LearnRun.run(["mitigate", "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                                         "--protected", "age_group", "--method", "di-remover", "--format", "html", "--out", "r.html",
                                         "--repaired-out", "r.html"], in: folder)
        XCTAssertEqual(repaired.exitCode, 64)
        XCTAssertTrue(repaired.stderr.contains("option '--repaired-out' needs a file of its own (--out names the same file)"), repaired.stderr)
        // --report was the report's file before --out took that role: it is gone, not an alias.
        XCTAssertEqual(try learn("mitigate", "--report", "r.html").exitCode, 64)
        for file in ["a.json", "b.json", "x.json", "r.md", "r.html"] { XCTAssertFalse(exists(file), file) }
        XCTAssertEqual(try text("train.csv"), CSVWriter().string(from: try Dataset.germanCredit().table.selectingRows(Array(0..<700))))
    }

    func testTradeoffOutIsTheSweepOrTheReport() throws {
        let sweep = try learn("tradeoff", "--out", "s.json")
        XCTAssertEqual(sweep.exitCode, 0, sweep.stderr)
        XCTAssertNotNil((try JSONSerialization.jsonObject(with: Data(try text("s.json").utf8)) as? [String: Any])?["points"])
        let both = try learn("tradeoff", "--format", "html", "--out", "t.html", "--sweep-out", "t.json")
        XCTAssertEqual(both.exitCode, 0, both.stderr)
        XCTAssertTrue(try text("t.html").contains("Accuracy against disparity"))
        XCTAssertEqual(try text("t.json"), try text("s.json"), "the same sweep, written by --out or --sweep-out")
        XCTAssertTrue(both.stdout.contains("Wrote t.json."), both.stdout)
        for (arguments, message) in [(["--format", "json", "--out", "a.json", "--sweep-out", "b.json"], "'--out' and '--sweep-out' cannot be used together"),
                                     (["--format", "markdown", "--out", "c.md", "--sweep-out", "c.md"], "option '--sweep-out' needs a file of its own")] {
            let run = try learn("tradeoff", arguments)
            XCTAssertEqual(run.exitCode, 64, "\(arguments)")
            XCTAssertTrue(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        for file in ["a.json", "b.json", "c.md"] { XCTAssertFalse(exists(file), file) }
    }
}
