import Foundation

/// Limits on a check's test run.
public struct RunLimits: Sendable, Equatable {
    /// Wall time of the test run before its process group is killed.
    public var wallTimeSeconds: Double = 10
    /// Output kept from the run; writing more kills it (status `output_limit`).
    public var outputBytes: Int = 1 << 20
    /// Address-space limit of the test process (RLIMIT_AS).
    public var memoryBytes: Int = 2 << 30
    /// Largest file the test process may write (RLIMIT_FSIZE).
    public var fileSizeBytes: Int = 16 << 20

    public init() {}
}

/// Checks a learner's exercise file against its hidden XCTest suite, fast and without trusting
/// anything the learner's code can touch.
///
/// Steps: the learner's file is snapshotted and compiled on its own as module `LearnerCode`
/// (testing enabled, so suites `@testable import` it); the suite is compiled against that module
/// with a generated entry point and linked with the cached toolkit library and harness; the test
/// binary runs in its own process group under time, output, memory and file-size limits. Results
/// travel on a private pipe, each record stamped with a per-run nonce given on stdin; the binary's
/// stdout and exit status decide nothing. A run that ends without the harness's closing record,
/// or with fewer results than the suite has tests, is `crashed`.
public final class CheckEngine: Sendable {
    public let toolkit: Toolkit
    public let limits: RunLimits
    public let cacheDirectory: URL
    let compiler: SwiftCompiler

    public init(toolkit: Toolkit, limits: RunLimits = RunLimits(), cacheDirectory: URL) throws {
        self.toolkit = toolkit
        self.limits = limits
        self.cacheDirectory = cacheDirectory
        self.compiler = try SwiftCompiler.locate()
        // Run folders of checks that were killed before cleaning up (Ctrl-C mid-check).
        CacheFolder.prune(cacheDirectory.appendingPathComponent(Self.runsFolder), maximumAge: Self.staleRunAge)
    }

    /// Folders under the cache directory: one private folder per check in progress, and the
    /// compiled suite objects, named by their content key.
    static let runsFolder = "runs"
    public static let suitesFolder = "suites"
    /// A run folder older than this belongs to no check still running (the longest check is a
    /// 180 s compile plus the run limit).
    static let staleRunAge: TimeInterval = 3600
    /// Suite objects kept: enough for every exercise of a course in a few declaration variants.
    static let suiteObjectsKept = 512

