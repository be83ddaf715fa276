import Foundation

/// `learn verify`'s check of the Codable boundary: for each exercise, the API read from its
/// solution must be able to cross to a separate process (`ExerciseAPI.problems`), and the
/// generated halves must compile: the proxy module with the suite against it (the trusted test
/// process), and the solution with the generated dispatcher (the learner's server). Nothing runs,
/// so no confinement is needed; `learn check --isolated` runs the same builds.
public final class IsolationBoundary: @unchecked Sendable {
    public let workspace: Workspace
    // Guarded by `lock`; built by the first exercise.
    private var engine: CheckEngine?
    private let lock = NSLock()

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// What stops `exercise` from being graded in isolation, one line each; empty when nothing.
    public func problems(of exercise: Exercise) -> [String] {
        let solutionPath = exercise.solutionPath
        guard let solution = try? String(contentsOf: workspace.url(solutionPath), encoding: .utf8),
              let suiteSource = try? String(contentsOf: workspace.url(exercise.suite), encoding: .utf8) else {
            return []   // ExerciseRules reports missing files.
        }
        let api = ExerciseAPI(source: solution)
        guard api.problems.isEmpty else {
            return api.problems.map { "\(solutionPath):\($0.line): \($0.declaration): \($0.reason) (exercise APIs must use Codable values)" }
        }
        do {
            let engine = try sharedEngine()
            let suite = try SuiteScan(source: suiteSource, path: exercise.suite)
            let proxy = try ProxySource.proxyModule(api)
            let dispatcher = try ProxySource.serverDispatcher(api, suite: suiteSource)
            let prepared = try PreparedToolkit.prepare(engine.toolkit, compiler: engine.compiler, cacheDirectory: engine.cacheDirectory)
            let runs = engine.cacheDirectory.appendingPathComponent(CheckEngine.runsFolder)
            let serverRun = try RunFolder(parent: runs)
            defer { serverRun.remove() }
            let built = try ServerBuild.build(in: serverRun.url, learnerSource: SwiftSourceText(solution), api: api,
                                              dispatcher: dispatcher, engine: engine, prepared: prepared, displayPath: solutionPath)
            if case .failed(let errors) = built {
                return errors.map { "\($0.file):\($0.line):\($0.column): the learner's server does not compile from the solution: \($0.message)" }
            }
            let testRun = try RunFolder(parent: runs)
            defer { testRun.remove() }
            try IsolatedEngine.buildTestProcess(in: testRun.url, proxy: proxy, suite: suite, suiteSource: suiteSource,
                                                suiteFile: workspace.url(exercise.suite), engine: engine, prepared: prepared)
            return []
        } catch {
            return ["\(solutionPath): cannot build the isolated check: \(error)"]
        }
    }

    private func sharedEngine() throws -> CheckEngine {
        lock.lock()
        defer { lock.unlock() }
        if let engine { return engine }
        let made = try CheckEngine(toolkit: try Toolkit.locate(), cacheDirectory: workspace.cacheDirectory)
        engine = made
        return made
    }
}
