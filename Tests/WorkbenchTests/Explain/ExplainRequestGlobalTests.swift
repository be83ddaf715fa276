import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `--method permutation-importance` and `pdp`: the model over every row of the file.
extension ExplainRequestTests {
    /// Income's grid is its 8 distinct values (fewer than 100, scikit-learn's rule), in the file's
    /// units; each row's ICE curve passes through the model's own output at the row's own income
    /// (read here from exact SHAP's f(x)), and PD is the mean of the ICE curves.
    func testPartialDependenceIsInTheFilesUnits() throws {
        let result = try explain { $0.method = "pdp" }
        XCTAssertTrue(result.rows.isEmpty)
        guard case let .dependence(column, grid, pd, rows) = try XCTUnwrap(result.global.first) else { return XCTFail("not a pdp") }
        XCTAssertEqual(column, "income")
        XCTAssertEqual(grid, ["15", "20", "25", "30", "35", "45", "50", "60"])
        XCTAssertEqual(rows, Array(0..<8))
        let exact = try explain { $0.method = "exact-shap"; $0.rows = "0-7" }
        let incomes = ["20", "30", "25", "50", "60", "35", "15", "45"]
        for case let .shapley(r, _, _, _) in exact.rows {
            let k = try XCTUnwrap(grid.firstIndex(of: incomes[r.index]))
            XCTAssertEqual(pd.individual[r.index][k], r.output, accuracy: 1e-12)
        }
        for k in grid.indices { XCTAssertEqual(pd.average[k], pd.individual.map { $0[k] }.reduce(0, +) / 8, accuracy: 1e-12) }
        XCTAssertTrue(result.text().contains("Partial dependence on income"))
        XCTAssertTrue(try result.json().contains("\"kind\" : \"pdp\""))
    }

    /// A category column varies as a whole: the grid is its levels (clerk, nurse); row r's ICE
    /// value at its own level is the model's output on the row (exact SHAP's f(x)), at the other
    /// level the output on a copy of the file with every job swapped: each row through the
    /// encoder, not through the explainer's one-hot arithmetic.
    func testPartialDependenceOverACategoryColumn() throws {
        let result = try explain { $0.method = "pdp"; $0.features = "job" }
        guard case let .dependence(column, grid, pd, _) = try XCTUnwrap(result.global.first) else { return XCTFail("not a pdp") }
        XCTAssertEqual(column, "job")
        XCTAssertEqual(grid, ["clerk", "nurse"])
        let swapped = applicants.replacingOccurrences(of: "clerk", with: "X").replacingOccurrences(of: "nurse", with: "clerk")
            .replacingOccurrences(of: "X", with: "nurse")
        try Data(swapped.utf8).write(to: folder.appendingPathComponent("swapped.csv"))
        let own = try explain { $0.method = "exact-shap"; $0.rows = "0-7" }
        let other = try explain { $0.method = "exact-shap"; $0.rows = "0-7"; $0.data = "swapped.csv"; $0.background = "applicants.csv" }
        let jobs = ["clerk", "nurse", "clerk", "nurse", "nurse", "clerk", "clerk", "nurse"]
        for (a, b) in zip(own.rows, other.rows) {
            guard case let .shapley(ra, _, _, _) = a, case let .shapley(rb, _, _, _) = b else { return XCTFail("not Shapley") }
            let k = jobs[ra.index] == "clerk" ? 0 : 1
            XCTAssertEqual(pd.individual[ra.index][k], ra.output, accuracy: 1e-12)
            XCTAssertEqual(pd.individual[ra.index][1 - k], rb.output, accuracy: 1e-12)
        }
        for k in grid.indices { XCTAssertEqual(pd.average[k], pd.individual.map { $0[k] }.reduce(0, +) / 8, accuracy: 1e-12) }
    }

    /// The baseline is the accuracy of P > 0.5 against the file's labels (no, yes, no, yes, yes,
    /// yes, no, no), counted from exact SHAP's outputs; one importance per source column with one
    /// drop per repeat.
    func testPermutationImportanceScoresTheFilesLabels() throws {
        let result = try explain { $0.method = "permutation-importance"; $0.samples = "3" }
        guard case let .importance(metric, baseline, repeats, rows, importances) = try XCTUnwrap(result.global.first) else {
            return XCTFail("not importance")
        }
        let exact = try explain { $0.method = "exact-shap"; $0.rows = "0-7" }
        let labels = [0, 1, 0, 1, 1, 1, 0, 0]
        var right = 0
        for case let .shapley(r, _, _, _) in exact.rows where (r.output > 0.5 ? 1 : 0) == labels[r.index] { right += 1 }
        XCTAssertEqual(metric, "accuracy")
        XCTAssertEqual(baseline, Double(right) / 8, accuracy: 1e-12)
        XCTAssertEqual(repeats, 3)
        XCTAssertEqual(rows, 8)
        XCTAssertEqual(importances.map(\.name), ["income", "job"])
        XCTAssertEqual(importances.map(\.drops.count), [3, 3])
    }

