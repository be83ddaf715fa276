import FairKit
import Foundation

/// `benchmarks mitigate`: exponentiated gradient (demographic parity, ε = 0.01, Fairlearn's other
/// defaults) and the threshold optimizer (demographic parity, accuracy, grid 1000) on Adult's
/// 32,561 training rows, protected `sex`, against Fairlearn 0.15's in the same run
/// (scripts/bench/mitigation.py), with the expected accuracy and demographic parity difference of
/// each on the same rows.
///
/// The design is built once here (missing values filled by `MissingValueImputer`, numeric columns
/// standardised, categoricals one-hot, `sex` kept as a feature as in Fairlearn's examples) and
/// handed to Python as raw float64, so both sides fit identical numbers. The base model is
/// logistic regression with C = 1 at its optimum on both sides (FairKit's Newton solver;
/// scikit-learn's `newton-cholesky` at tol 1e-10). Python's numeric libraries run on one thread;
/// FairKit's fit builds its Hessian and evaluates its objective and gradient on every core
/// (`SparseRowMatrix.weightedGram`, `LogisticObjective.evaluate`), the rest on one. Wall and CPU time (user + system, every thread) on both sides: the CPU ratio compares
/// the work done, and on a loaded machine it is the fairer comparison.
enum MitigationBenchmark {
    static let benchmark = Benchmark(
        name: "mitigate",
        summary: "exponentiated gradient and the threshold optimizer on Adult (32,561 rows) vs Fairlearn",
        options: [
            ("python", "Python with fairlearn and scikit-learn for the comparison (default: $FAIRWORK_PYTHON; none: skipped)."),
            ("repeats", "Runs to time on each side; medians are reported (default 1)."),
        ],
        run: run)

    struct Report: Decodable {
        struct Result: Decodable {
            let seconds: Double
            let cpu: Double
            let accuracy: Double
            let dp_difference: Double
        }
        let exponentiated_gradient: Result
        let threshold_optimizer: Result
    }

    static func run(_ options: BenchmarkOptions) throws {
        let repeats = try options.int("repeats", default: 1)
        let (x, y, sex) = try adultDesign()
        print("Adult training rows: \(x.rows) x \(x.columns) columns, protected sex; medians of \(repeats) runs; Python on one thread, FairKit's Hessians and objective on every core\n")
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .demographicParity)
        let egSeconds = try ExplainBenchmark.timed(repeats) { try eg.fit(x, y, sensitive: sex) }
        let egScores = try evaluate(eg.predictProbability(x), y, sex)
        let report = eg.fitted?.report
        print(row("FairKit exponentiated gradient", egSeconds, egScores,
                  "\(report?.iterations ?? 0) iterations, \(report?.oracleCalls ?? 0) fits"))

        var base = try LogisticRegression()
        try base.fit(x, y)
        var scores: [Double] = []
        var optimizer = try ThresholdOptimizer(constraint: .demographicParity)
        // Scoring the rows is inside the timed region, as Fairlearn's fit scores them too.
        let toSeconds = try ExplainBenchmark.timed(repeats) {
            scores = try base.predictProbability(x)
            try optimizer.fit(scores: scores, labels: y, sensitive: sex)
        }
        let toScores = try evaluate(optimizer.predictProbability(scores: scores, sensitive: sex), y, sex)
        print(row("FairKit threshold optimizer (prefit base)", toSeconds, toScores, ""))
        guard let python = options.python else {
            print("\nFairlearn comparison skipped: pass --python PATH or set FAIRWORK_PYTHON to an interpreter with fairlearn")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-mitigate-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        var values = [Double]()
        values.reserveCapacity(x.rows * (x.columns + 2))
        for r in 0..<x.rows {
            values.append(contentsOf: x.row(r))
            values.append(Double(y[r]))
            values.append(Double(sex.codes[r]))
        }
        try values.withUnsafeBytes { Data($0) }.write(to: file)
        let theirs = try PythonPeer.report(python, script: "mitigation.py", [file.path, "\(x.rows)", "\(x.columns)", "--repeats", "\(repeats)"],
                                           as: Report.self)
        for (label, ours, result) in [("Fairlearn ExponentiatedGradient", (egSeconds, egScores), theirs.exponentiated_gradient),
                                      ("Fairlearn ThresholdOptimizer (prefit base)", (toSeconds, toScores), theirs.threshold_optimizer)] {
            print(row(label, (result.seconds, result.cpu), (result.accuracy, result.dp_difference),
                      "FairKit is \(Stopwatch.ratio(ours: ours.0.wall, theirs: result.seconds)) (CPU: "
                      + "\(Stopwatch.ratio(ours: ours.0.cpu, theirs: result.cpu))); |accuracy difference| "
                      + String(format: "%.4f", abs(ours.1.0 - result.accuracy)) + ", |DP difference difference| "
                      + String(format: "%.4f", abs(ours.1.1 - result.dp_difference))))
        }
    }

    /// Adult's training part, imputed, encoded, with its labels and sex column.
    static func adultDesign() throws -> (Matrix, [Int], SensitiveFeature) {
        let adult = try Dataset.adult(.train)
        var imputer = MissingValueImputer(columns: adult.featureColumns)
        try imputer.fit(adult.table)
        let table = try imputer.transform(adult.table)
        var encoder = FeatureEncoder(columns: adult.featureColumns, standardizeNumeric: true)
        let encoded = try encoder.fitTransform(table)
        return (encoded.matrix, adult.labels, SensitiveFeature(try table.column("sex")))
    }

    /// Expected accuracy and demographic parity difference from P(positive).
    static func evaluate(_ p: [Double], _ y: [Int], _ sex: SensitiveFeature) throws -> (Double, Double) {
        let counts = try GroupedCounts(labels: y, probabilities: p, groups: GroupIndex([sex]))
        return (counts.overall.accuracy.number ?? .nan, FairlearnDisparity.demographicParity.difference(in: counts).number ?? .nan)
    }

    private static func row(_ label: String, _ seconds: (wall: Double, cpu: Double), _ scores: (Double, Double), _ note: String) -> String {
        "  " + label.padding(toLength: 44, withPad: " ", startingAt: 0) + Stopwatch.format(seconds.wall)
            + " (CPU " + Stopwatch.format(seconds.cpu) + ")"
            + String(format: "   accuracy %.4f, DP difference %.4f   ", scores.0, scores.1) + note
    }
}