    /// Checks `learnerFile` against `suiteFile`. Learner faults are results; throws only when the
    /// check cannot happen (missing files, no compiler, no toolkit). `trace` collects the time of
    /// each phase.
    public func check(id: String, learnerFile: URL, suiteFile: URL, displayPath: String,
                      trace: CheckTrace? = nil) throws -> CheckResult {
        let started = DispatchTime.now()
        trace?.start()
        func finish(_ status: CheckStatus, tests: [TestOutcome] = [], errors: [CompileDiagnostic] = [],
                    output: String = "") -> CheckResult {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return CheckResult(id: id, status: status, tests: tests, compileErrors: errors,
                               durationSeconds: (seconds * 1000).rounded() / 1000, output: output)
        }

        guard let suiteSource = try? String(contentsOf: suiteFile, encoding: .utf8) else {
            throw CheckEngineError.suiteMissing(path: suiteFile.path)
        }
        let suite = try SuiteScan(source: suiteSource, path: suiteFile.path)
        let learnerSource = try Self.readLearnerFile(learnerFile, displayPath: displayPath)
        trace?.mark("read and scan the files")
        let prepared = try PreparedToolkit.prepare(toolkit, compiler: compiler, cacheDirectory: cacheDirectory)
        trace?.mark("find the prepared toolkit")

        let run = try RunFolder(parent: cacheDirectory.appendingPathComponent(Self.runsFolder))
        defer { run.remove() }
        typealias RunFile = PreparedToolkit.RunFile
        let snapshot = run.url.appendingPathComponent(RunFile.learnerSource)
        try learnerSource.original.write(to: snapshot, atomically: false, encoding: .utf8)
        let diagnostics = CompilerDiagnostics(compiledLearnerPath: snapshot.path, displayPath: displayPath,
                                              learnerSource: learnerSource)

        let violations = LearnerPolicy.violations(in: learnerSource, displayPath: displayPath)
        if !violations.isEmpty { return finish(.compileError, errors: violations) }
        trace?.mark("snapshot and policy")

        let learnerCompile = try prepared.plans.learner.run(runFolder: run.url, environment: compiler.environment, trace: trace)
        guard learnerCompile.succeeded else {
            return finish(.compileError, errors: Self.nonEmpty(diagnostics.learnerErrors(in: learnerCompile.outputText),
                                                               or: learnerCompile, displayPath: displayPath))
        }
        for step in [{ try self.compileSuite(suite, source: suiteSource, file: suiteFile, in: run.url, prepared: prepared, trace: trace) },
                     { try prepared.plans.link.run(runFolder: run.url, environment: self.compiler.environment, trace: trace) }] {
            let outcome = try step()
            guard outcome.succeeded else {
                let errors = diagnostics.suiteErrors(in: outcome.outputText, suiteSource: suiteSource)
                return finish(.compileError, errors: Self.nonEmpty(errors, or: outcome, displayPath: displayPath))
            }
        }

        trace?.mark("between steps")
        let nonce = RunToken.make() + RunToken.make()
        let outcome = try ProcessRunner.run(
            executable: run.url.appendingPathComponent(RunFile.binary).path,
            arguments: ["--cpu", String(Int(limits.wallTimeSeconds.rounded(.up)) + 1),
                        "--memory", String(limits.memoryBytes), "--file-size", String(limits.fileSizeBytes)],
            environment: Self.testEnvironment(home: run.url),
            workingDirectory: run.url.path,
            stdin: Data((nonce + "\n").utf8),
            sideChannel: true,
            limits: ProcessLimits(wallTimeSeconds: limits.wallTimeSeconds, outputBytes: limits.outputBytes))
        trace?.mark("run the tests")
        // Runtime messages name the file by its #fileID, LearnerCode/<name>, backtraces by the
        // snapshot's path: show the learner's path.
        let printed = outcome.outputText.replacingOccurrences(of: "LearnerCode/\(RunFile.learnerSource)", with: displayPath)
            .replacingOccurrences(of: snapshot.path, with: displayPath)
        let verdict = RunVerdict(outcome: outcome, output: printed, records: ResultRecords(outcome.sideChannel, nonce: nonce),
                                 expected: suite.testNames, limits: limits, learnerPath: displayPath)
        return finish(verdict.status, tests: verdict.tests, output: LearnerOutput.display(printed))
    }

    /// Compiles the suite against the learner's module into the run folder's suite object, or
    /// links in a cached one (see `compileAgainstLearnerModule`).
    func compileSuite(_ suite: SuiteScan, source: String, file: URL, in run: URL,
                      prepared: PreparedToolkit, trace: CheckTrace?) throws -> ProcessOutcome {
        try compileAgainstLearnerModule(source: source, main: HarnessSource.main(for: suite), file: file, in: run,
                                        prepared: prepared, trace: trace)
    }

