import Foundation

/// The real checker: the check engine, with the toolkit found next to the running `learn` (or at
/// $FAIRWORK_TOOLKIT_DIR) and its cache in the workspace's `.learn/cache`.
///
/// One engine serves every check of a process (a batch, a watch session): locating the compiler
/// and pruning the cache happen once, at the first check, not per check and not before it, so
/// commands that never check work without a built toolkit.
public final class EngineChecker: ExerciseChecker, @unchecked Sendable {
    /// The course folder: suites and the cache live there.
    public let workspace: Workspace
    /// Time and output limits of each test run.
    public let limits: RunLimits

    // Guarded by `lock`; built by the first check.
    private var engine: CheckEngine?
    private let lock = NSLock()

    /// A checker for `workspace`'s exercises.
    public init(workspace: Workspace, limits: RunLimits = RunLimits()) {
        self.workspace = workspace
        self.limits = limits
    }

    /// Checks `learnerFile` against `exercise`'s suite with the check engine.
    public func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        try sharedEngine().check(id: exercise.id, learnerFile: learnerFile,
                                 suiteFile: workspace.url(exercise.suite),
                                 displayPath: workspace.relativePath(of: learnerFile))
    }

    private func sharedEngine() throws -> CheckEngine {
        lock.lock()
        defer { lock.unlock() }
        if let engine { return engine }
        let made = try CheckEngine(toolkit: try Toolkit.locate(), limits: limits, cacheDirectory: workspace.cacheDirectory)
        engine = made
        return made
    }
}
