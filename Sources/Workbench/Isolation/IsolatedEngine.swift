import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Limits of an isolated check: the engine's run limits (memory, file size, output, which the
/// learner's process inherits from the test process), and time limits per call and per test, so
/// one endless test costs that test, not the whole check.
public struct IsolationLimits: Sendable, Equatable {
    public var run = RunLimits()
    /// Longest wait for one answer of the learner's process.
    public var callSeconds: Double = 5
    /// Longest time the calls of one test may take together.
    public var testSeconds: Double = 10
    /// Most processes and threads the learner's process may have at once (RLIMIT_NPROC): room
    /// for the Swift runtime's and Dispatch's threads on a large machine, not for a fork bomb.
    public var processes = 256

    public init() {}
}

/// Checks a learner's file with the grading trust model: the learner's code may control the whole
/// process it runs in, and still cannot pass without correct answers.
///
/// Two processes per check. The test process T (trusted) is the hidden suite linked with a proxy
/// `LearnerCode` module generated from the exercise's solution (`ProxySource`); the learner's
/// server U is the learner's file linked with a generated dispatcher. T starts U, confined by
/// `Confinement`, with its stdin and stdout as the call pipe; every assertion, every expected value
/// and the results channel exist in T only, and the verdict comes from T's nonce-stamped records,
/// exactly as in `CheckEngine`. Both are built with the engine's recorded compiler plans and
/// prepared toolkit.
public final class IsolatedEngine: Sendable {
    public let engine: CheckEngine
    public let limits: IsolationLimits
    public let confinement: Confinement

    /// An engine whose learner processes cannot see `cacheDirectory` or `hiding` (the workspace,
    /// the suites, solutions, other submissions and the output folder). Throws
    /// `IsolationError.unavailable` when the confinement cannot work on this machine.
    public init(toolkit: Toolkit, limits: IsolationLimits = IsolationLimits(), cacheDirectory: URL, hiding: [URL] = [],
                asRoot: Bool = geteuid() == 0) throws {
        engine = try CheckEngine(toolkit: toolkit, limits: limits.run, cacheDirectory: cacheDirectory)
        self.limits = limits
        confinement = try Confinement.detect(hiding: Self.coverable([cacheDirectory] + hiding), asRoot: asRoot)
        ExecFolder.pruneStale(in: Self.execBase, maximumAge: CheckEngine.staleRunAge)
    }

    /// `folders` without those that hold the folder servers run from (covering one would hide
    /// the server itself), without repeats, and without folders inside another one of the list
    /// (once the outer one is covered the inner one no longer exists to mount on).
    static func coverable(_ folders: [URL]) -> [URL] {
        let base = execBase.path + "/"
        let paths = folders.map(\.standardizedFileURL.path).filter { !base.hasPrefix($0 + "/") }
        var seen = Set<String>()
        return paths.filter { path in
            !paths.contains { path.hasPrefix($0 + "/") } && seen.insert(path).inserted
        }.map { URL(fileURLWithPath: $0) }
    }

    /// Where learner servers run from: outside every covered folder, one folder per grader uid.
    static let execBase = URL(fileURLWithPath: "/tmp/fairwork-isolated-\(geteuid())")

