import FairKit
import Foundation

/// `benchmarks consistency`: FairKit's `Consistency` (AIF360's consistency score, exact k-NN,
/// k = 5) next to AIF360's (`aif360.sklearn.metrics.consistency_score`, scikit-learn's ball tree)
/// on the same matrix: Adult (48,842 rows), its six numeric attributes standardized (or, with
/// `--design onehot`, all 14 attributes: missing categories filled with the most frequent, categories
/// one-hot, numbers standardized), the labels as outcomes. Wall and CPU time on both sides.
enum ConsistencyBenchmark {
    static let benchmark = Benchmark(
        name: "consistency",
        summary: "FairKit's Consistency vs AIF360's on Adult (48,842 rows, 6 standardized numeric columns, k = 5)",
        options: options, run: run)

    static let options: [(name: String, help: String)] = [
        ("python", "Python with aif360 for the comparison (default $FAIRWORK_PYTHON; skipped without)."),
        ("runs", "Timed FairKit repetitions (default 3)."),
        ("aif360-runs", "Timed AIF360 repetitions (default 1)."),
        ("design", "numeric (the six numeric columns, default) or onehot (all 14 attributes encoded)."),
    ]

    static let columns = ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"]

    static func run(_ options: BenchmarkOptions) throws {
        let adult = try Dataset.adult()
        let design = options.string("design") ?? "numeric"
        guard design == "numeric" || design == "onehot" else {
            throw BenchmarkOptions.UsageError(message: "--design is numeric or onehot; got '\(design)'")
        }
        let chosen = design == "onehot" ? adult.featureColumns : columns
        var imputer = MissingValueImputer(columns: chosen)
        try imputer.fit(adult.table)
        var encoder = FeatureEncoder(columns: chosen, standardizeNumeric: true)
        let matrix = try encoder.fitTransform(imputer.transform(adult.table)).matrix
        let labels = adult.labels
        print("Data: \(adult.name), \(labels.count) rows x \(matrix.columns) columns (\(chosen.joined(separator: ", ")); "
            + "numbers standardized\(design == "onehot" ? ", categories one-hot" : "")); k = 5")
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
        var score: MetricValue = .undefined(reason: "not run")
        let ours = try ExplainBenchmark.timed(options.int("runs", default: 3)) {
            score = try Consistency.score(features: matrix, outcomes: labels, neighbours: 5)
        }
        print("FairKit: \(Stopwatch.format(ours.wall)) wall, \(Stopwatch.format(ours.cpu)) CPU (medians); consistency \(score)")
        guard let python = options.python else {
            print("\nNo Python given (--python PATH or $FAIRWORK_PYTHON): the comparison with AIF360 was skipped.")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("consistency-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = (0..<matrix.columns).map { "x\($0)" }.joined(separator: ",") + ",y\n"
        for r in 0..<matrix.rows {
            text += (0..<matrix.columns).map { "\(matrix[r, $0])" }.joined(separator: ",") + ",\(labels[r])\n"
        }
        try Data(text.utf8).write(to: file)
        let theirs = try PythonPeer.report(python, script: "consistency.py", [file.path, "--runs", String(options.int("aif360-runs", default: 1))],
                                           as: Report.self)
        let wall = Stopwatch.median(theirs.seconds), cpu = Stopwatch.median(theirs.cpu)
        print("AIF360 \(theirs.version): \(Stopwatch.format(wall)) wall, \(Stopwatch.format(cpu)) CPU (medians of \(theirs.seconds.count)); consistency \(theirs.consistency)")
        print("\nFairKit is \(Stopwatch.ratio(ours: ours.wall, theirs: wall)) (wall), \(Stopwatch.ratio(ours: ours.cpu, theirs: cpu)) (CPU) than AIF360; "
            + "|difference| = \(abs((score.number ?? .nan) - theirs.consistency))")
    }

    private struct Report: Decodable {
        let version: String
        let seconds: [Double]
        let cpu: [Double]
        let consistency: Double
    }
}