    /// Compiles `file` (whose text is `source`) with the entry point `main` against the learner's
    /// module into the run folder's suite object, or links in a cached one: the test harness for a
    /// suite, or an isolated check's dispatcher. Cached by both texts, the learner module's
    /// interface and the toolkit: the interface (a swiftmodule without function bodies,
    /// byte-for-byte deterministic) changes only when a declaration does, so re-checks after
    /// editing function bodies, the usual case, and a class's files that declare what the stub
    /// declares, skip this step.
    func compileAgainstLearnerModule(source: String, main: String, file: URL, in run: URL,
                                     prepared: PreparedToolkit, trace: CheckTrace?) throws -> ProcessOutcome {
        typealias RunFile = PreparedToolkit.RunFile
        let fm = FileManager.default
        let interface = try Data(contentsOf: run.appendingPathComponent(RunFile.learnerModule))
        let key = ContentKey.of([Data(source.utf8), Data(main.utf8), interface, Data(prepared.libraryDirectory.path.utf8)])
        let suites = cacheDirectory.appendingPathComponent(Self.suitesFolder)
        let cached = suites.appendingPathComponent("\(key).o")
        let object = run.appendingPathComponent(RunFile.suiteObject)
        if (try? fm.linkItem(at: cached, to: object)) != nil || (try? fm.copyItem(at: cached, to: object)) != nil {
            trace?.mark("reuse the suite object")
            return ProcessOutcome(termination: .exited(0), output: Data(), sideChannel: Data(), durationSeconds: 0)
        }
        let mainFile = run.appendingPathComponent(RunFile.suiteMain)
        try fm.createDirectory(at: mainFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try main.write(to: mainFile, atomically: false, encoding: .utf8)
        let compile = try prepared.plans.suite.run(runFolder: run, suiteFile: file, environment: compiler.environment)
        trace?.mark("compile the suite")
        guard compile.succeeded else { return compile }
        // Copy, then rename into place: a concurrent check never links a half-written object.
        try? fm.createDirectory(at: cached.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = cached.appendingPathExtension("\(getpid()).\(UUID().uuidString)")
        if (try? fm.copyItem(at: object, to: staging)) != nil, rename(staging.path, cached.path) != 0 {
            try? fm.removeItem(at: staging)
        }
        CacheFolder.prune(suites, keep: Self.suiteObjectsKept)
        return compile
    }

    static func readLearnerFile(_ url: URL, displayPath: String) throws -> SwiftSourceText {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CheckEngineError.learnerFileMissing(path: displayPath)
        }
        do {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                throw CheckEngineError.learnerFileUnreadable(path: displayPath, reason: "it is not UTF-8 text")
            }
            return SwiftSourceText(text)
        } catch let error as CheckEngineError {
            throw error
        } catch {
            throw CheckEngineError.learnerFileUnreadable(path: displayPath, reason: error.localizedDescription)
        }
    }

    /// A failed compile always yields at least one diagnostic, even when swiftc's output had none
    /// in the expected shape (killed at the time limit, say).
    static func nonEmpty(_ errors: [CompileDiagnostic], or outcome: ProcessOutcome,
                         displayPath: String) -> [CompileDiagnostic] {
        guard errors.isEmpty else { return errors }
        let reason = outcome.termination == .timedOut ? "the compiler did not finish in time"
            : outcome.outputText.trimmingCharacters(in: .whitespacesAndNewlines)
        return [CompileDiagnostic(file: displayPath, line: 0, column: 0, message: reason)]
    }

    /// The test process sees a minimal environment: none of the learner's shell secrets, no colour,
    /// and the Swift runtime's backtracer set to print the crashed thread's frames, plainly, to
    /// the run's output, so that a crash can name the learner's line (`LearnerOutput.lastWords`).
    static func testEnvironment(home: URL) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home.path, "TMPDIR": home.path, "LANG": "C.UTF-8",
         "NO_COLOR": "1", "SWIFT_BACKTRACE": backtraceSettings]
    }

    /// Non-interactive, the crashed thread only, no registers or image list, a dozen frames (the
    /// learner's frame is within the first few above the standard library's trap); it takes
    /// about 0.01 s, and only when the process crashes.
    static let backtraceSettings = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,"
        + "limit=12,top=0,output-to=stdout"
}

/// A private folder for one check, removed afterwards.
struct RunFolder {
    let url: URL

    init(parent: URL) throws {
        url = parent.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
