import FairKit
import Foundation

/// `benchmarks explain`: Kernel SHAP and Tree SHAP on Adult, next to shap 0.51 in the same run
/// (scripts/bench/explain_shap.py), with the ratio of wall times and how far the values are apart.
///
/// 1. Kernel SHAP: Adult (combined, rows with missing values dropped, numeric columns
///    standardised, categoricals one-hot), a logistic regression (C = 1) fitted on all rows; rows
///    0..99 explained in probability space against rows 100..199 as background, 500 coalition
///    samples, single features as players. shap gets the same rows and the same coefficients
///    (`KernelExplainer` on p(z) = σ(z·β + b), `l1_reg=False`). Sampling differs (each side its
///    own random stream), so the values agree within sampling error; efficiency holds on both.
/// 2. Tree SHAP: a depth-8 tree on the same design, 1,000 rows explained (path-dependent), against
///    shap's `TreeExplainer` on scikit-learn's depth-8 tree of the same data (shap's C++ core).
/// 3.–4. Kernel SHAP of models shap must call as black boxes: a depth-8 tree and Gaussian naive
///    Bayes (`ExplainBlackBoxBenchmark.swift`).
enum ExplainBenchmark {
    static let benchmark = Benchmark(
        name: "explain",
        summary: "Kernel SHAP (100 Adult rows, 100 background rows, 500 samples; logistic, tree, naive Bayes) and Tree SHAP (depth 8, 1,000 rows) vs shap",
        options: [("python", "Python with shap and scikit-learn for the comparison (default: $FAIRWORK_PYTHON; none: skipped)."),
                  ("repeats", "FairKit runs to time; the median is reported (default 3). shap runs once."),
                  ("only", "Run one part: logistic (1), tree-shap (2) or black-box (3 and 4); default all.")],
        run: run)

    struct KernelReport: Decodable {
        let seconds: Double
        let cpu: Double
        let base: Double
        let values: [[Double]]
    }

    struct TreeReport: Decodable {
        let seconds: Double
        let cpu: Double
    }

    /// Wall and CPU seconds (user + system, every thread) of `body`: on a loaded machine the CPU
    /// time is the fairer comparison, and both are printed.
    static func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpuStart = cpuSeconds()
        let wall = try Stopwatch.time(body)
        return (wall, cpuSeconds() - cpuStart)
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Medians of wall and CPU time over `repeats` runs.
    static func timed(_ repeats: Int, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let runs = try (0..<repeats).map { _ in try measure(body) }
        return (Stopwatch.median(runs.map(\.wall)), Stopwatch.median(runs.map(\.cpu)))
    }

    static func run(_ options: BenchmarkOptions) throws {
        let repeats = try options.int("repeats", default: 3)
        let adult = try Dataset.adult(.combined, droppingMissing: true)
        var encoder = FeatureEncoder(columns: adult.featureColumns, standardizeNumeric: true)
        let encoded = try encoder.fitTransform(adult.table)
        let (x, y) = (encoded.matrix, adult.labels)
        print("Adult: \(x.rows) rows x \(x.columns) columns; \(ProcessInfo.processInfo.activeProcessorCount) cores; "
            + "FairKit medians of \(repeats) runs\n")
        if options.python == nil { print("shap comparison skipped: pass --python PATH or set FAIRWORK_PYTHON\n") }
        let parts: [(name: String, run: () throws -> Void)] = [
            ("logistic", { try kernel(x, y, names: encoded.featureNames, python: options.python, repeats: repeats) }),
            ("tree-shap", { try tree(x, y, names: encoded.featureNames, python: options.python, repeats: repeats) }),
            ("black-box", { try blackBox(x, y, names: encoded.featureNames, python: options.python, repeats: repeats) }),
        ]
        let only = options.string("only")
        guard only == nil || parts.contains(where: { $0.name == only }) else {
            throw BenchmarkOptions.UsageError(message: "--only takes \(parts.map(\.name).joined(separator: ", ")), not '\(only ?? "")'")
        }
        for (i, part) in parts.enumerated() where only == nil || part.name == only {
            if i > 0, only == nil { print("") }
            try part.run()
        }
    }