    func testGlobalOptionsAreChecked() {
        let cases: [(String, (inout ExplainRequest) -> Void)] = [
            ("--features: 'age' is not a feature of the model", { $0.method = "pdp"; $0.features = "age" }),
            ("--metric: 'auc' is not one of accuracy", { $0.method = "permutation-importance"; $0.metric = "auc" }),
            ("--output: permutation-importance scores predicted labels", { $0.method = "permutation-importance"; $0.output = "log-odds" }),
        ]
        for (message, change) in cases {
            XCTAssertThrowsError(try explain(change)) { error in
                XCTAssertEqual((error as? RequestFailure)?.kind, .usage, message)
                XCTAssertTrue("\(error)".hasPrefix(message), "\(error) vs \(message)")
            }
        }
    }
}

extension ExplainRequestTests {
    /// The report route: Markdown has a section per row with the columns' values and signed
    /// attributions and the narrative; HTML written with --out lands in the file; JSON is the
    /// command's own contract.
    func testReportRouteCarriesRowsAndNarratives() throws {
        let result = try explain { $0.method = "exact-shap"; $0.rows = "0,2" }
        let prepared = try result.report()
        guard case .text(let markdown) = try prepared.deliver(as: .markdown, to: nil, currentDirectory: folder, width: 80) else {
            return XCTFail("not text")
        }
        for case let .shapley(r, _, _, narrative) in result.rows {
            XCTAssertTrue(markdown.contains("## Row \(r.index)"), "row \(r.index)")
            XCTAssertTrue(markdown.contains(narrative))
        }
        XCTAssertTrue(markdown.contains("income = 20"), markdown)
        _ = try prepared.deliver(as: .html, to: "why.html", currentDirectory: folder, width: 80)
        let html = try String(contentsOf: folder.appendingPathComponent("why.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<h2>Row 2</h2>") || html.contains("Row 2</h2>"), html)
        guard case .text(let json) = try prepared.deliver(as: .json, to: nil, currentDirectory: folder, width: 80) else { return XCTFail("not text") }
        XCTAssertEqual(json, try result.json())
        let importance = try explain { $0.method = "permutation-importance" }.report()
        guard case .text(let page) = try importance.deliver(as: .markdown, to: nil, currentDirectory: folder, width: 80) else { return XCTFail("not text") }
        XCTAssertTrue(page.contains("## Permutation importance"))
    }
}

extension ExplainRequestTests {
    /// Kernel SHAP reports as coalitions are evaluated. With a clock that moves 1 s between
    /// reports every report is shown: at least one per row (after it), the rows counted up, and
    /// the last with every coalition done and nothing left. With a clock that stands still only
    /// the first is (the throttle's interval never passes).
    func testKernelShapReportsProgressByCoalitions() throws {
        let request = ExplainRequest(model: "model.json", data: "applicants.csv", rows: "0-2")
        let lines = LockedLines()
        var now = 0.0
        _ = try request.run(currentDirectory: folder, progress: { lines.append($0) }, clock: { now += 1; return now })
        XCTAssertGreaterThanOrEqual(lines.all.count, 3)
        XCTAssertEqual(lines.all.first?.hasPrefix("kernel-shap: row 1 of 3, "), true)
        let last = try XCTUnwrap(lines.all.last)
        XCTAssertTrue(last.hasPrefix("kernel-shap: row 3 of 3, "), last)
        XCTAssertTrue(last.hasSuffix(" coalitions, about 0 s left"), last)
        let counts = last.components(separatedBy: ", ")[1].components(separatedBy: " ")
        XCTAssertEqual(counts[0], counts[2], "every coalition done at the end: \(last)")
        let still = LockedLines()
        _ = try request.run(currentDirectory: folder, progress: { still.append($0) }, clock: { 5 })
        XCTAssertEqual(still.all.count, 1)
    }

    /// The line's text from the numbers alone: 1,500 of 20,000 coalitions in 1 s leave
    /// 18,500 / 1,500 = 12.3 s; 3 of 4 rows done means row 4 runs; past a minute, minutes and seconds.
    func testProgressTextFromTheRateSoFar() {
        let p = KernelShapley.Progress(done: 1_500, total: 20_000, rowsDone: 3, rows: 40, elapsed: 1)
        XCTAssertEqual(ExplainRequest.progressText(p), "kernel-shap: row 4 of 40, 1,500 of 20,000 coalitions, about 12 s left")
        let slow = KernelShapley.Progress(done: 100, total: 1_000, rowsDone: 0, rows: 2, elapsed: 10)
        // 10 s per 100 coalitions, 900 left: 90 s.
        XCTAssertEqual(ExplainRequest.progressText(slow), "kernel-shap: row 1 of 2, 100 of 1,000 coalitions, about 1 min 30 s left")
        let start = KernelShapley.Progress(done: 0, total: 1_000, rowsDone: 0, rows: 2, elapsed: 0.5)
        XCTAssertEqual(ExplainRequest.progressText(start), "kernel-shap: row 1 of 2, 0 of 1,000 coalitions, estimating the time left")
        let end = KernelShapley.Progress(done: 1_000, total: 1_000, rowsDone: 2, rows: 2, elapsed: 3)
        XCTAssertEqual(ExplainRequest.progressText(end), "kernel-shap: row 2 of 2, 1,000 of 1,000 coalitions, about 0 s left")
    }
}

private final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
