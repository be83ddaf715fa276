import FairKit
import Foundation

/// `benchmarks fit [--python PATH] [--repeats N]`: times `LogisticRegression.fit` on an
/// Adult-sized one-hot design and, given a Python with scikit-learn, scikit-learn's fits on the
/// identical matrix in the same run (scripts/bench/fit_logistic.py), with the ratio of wall times
/// and how far the coefficients are apart.
///
/// The design: 48,842 rows (Adult's train + test) x 108 columns, as Adult one-hot encodes: 6
/// standardised numeric columns and 8 categoricals with Adult's level counts (9, 16, 7, 15, 6, 5,
/// 2, 42) drawn with Zipf-like skew, all levels kept (so 14 non-zeros a row); labels drawn from a
/// logistic model with seeded coefficients. C = 1, scikit-learn's default.
/// The interpreter comes from `--python PATH`, else `$FAIRWORK_PYTHON`; without either the
/// comparison is skipped, with a message saying so.
enum FitBenchmark {
    static let benchmark = Benchmark(
        name: "fit",
        summary: "LogisticRegression.fit on an Adult-sized one-hot design vs scikit-learn's solvers (medians)",
        options: options, run: run)

    static let options: [(name: String, help: String)] = [
        ("python", "Python with scikit-learn for the comparison (default: $FAIRWORK_PYTHON; none: skipped)."),
        ("repeats", "Fits to time on each side; the median is reported (default 5)."),
    ]

    static let rows = 48_842
    static let numericColumns = 6
    static let levelCounts = [9, 16, 7, 15, 6, 5, 2, 42]
    static let c = 1.0

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One scikit-learn fit as the script reports it.
    struct ReferenceFit: Decodable {
        let seconds: Double
        let iterations: Int
        let converged: Bool
        let coefficients: [Double]
    }

    static func run(_ options: BenchmarkOptions) throws {
        let repeats = try options.int("repeats", default: 5)
        let (x, y) = syntheticDesign(seed: 42)
        let nonZeros = SparseRowMatrix(x).nonZeroCount
        print("Logistic regression, L2 with C = \(c), on \(rows) x \(x.columns) (\(nonZeros / rows) non-zeros a row, one-hot as Adult)")
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of \(repeats) fits each\n")

        var model = try LogisticRegression(penalty: .l2(c: c))
        let times = try (0..<repeats).map { _ in try Stopwatch.time { try model.fit(x, y) } }
        guard let fitted = model.fitted else { throw Failure(description: "the fit left no coefficients") }
        let ours = Stopwatch.median(times)
        print(row("FairKit Newton (tol 1e-10)", ours, "\(fitted.iterations) Newton steps, scaled gradient "
            + String(format: "%.1e", fitted.scaledGradient)))

        guard let python = options.python else {
            print("\nscikit-learn comparison skipped: pass --python PATH or set FAIRWORK_PYTHON to an interpreter with scikit-learn")
            return
        }
        let references = try runScikitLearn(python: python, x: x, y: y, repeats: repeats)
        let ourParameters = fitted.coefficients + [fitted.intercept]
        for (name, label) in [("lbfgs_default", "scikit-learn lbfgs, defaults (tol 1e-4)"), ("lbfgs_tight", "scikit-learn lbfgs (tol 1e-10)"),
                              ("newton_cholesky", "scikit-learn newton-cholesky (tol 1e-10)")] {
            guard let reference = references[name] else { continue }
            let gap = zip(ourParameters, reference.coefficients).map { abs($0 - $1) }.max() ?? .nan
            print(row(label, reference.seconds, "\(reference.iterations) iterations\(reference.converged ? "" : ", NOT converged"); "
                + "FairKit is \(Stopwatch.ratio(ours: ours, theirs: reference.seconds)); max |coefficient difference| "
                + String(format: "%.1e", gap)))
        }
    }

    private static func row(_ label: String, _ seconds: Double, _ note: String) -> String {
        label.padding(toLength: 42, withPad: " ", startingAt: 0) + Stopwatch.format(seconds) + "   " + note
    }

    /// The Adult-shaped design described above, and labels from a seeded logistic model.
    static func syntheticDesign(seed: UInt64) -> (Matrix, [Int]) {
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

    /// Writes the design and labels to a temporary file and runs scripts/bench/fit_logistic.py.
    static func runScikitLearn(python: String, x: Matrix, y: [Int], repeats: Int) throws -> [String: ReferenceFit] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-fit-\(ProcessInfo.processInfo.processIdentifier).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        var values = [Double]()
        values.reserveCapacity(x.rows * (x.columns + 1))
        for r in 0..<x.rows {
            values.append(contentsOf: x.row(r))
            values.append(Double(y[r]))
        }
        try values.withUnsafeBytes { Data($0) }.write(to: file)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/bench/fit_logistic.py")
        let output = try runProcess(python, [script.path, file.path, "\(x.rows)", "\(x.columns)", "\(repeats)", "\(c)"])
        do {
            return try JSONDecoder().decode([String: ReferenceFit].self, from: output)
        } catch {
            throw Failure(description: "could not read \(script.lastPathComponent)'s output as JSON (\(error)): "
                + String(decoding: output.prefix(500), as: UTF8.self))
        }
    }

    /// Runs `executable` with `arguments`, returning its standard output; a failure to start or a
    /// non-zero exit is an error carrying the standard error.
    static func runProcess(_ executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure(description: "could not start \(executable): \(error.localizedDescription)")
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable) \(arguments.first ?? "") exited with status \(process.terminationStatus): "
                + String(decoding: errors.suffix(2000), as: UTF8.self))
        }
        return output
    }
}
