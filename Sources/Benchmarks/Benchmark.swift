import Foundation

/// One benchmark: a name, its options, and a run that prints its figures.
struct Benchmark: Sendable {
    let name: String
    let summary: String
    /// Option names (without dashes) with their help; every benchmark also takes --help.
    let options: [(name: String, help: String)]
    let run: @Sendable (BenchmarkOptions) throws -> Void
}

/// `--name value` options and `--flag` switches.
struct BenchmarkOptions {
    struct UsageError: Error { let message: String }

    private var values: [String: String] = [:]
    private(set) var help = false

    init(_ arguments: [String], allowed: [(name: String, help: String)]) throws {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--help" || argument == "-h" { help = true; i += 1; continue }
            guard argument.hasPrefix("--"), allowed.contains(where: { $0.name == argument.dropFirst(2) }) else {
                throw UsageError(message: "unknown option '\(argument)'")
            }
            let name = String(argument.dropFirst(2))
            if i + 1 < arguments.count, !arguments[i + 1].hasPrefix("--") {
                values[name] = arguments[i + 1]
                i += 2
            } else {
                values[name] = ""
                i += 1
            }
        }
    }

    func string(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { values[name] != nil }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), value > 0 else { throw UsageError(message: "--\(name) needs a positive whole number, got '\(text)'") }
        return value
    }

    /// The Python interpreter for reference tools: --python PATH, else $FAIRWORK_PYTHON; nil when neither.
    var python: String? {
        string("python") ?? ProcessInfo.processInfo.environment["FAIRWORK_PYTHON"]
    }
}

enum BenchmarkUsage {
    static func overview(_ registry: [Benchmark]) -> String {
        let width = registry.map(\.name.count).max() ?? 0
        let lines = registry.map { "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)" }
        return """
        OVERVIEW: Benchmarks of FairKit and the workbench, side by side with the tools they replace.

        USAGE: swift run -c release benchmarks <name> [options]

        BENCHMARKS:
        \(lines.joined(separator: "\n"))

        See 'benchmarks <name> --help' for a benchmark's options.
        """
    }

    static func help(_ benchmark: Benchmark) -> String {
        let width = benchmark.options.map(\.name.count).max().map { $0 + 2 } ?? 0
        let lines = benchmark.options.map { "  --\($0.name.padding(toLength: width, withPad: " ", startingAt: 0))\($0.help)" }
        return """
        OVERVIEW: \(benchmark.summary)

        USAGE: benchmarks \(benchmark.name) [options]

        OPTIONS:
        \(lines.joined(separator: "\n"))
          --help\(String(repeating: " ", count: max(0, width - 4)))Show this help.
        """
    }
}

/// Timing helpers shared by the benchmarks.
enum Stopwatch {
    /// Seconds taken by `body`.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    static func format(_ seconds: Double) -> String {
        seconds < 10 ? String(format: "%.3f s", seconds) : String(format: "%.1f s", seconds)
    }

    /// "4.2x faster" / "1.3x slower" for ours vs theirs.
    static func ratio(ours: Double, theirs: Double) -> String {
        ours <= theirs ? String(format: "%.1fx faster", theirs / ours) : String(format: "%.1fx slower", ours / theirs)
    }
}