    static func kernel(_ x: Matrix, _ y: [Int], names: [String], python: String?, repeats: Int) throws {
        var logistic = try LogisticRegression(penalty: .l2(c: 1))
        try logistic.fit(x, y)
        guard let fitted = logistic.fitted else { throw BenchmarkFailure(description: "the fit left no coefficients") }
        let rows = x.selectingRows(0..<100)
        let background = try Background(x.selectingRows(100..<200))
        let model = try ExplainedModel.classifier(logistic, featureNames: names, space: .probability)
        let explainer = try KernelShapley(model: model, background: background, groupsAsPlayers: false, samples: 500, seed: 0)
        var result: ShapleyExplanation?
        let ours0 = try timed(repeats) { result = try explainer.explain(rows) }
        guard let ours = result else { throw BenchmarkFailure(description: "no explanation") }
        print("1. Kernel SHAP, 100 rows x 100 background rows, 500 samples, probability space")
        print(line("FairKit KernelShapley", ours0, String(format: "worst relative efficiency residual %.1e", ours.worstRelativeEfficiencyResidual)))
        guard let python else { return }
        let file = try temporaryFile(rows.storage + background.rows.storage + fitted.coefficients + [fitted.intercept])
        defer { try? FileManager.default.removeItem(at: file) }
        let report = try PythonPeer.report(python, script: "explain_shap.py",
                                           ["kernel", file.path, "100", "100", "\(x.columns)", "500"], as: KernelReport.self)
        let apart = gap(ours, report.values)
        print(line("shap KernelExplainer", (report.seconds, report.cpu), "FairKit is \(ratios(ours0, report.seconds, report.cpu)); "
            + String(format: "base values %.2e apart; |FairKit - shap| mean %.1e, max %.1e", abs(report.base - ours.rows[0].baseValue),
                     apart.mean, apart.max)))
    }

    static func tree(_ x: Matrix, _ y: [Int], names: [String], python: String?, repeats: Int) throws {
        var tree = try DecisionTree(maxDepth: 8)
        try tree.fit(x, y)
        let explainer = try TreeShapley(tree: tree, featureNames: names)
        let rows = x.selectingRows(0..<1000)
        var result: ShapleyExplanation?
        let ours0 = try timed(repeats) { result = try explainer.explain(rows) }
        guard let ours = result else { throw BenchmarkFailure(description: "no explanation") }
        print("2. Tree SHAP (path-dependent), depth-\(tree.depth) tree with \(tree.nodes.count) nodes, 1,000 rows")
        print(line("FairKit TreeShapley", ours0, String(format: "worst relative efficiency residual %.1e", ours.worstRelativeEfficiencyResidual)))
        guard let python else { return }
        var values = [Double]()
        values.reserveCapacity(x.rows * (x.columns + 1))
        for r in 0..<x.rows { values += x.row(r) + [Double(y[r])] }
        let file = try temporaryFile(values)
        defer { try? FileManager.default.removeItem(at: file) }
        let report = try PythonPeer.report(python, script: "explain_shap.py", ["tree", file.path, "\(x.rows)", "\(x.columns)", "8"],
                                           as: TreeReport.self)
        print(line("shap TreeExplainer (C++), scikit-learn's tree", (report.seconds, report.cpu),
                   "FairKit is \(ratios(ours0, report.seconds, report.cpu))"))
    }

    /// `values` as raw float64 (this machine's byte order, little-endian) in a new temporary file
    /// for the Python side; the caller removes it.
    static func temporaryFile(_ values: [Double]) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-explain-\(UUID().uuidString).bin")
        try values.withUnsafeBytes { Data($0) }.write(to: file)
        return file
    }

    static func line(_ label: String, _ time: (wall: Double, cpu: Double), _ note: String) -> String {
        "  " + label.padding(toLength: 48, withPad: " ", startingAt: 0) + Stopwatch.format(time.wall) + " wall, "
            + Stopwatch.format(time.cpu) + " CPU   " + note
    }

    static func ratios(_ ours: (wall: Double, cpu: Double), _ wall: Double, _ cpu: Double) -> String {
        "\(Stopwatch.ratio(ours: ours.wall, theirs: wall)) (wall), \(Stopwatch.ratio(ours: ours.cpu, theirs: cpu)) (CPU)"
    }
}