    /// Checks `learnerFile` against `suiteFile`, the exercise's API read from `solutionFile`.
    /// Learner faults are results; throws when the check cannot happen (missing files, an API
    /// that cannot cross, no confinement).
    public func check(id: String, learnerFile: URL, suiteFile: URL, solutionFile: URL, displayPath: String) throws -> CheckResult {
        let started = DispatchTime.now()
        func finish(_ status: CheckStatus, tests: [TestOutcome] = [], errors: [CompileDiagnostic] = [], output: String = "") -> CheckResult {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return CheckResult(id: id, status: status, tests: tests, compileErrors: errors,
                               durationSeconds: (seconds * 1000).rounded() / 1000, output: output)
        }
        guard let suiteSource = try? String(contentsOf: suiteFile, encoding: .utf8) else {
            throw CheckEngineError.suiteMissing(path: suiteFile.path)
        }
        guard let solution = try? String(contentsOf: solutionFile, encoding: .utf8) else {
            throw CheckEngineError.io("cannot read the exercise's solution \(solutionFile.path): isolated checks generate the proxy from it")
        }
        let suite = try SuiteScan(source: suiteSource, path: suiteFile.path)
        let api = ExerciseAPI(source: solution)
        let proxy = try ProxySource.proxyModule(api)
        let dispatcher = try ProxySource.serverDispatcher(api, suite: suiteSource)
        let learnerSource = try CheckEngine.readLearnerFile(learnerFile, displayPath: displayPath)
        let violations = LearnerPolicy.violations(in: learnerSource, displayPath: displayPath)
        if !violations.isEmpty { return finish(.compileError, errors: violations) }
        let prepared = try PreparedToolkit.prepare(engine.toolkit, compiler: engine.compiler, cacheDirectory: engine.cacheDirectory)
        let runs = engine.cacheDirectory.appendingPathComponent(CheckEngine.runsFolder)

        let serverRun = try RunFolder(parent: runs)
        defer { serverRun.remove() }
        let built = try ServerBuild.build(in: serverRun.url, learnerSource: learnerSource, api: api, dispatcher: dispatcher,
                                          engine: engine, prepared: prepared, displayPath: displayPath)
        if case .failed(let errors) = built { return finish(.compileError, errors: errors) }

        let testRun = try RunFolder(parent: runs)
        defer { testRun.remove() }
        let testBinary = try cachedTestProcess(proxy: proxy, suite: suite, suiteSource: suiteSource, suiteFile: suiteFile,
                                               run: testRun.url, prepared: prepared)

        let exec = try ExecFolder(base: Self.execBase, server: serverRun.url.appendingPathComponent(PreparedToolkit.RunFile.binary),
                                  library: prepared.libraryDirectory, resources: engine.toolkit.resourceBundle, confinement: confinement)
        defer { exec.remove() }
        let nonce = RunToken.make() + RunToken.make()
        typealias Variable = RemoteRuntimeSource.Variable
        var environment = CheckEngine.testEnvironment(home: testRun.url)
        // The suite's and solution's folders are covered too, wherever the grader keeps them.
        var confinement = confinement
        confinement.hiddenFolders = Self.coverable(confinement.hiddenFolders + [suiteFile, solutionFile].map { $0.deletingLastPathComponent() })
        environment[Variable.command] = confinement.command(server: exec.server.path, workingDirectory: exec.work.path,
                                                            processes: limits.processes).joined(separator: "\t")
        environment[Variable.environment] = ["PATH=/usr/bin:/bin", "HOME=\(exec.work.path)", "TMPDIR=\(exec.work.path)",
                                             "LANG=C.UTF-8", "NO_COLOR=1", "SWIFT_BACKTRACE=enable=no",
                                             "LD_LIBRARY_PATH=\(exec.library.path)"].joined(separator: "\t")
        environment[Variable.callSeconds] = String(limits.callSeconds)
        environment[Variable.testSeconds] = String(limits.testSeconds)
        let wall = limits.run.wallTimeSeconds + limits.testSeconds * Double(suite.testNames.count)
        let outcome = try ProcessRunner.run(
            executable: testBinary.path,
            arguments: ["--cpu", String(Int(wall.rounded(.up)) + 1), "--memory", String(limits.run.memoryBytes),
                        "--file-size", String(limits.run.fileSizeBytes)],
            environment: environment, workingDirectory: testRun.url.path, stdin: Data((nonce + "\n").utf8), sideChannel: true,
            limits: ProcessLimits(wallTimeSeconds: wall, outputBytes: limits.run.outputBytes))
        let printed = outcome.outputText.replacingOccurrences(of: "LearnerCode/\(PreparedToolkit.RunFile.learnerSource)", with: displayPath)
        var runLimits = limits.run
        runLimits.wallTimeSeconds = wall
        let verdict = RunVerdict(outcome: outcome, output: printed, records: ResultRecords(outcome.sideChannel, nonce: nonce),
                                 expected: suite.testNames, limits: runLimits, learnerPath: displayPath)
        return finish(Self.status(verdict), tests: verdict.tests, output: LearnerOutput.display(printed))
    }

