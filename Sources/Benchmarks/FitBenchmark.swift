import FairKit
import Foundation

/// `benchmarks fit`: times `LogisticRegression.fit` and, given a Python with scikit-learn,
/// scikit-learn's fits in the same run (scripts/bench/fit_logistic.py), with the ratios of wall
/// times and how far the coefficients are apart. Two parts:
///
/// 1. Adult end to end: our `Dataset.adult(.combined, droppingMissing: true)` (SHA-256 checks, CSV
///    parsing, 45,222 rows) + `FeatureEncoder` (numeric columns standardised, categoricals one-hot:
///    104 columns) + fit, against pandas `read_csv` + `dropna` + standardising + `get_dummies` +
///    scikit-learn's fit on the same files.
/// 2. The fit alone on an Adult-sized synthetic design: 48,842 rows x 108 columns, 6 standard
///    normal columns and 8 categoricals with Adult's level counts (9, 16, 7, 15, 6, 5, 2, 42) drawn
///    with Zipf-like skew, all levels kept (14 non-zeros a row); labels from a seeded logistic
///    model. The matrix is handed to Python as raw float64, so both fit identical numbers.
///
/// L2 penalty with C = 1 (scikit-learn's default) throughout. scikit-learn runs with its defaults
/// (lbfgs, tol 1e-4), with lbfgs at tol 1e-10 (the optimum ours reaches; synthetic part only, as
/// it takes about a minute on Adult), and with its Newton solver `newton-cholesky` at tol 1e-10.
/// Both sides run on one thread: FairKit's fit is single-threaded, and Python's numerical
/// libraries get OMP/OPENBLAS/MKL_NUM_THREADS=1 unless the environment sets them (on a shared
/// machine, their default thread pools slow scikit-learn down several times over, which would
/// flatter the ratio).
enum FitBenchmark {
    static let benchmark = Benchmark(
        name: "fit",
        summary: "logistic regression: Adult load+encode+fit, and the fit on an Adult-sized one-hot design, vs scikit-learn",
        options: options, run: run)

    static let options: [(name: String, help: String)] = [
        ("python", "Python with pandas and scikit-learn for the comparison (default: $FAIRWORK_PYTHON; none: skipped)."),
        ("repeats", "Runs to time on each side; medians are reported (default 5)."),
    ]

    static let c = 1.0

    /// What the script reports: per solver a fit, and in Adult mode the preparation.
    struct Report: Decodable {
        struct Fit: Decodable {
            let seconds: Double
            let iterations: Int
            let converged: Bool
            let coefficients: [Double]
        }
        struct Preparation: Decodable {
            let seconds: Double
            let rows: Int
            let feature_names: [String]
        }
        let prepare: Preparation?
        let lbfgs_default: Fit?
        let lbfgs_tight: Fit?
        let newton_cholesky: Fit?

        var fits: [(label: String, fit: Fit)] {
            [("lbfgs, defaults (tol 1e-4)", lbfgs_default), ("lbfgs (tol 1e-10)", lbfgs_tight),
             ("newton-cholesky (tol 1e-10)", newton_cholesky)].compactMap { label, fit in fit.map { (label, $0) } }
        }
    }

    static func run(_ options: BenchmarkOptions) throws {
        let repeats = try options.int("repeats", default: 5)
        print("Logistic regression, L2 with C = \(c); medians of \(repeats) runs; one thread each side "
            + "(\(ProcessInfo.processInfo.activeProcessorCount) cores)\n")
        if options.python == nil {
            print("scikit-learn comparison skipped: pass --python PATH or set FAIRWORK_PYTHON to an interpreter with pandas and scikit-learn\n")
        }
        try adultEndToEnd(python: options.python, repeats: repeats)
        print("")
        try syntheticFit(python: options.python, repeats: repeats)
    }

    /// Part 1: load + encode + fit on Adult.
    static func adultEndToEnd(python: String?, repeats: Int) throws {
        var prepared: (x: Matrix, y: [Int], names: [String])?
        let prepareTimes = try (0..<repeats).map { _ in
            try Stopwatch.time {
                let adult = try Dataset.adult(.combined, droppingMissing: true)
                var encoder = FeatureEncoder(columns: adult.featureColumns, standardizeNumeric: true)
                let encoded = try encoder.fitTransform(adult.table)
                prepared = (encoded.matrix, adult.labels, encoded.featureNames)
            }
        }
        guard let (x, y, names) = prepared else { throw BenchmarkFailure(description: "Adult was not prepared") }
        let (fitted, fitSeconds) = try timedFit(x, y, repeats: repeats)
        let prepare = Stopwatch.median(prepareTimes)
        print("1. Adult end to end: \(x.rows) rows x \(x.columns) columns (numeric standardised, categoricals one-hot)")
        print(row("FairKit load + encode", prepare, ""))
        print(row("FairKit fit (Newton, tol 1e-10)", fitSeconds, "\(fitted.iterations) Newton steps"))
        print(row("FairKit total", prepare + fitSeconds, ""))
        guard let python else { return }
        let report = try PythonPeer.report(python, script: "fit_logistic.py", ["adult", Repository.datasetResources.path, "--repeats", "\(repeats)",
                                            "--solvers", "lbfgs_default,newton_cholesky", "--C", "\(c)"], as: Report.self)
        guard let theirs = report.prepare else { throw BenchmarkFailure(description: "the script reported no preparation time") }
        guard theirs.feature_names == names, theirs.rows == x.rows else {
            throw BenchmarkFailure(description: "pandas built a different design (\(theirs.rows) rows, \(theirs.feature_names.count) columns)")
        }
        print(row("pandas read_csv + dropna + scale + get_dummies", theirs.seconds,
                  "FairKit is " + Stopwatch.ratio(ours: prepare, theirs: theirs.seconds)))
        compare(fitted, ours: prepare + fitSeconds, with: report, plus: theirs.seconds, prefix: "pandas + scikit-learn ")
    }

