import Foundation
import Workbench

/// `benchmarks check`: how long `learn check` takes, cold and warm, next to `swift test` on the
/// same exercise file and suite in a scratch SwiftPM package that depends on this one. By default
/// the exercise is one of the course's, checked with its solution (run from the course folder).
enum CheckBenchmark {
    static let benchmark = Benchmark(
        name: "check",
        summary: "learn check's check engine vs swift test on one exercise (cold and warm medians)",
        options: options, run: run)

    static let options: [(name: String, help: String)] = [
        ("exercise", "A course exercise, checked with its solution (default: the first in lessons/catalog.json)."),
        ("learner", "A Swift file to check instead of a course exercise's solution (with --suite)."),
        ("suite", "The suite for --learner."),
        ("runs", "Warm checks to time (default 11)."),
        ("cold-runs", "Cold checks to time, each with an empty engine cache (default 3)."),
        ("swift-test-runs", "Warm swift test runs to time (default 5)."),
        ("no-swift-test", "Time the engine only."),
    ]

    static func run(_ options: BenchmarkOptions) throws {
        let (learner, suite) = try files(options)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let toolkit = try Toolkit.locate()

        print("Exercise: \(learner.lastPathComponent) against \(suite.lastPathComponent)")
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; toolkit: \(toolkit.buildDirectory.path)\n")

        // Cold: an empty cache, so the check links the toolkit library and compiles the harness.
        let cold = try (0..<options.int("cold-runs", default: 3)).map { i in
            try timeCheck(learner, suite, toolkit: toolkit, cache: scratch.appendingPathComponent("cold-\(i)"))
        }
        // Warm, as after an edit to a function body (the suite's object is reused).
        let warmCache = scratch.appendingPathComponent("warm")
        _ = try timeCheck(learner, suite, toolkit: toolkit, cache: warmCache)
        let traces = try (0..<options.int("runs", default: 11)).map { _ in CheckTrace() }
        let warm = try traces.map { trace in
            try timeCheck(learner, suite, toolkit: toolkit, cache: warmCache, trace: trace)
        }
        // Warm, as after a change to a declaration (the suite is compiled again).
        let redeclared = try (0..<options.int("runs", default: 11)).map { _ -> Double in
            try? FileManager.default.removeItem(at: warmCache.appendingPathComponent(CheckEngine.suitesFolder))
            return try timeCheck(learner, suite, toolkit: toolkit, cache: warmCache)
        }

        var rows: [(String, Double, Double?)] = [
            ("cold (toolkit already built)", Stopwatch.median(cold), nil),
            ("warm, body edited", Stopwatch.median(warm), nil),
            ("warm, declaration edited", Stopwatch.median(redeclared), nil),
        ]
        if !options.flag("no-swift-test") {
            let package = try ScratchPackage(learner: learner, suite: suite, folder: scratch.appendingPathComponent("package"))
            print("Timing swift test in \(package.folder.path) (the first run builds FairKit) ...")
            let swiftCold = try package.test(edit: 0)
            let swiftWarm = try (1...options.int("swift-test-runs", default: 5)).map { try package.test(edit: $0) }
            rows[0].2 = swiftCold
            rows[1].2 = Stopwatch.median(swiftWarm)
            rows[2].2 = rows[1].2
        }

        print("\nmedians                          learn check    swift test    ratio")
        for (label, ours, theirs) in rows {
            let theirsText = theirs.map(Stopwatch.format) ?? "-"
            let ratio = theirs.map { Stopwatch.ratio(ours: ours, theirs: $0) } ?? ""
            print(label.padding(toLength: 32, withPad: " ", startingAt: 0)
                  + Stopwatch.format(ours).leftPadded(12) + theirsText.leftPadded(14) + "    " + ratio)
        }
        print("\nwarm learn check runs: " + warm.map { String(format: "%.3f", $0) }.joined(separator: " "))
        printPhases(traces)
    }