    /// The test process's verdict, with a learner process that timed out or died named as such
    /// (the proxy failed that test with one of `RemoteRuntimeSource.Failure`'s messages).
    static func status(_ verdict: RunVerdict) -> CheckStatus {
        guard verdict.status == .failed else { return verdict.status }
        typealias Failure = RemoteRuntimeSource.Failure
        let messages = verdict.tests.filter { $0.status == .failed }.map(\.message)
        if messages.contains(where: { $0.contains(Failure.timeout) }) { return .timeout }
        if messages.contains(where: { $0.contains(Failure.ended) || $0.contains(Failure.garbled) }) { return .crashed }
        return .failed
    }

    /// Folder of linked test processes, named by their content key.
    static let testProcessesFolder = "isolated-tests"
    /// Test processes kept: one per exercise of a course, a few toolkit builds over.
    static let testProcessesKept = 256

    /// The test process for (suite, proxy, toolkit): it does not depend on the learner's file, so
    /// a batch builds it once per exercise. Built in `run` and copied into the cache by rename.
    private func cachedTestProcess(proxy: String, suite: SuiteScan, suiteSource: String, suiteFile: URL, run: URL,
                                   prepared: PreparedToolkit) throws -> URL {
        let key = ContentKey.of([Data(proxy.utf8), Data(suiteSource.utf8), Data(HarnessSource.main(for: suite).utf8),
                                 Data(prepared.libraryDirectory.path.utf8)])
        let folder = engine.cacheDirectory.appendingPathComponent(Self.testProcessesFolder)
        let cached = folder.appendingPathComponent(key)
        if FileManager.default.isExecutableFile(atPath: cached.path) { return cached }
        try Self.buildTestProcess(in: run, proxy: proxy, suite: suite, suiteSource: suiteSource, suiteFile: suiteFile,
                                  engine: engine, prepared: prepared)
        let built = run.appendingPathComponent(PreparedToolkit.RunFile.binary)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let staging = cached.appendingPathExtension("\(getpid()).\(UUID().uuidString)")
        if (try? FileManager.default.copyItem(at: built, to: staging)) != nil, rename(staging.path, cached.path) != 0 {
            try? FileManager.default.removeItem(at: staging)
        }
        CacheFolder.prune(folder, keep: Self.testProcessesKept)
        return built
    }

    /// Compiles the proxy module and the suite against it, and links the test process.
    static func buildTestProcess(in run: URL, proxy: String, suite: SuiteScan, suiteSource: String, suiteFile: URL,
                                 engine: CheckEngine, prepared: PreparedToolkit) throws {
        try proxy.write(to: run.appendingPathComponent(PreparedToolkit.RunFile.learnerSource), atomically: false, encoding: .utf8)
        let environment = engine.compiler.environment
        let module = try prepared.plans.learner.run(runFolder: run, environment: environment)
        guard module.succeeded else { throw IsolationError.generatedCodeFailed(stage: "proxy module", output: module.outputText) }
        let tests = try engine.compileSuite(suite, source: suiteSource, file: suiteFile, in: run, prepared: prepared, trace: nil)
        guard tests.succeeded else { throw IsolationError.generatedCodeFailed(stage: "suite against the proxy", output: tests.outputText) }
        let link = try prepared.plans.link.run(runFolder: run, environment: environment)
        guard link.succeeded else { throw IsolationError.generatedCodeFailed(stage: "test process", output: link.outputText) }
    }
}
