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

    static func run(arguments: [String]) throws {
        var python = ProcessInfo.processInfo.environment["FAIRWORK_PYTHON"]
        var repeats = 5
        var rest = arguments[...]
        while let option = rest.popFirst() {
            switch option {
            case "--python":
                guard let path = rest.popFirst() else { throw Failure(description: "--python needs a path to a Python interpreter") }
                python = path
            case "--repeats":
                guard let text = rest.popFirst(), let n = Int(text), n >= 1 else {
                    throw Failure(description: "--repeats needs a whole number >= 1")
                }
                repeats = n
            default:
                throw Failure(description: "unknown option '\(option)'; usage: benchmarks fit [--python PATH] [--repeats N]")
            }
        }

        let (x, y) = syntheticDesign(seed: 42)
        let nonZeros = SparseRowMatrix(x).nonZeroCount
        print("fit: logistic regression, L2 with C = \(formatted(c)), on \(rows) x \(x.columns) (\(nonZeros / rows) non-zeros a row, one-hot as Adult)")

        var model = try LogisticRegression(penalty: .l2(c: c))
        var times: [Double] = []
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            try model.fit(x, y)
            times.append(seconds(ContinuousClock.now - start))
        }
        guard let fitted = model.fitted else { throw Failure(description: "the fit left no coefficients") }
        let ours = median(times)
        print("  FairKit Newton (tol 1e-10):      \(formatted(ours * 1000)) ms  (median of \(repeats); \(fitted.iterations) Newton steps, scaled gradient \(String(format: "%.1e", fitted.scaledGradient)))")

        guard let python else {
            print("  scikit-learn comparison skipped: pass --python PATH or set FAIRWORK_PYTHON to an interpreter with scikit-learn")
            return
        }
        let references = try runScikitLearn(python: python, x: x, y: y, repeats: repeats)
        let ourParameters = fitted.coefficients + [fitted.intercept]
        for (name, label) in [("lbfgs_default", "lbfgs, defaults (tol 1e-4)"), ("lbfgs_tight", "lbfgs (tol 1e-10)"),
                              ("newton_cholesky", "newton-cholesky (tol 1e-10)")] {
            guard let reference = references[name] else { continue }
            let gap = zip(ourParameters, reference.coefficients).map { abs($0 - $1) }.max() ?? .nan
            let padded = ("scikit-learn " + label + ":").padding(toLength: 45, withPad: " ", startingAt: 0)
            print("  \(padded) \(formatted(reference.seconds * 1000)) ms  (\(reference.iterations) iterations\(reference.converged ? "" : ", NOT converged"); "
                + "ratio \(formatted(reference.seconds / ours))x; max |coefficient difference| \(String(format: "%.1e", gap)))")
        }
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

    static func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) * 1e-18
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    static func formatted(_ x: Double) -> String { String(format: x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x) }
}
