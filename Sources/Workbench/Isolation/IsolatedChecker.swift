import Foundation

/// The grading-path checker: `IsolatedEngine` with the toolkit found as `EngineChecker` finds it,
/// the cache in the workspace's `.learn/cache`, and the whole workspace (suites, solutions,
/// progress, cache) hidden from the learner's process. Used by `learn check --isolated` and the
/// batch grader; `learn check` keeps the fast shared-process `EngineChecker`.
public final class IsolatedChecker: ExerciseChecker, @unchecked Sendable {
    public let workspace: Workspace
    public let limits: IsolationLimits
    /// Folders hidden from learner processes besides the workspace (a grader's submissions and
    /// output folders).
    public let hiding: [URL]

    // Guarded by `lock`; built by the first check.
    private var engine: IsolatedEngine?
    private let lock = NSLock()

    public init(workspace: Workspace, limits: IsolationLimits = IsolationLimits(), hiding: [URL] = []) {
        self.workspace = workspace
        self.limits = limits
        self.hiding = hiding
    }

    /// Checks `learnerFile` against `exercise`'s suite, through the proxy made from its solution.
    public func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        try sharedEngine().check(id: exercise.id, learnerFile: learnerFile, suiteFile: workspace.url(exercise.suite),
                                 solutionFile: workspace.url(exercise.solutionPath),
                                 displayPath: workspace.relativePath(of: learnerFile))
    }

    private func sharedEngine() throws -> IsolatedEngine {
        lock.lock()
        defer { lock.unlock() }
        if let engine { return engine }
        let made = try IsolatedEngine(toolkit: try Toolkit.locate(), limits: limits, cacheDirectory: workspace.cacheDirectory,
                                      hiding: [workspace.root] + hiding)
        engine = made
        return made
    }
}