    /// Part 2: the fit alone on the synthetic design.
    static func syntheticFit(python: String?, repeats: Int) throws {
        let (x, y) = syntheticDesign(seed: 42)
        let nonZeros = SparseRowMatrix(x).nonZeroCount
        print("2. Fit only, synthetic Adult-shaped design: \(x.rows) rows x \(x.columns) columns (\(nonZeros / x.rows) non-zeros a row)")
        let (fitted, seconds) = try timedFit(x, y, repeats: repeats)
        print(row("FairKit fit (Newton, tol 1e-10)", seconds, "\(fitted.iterations) Newton steps, scaled gradient "
            + String(format: "%.1e", fitted.scaledGradient)))
        guard let python else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-fit-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        var values = [Double]()
        values.reserveCapacity(x.rows * (x.columns + 1))
        for r in 0..<x.rows {
            values.append(contentsOf: x.row(r))
            values.append(Double(y[r]))
        }
        try values.withUnsafeBytes { Data($0) }.write(to: file)
        let report = try PythonPeer.report(python, script: "fit_logistic.py",
                                           ["design", file.path, "\(x.rows)", "\(x.columns)", "--repeats", "\(repeats)", "--C", "\(c)"],
                                           as: Report.self)
        compare(fitted, ours: seconds, with: report, plus: 0, prefix: "scikit-learn ")
    }

    /// Fits `repeats` times; the last fit and the median time.
    static func timedFit(_ x: Matrix, _ y: [Int], repeats: Int) throws -> (LogisticRegression.FittedState, Double) {
        var model = try LogisticRegression(penalty: .l2(c: c))
        let times = try (0..<repeats).map { _ in try Stopwatch.time { try model.fit(x, y) } }
        guard let fitted = model.fitted else { throw BenchmarkFailure(description: "the fit left no coefficients") }
        return (fitted, Stopwatch.median(times))
    }

    /// One line per scikit-learn solver: its time (plus `extra`, the shared preparation), the ratio
    /// to ours, and the largest coefficient difference.
    static func compare(_ fitted: LogisticRegression.FittedState, ours: Double, with report: Report, plus extra: Double, prefix: String) {
        let parameters = fitted.coefficients + [fitted.intercept]
        for (label, fit) in report.fits {
            let gap = zip(parameters, fit.coefficients).map { abs($0 - $1) }.max() ?? .nan
            print(row(prefix + label, fit.seconds + extra, "FairKit is \(Stopwatch.ratio(ours: ours, theirs: fit.seconds + extra)); "
                + "\(fit.iterations) iterations\(fit.converged ? "" : " (NOT converged)"); max |coefficient difference| "
                + String(format: "%.1e", gap)))
        }
    }

    private static func row(_ label: String, _ seconds: Double, _ note: String) -> String {
        "  " + label.padding(toLength: 58, withPad: " ", startingAt: 0) + Stopwatch.format(seconds) + "   " + note
    }

    /// The Adult-shaped design described above, and labels from a seeded logistic model.
    static func syntheticDesign(seed: UInt64) -> (Matrix, [Int]) {
        let (rows, numericColumns, levelCounts) = (48_842, 6, [9, 16, 7, 15, 6, 5, 2, 42])
        var generator = SeededGenerator(seed: seed)
        let columns = numericColumns + levelCounts.reduce(0, +)
        let effects = (0..<columns).map { _ in 0.6 * generator.nextGaussian() }
        var x = Matrix(rows: rows, columns: columns)
        var y = [Int](repeating: 0, count: rows)
        // Zipf-like level frequencies: level k drawn with probability ∝ 1/(k + 1), as a few levels
        // dominate Adult's categoricals (United-States, Private, White...).
        let cumulative = levelCounts.map { count -> [Double] in
            var running = 0.0
            return (0..<count).map { k in running += 1 / Double(k + 1); return running }
        }
        for r in 0..<rows {
            var margin = -1.2
            for j in 0..<numericColumns {
                x[r, j] = generator.nextGaussian()
                margin += effects[j] * x[r, j]
            }
            var offset = numericColumns
            for (k, count) in levelCounts.enumerated() {
                let u = generator.nextDouble() * cumulative[k][count - 1]
                let level = cumulative[k].firstIndex { u < $0 } ?? count - 1
                x[r, offset + level] = 1
                margin += effects[offset + level]
                offset += count
            }
            y[r] = generator.nextDouble() < StableFunctions.logistic(margin) ? 1 : 0
        }
        return (x, y)
    }
}