    /// The file to check and its suite: --learner and --suite, or a course exercise's solution.
    private static func files(_ options: BenchmarkOptions) throws -> (URL, URL) {
        if let learner = options.string("learner") {
            guard let suite = options.string("suite") else {
                throw BenchmarkOptions.UsageError(message: "--learner needs --suite")
            }
            return (URL(fileURLWithPath: learner).standardizedFileURL, URL(fileURLWithPath: suite).standardizedFileURL)
        }
        let workspace = try Workspace.locate(explicit: nil, environment: ProcessInfo.processInfo.environment,
                                             currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let catalog = try CatalogLoader.load(from: workspace)
        let exercise = try options.string("exercise").map { id throws in try catalog.exercise(id: id) } ?? catalog.exercises.first
        guard let exercise else { throw BenchmarkFailure(description: "the course at \(workspace.root.path) has no exercises") }
        return (workspace.url(exercise.solutionPath), workspace.url(exercise.suite))
    }

    /// Where the warm checks' time went: the median of each phase the engine marked.
    private static func printPhases(_ traces: [CheckTrace]) {
        var names: [String] = []
        var seconds: [String: [Double]] = [:]
        for trace in traces {
            for phase in trace.phases {
                if seconds[phase.name] == nil { names.append(phase.name) }
                seconds[phase.name, default: []].append(phase.seconds)
            }
        }
        print("\nwarm check, body edited: median of each phase")
        for name in names {
            print("  " + name.padding(toLength: 34, withPad: " ", startingAt: 0) + Stopwatch.format(Stopwatch.median(seconds[name]!)).leftPadded(10))
        }
    }

    private static func timeCheck(_ learner: URL, _ suite: URL, toolkit: Toolkit, cache: URL,
                                  trace: CheckTrace? = nil) throws -> Double {
        let engine = try CheckEngine(toolkit: toolkit, cacheDirectory: cache)
        var result: CheckResult?
        let seconds = try Stopwatch.time {
            result = try engine.check(id: "bench", learnerFile: learner, suiteFile: suite, displayPath: learner.lastPathComponent,
                                      trace: trace)
        }
        guard let result, result.status == .passed || result.status == .failed else {
            throw BenchmarkFailure(description: "the check ended \(result?.status.rawValue ?? "without a result"): \(result?.compileErrors.first?.message ?? "")")
        }
        return seconds
    }
}

/// A throwaway SwiftPM package holding the exercise as a library target and the suite as its test
/// target, depending on this package for FairKit: what a course without a check engine would run.
private struct ScratchPackage {
    let folder: URL
    let learnerCopy: URL
    let original: String

    init(learner: URL, suite: URL, folder: URL) throws {
        let root = Repository.root
        self.folder = folder
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("Sources/LearnerCode"), withIntermediateDirectories: true)
        try fm.createDirectory(at: folder.appendingPathComponent("Tests/SuiteTests"), withIntermediateDirectories: true)
        try """
        // swift-tools-version:6.0
        import PackageDescription
        let package = Package(
            name: "CheckBench",
            dependencies: [.package(path: "\(root.path)")],
            targets: [
                .target(name: "LearnerCode", dependencies: [.product(name: "FairKit", package: "\(root.lastPathComponent.lowercased())")]),
                .testTarget(name: "SuiteTests", dependencies: ["LearnerCode"]),
            ]
        )
        """.write(to: folder.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        learnerCopy = folder.appendingPathComponent("Sources/LearnerCode/\(learner.lastPathComponent)")
        original = try String(contentsOf: learner, encoding: .utf8)
        try original.write(to: learnerCopy, atomically: true, encoding: .utf8)
        try fm.copyItem(at: suite, to: folder.appendingPathComponent("Tests/SuiteTests/\(suite.lastPathComponent)"))
    }

    /// Seconds for `swift test` after the `edit`-th change to the learner's file (a comment, so
    /// SwiftPM sees a modified file, as after a learner's save).
    func test(edit: Int) throws -> Double {
        try (original + "\n// edit \(edit)\n").write(to: learnerCopy, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "test", "--package-path", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let seconds = try Stopwatch.time {
            try process.run()
            process.waitUntilExit()
        }
        // The suite may fail (a stub); only a build failure makes the timing meaningless.
        guard process.terminationStatus == 0 || process.terminationStatus == 1 else {
            throw BenchmarkFailure(description: "swift test exited with status \(process.terminationStatus) in \(folder.path)")
        }
        return seconds
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
