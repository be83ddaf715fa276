import Foundation

/// The real checker: the check engine, with the toolkit found next to the running `learn` (or at
/// $FAIRWORK_TOOLKIT_DIR) and its cache in the workspace's `.learn/cache`. The toolkit is located
/// at each check, not before, so commands that never check work without a built toolkit.
public struct EngineChecker: ExerciseChecker {
    /// The course folder: suites and the cache live there.
    public let workspace: Workspace
    /// Time and output limits of each test run.
    public var limits: RunLimits

    /// A checker for `workspace`'s exercises.
    public init(workspace: Workspace, limits: RunLimits = RunLimits()) {
        self.workspace = workspace
        self.limits = limits
    }

    /// Checks `learnerFile` against `exercise`'s suite with the check engine.
    public func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        let engine = try CheckEngine(toolkit: try Toolkit.locate(), limits: limits,
                                 cacheDirectory: workspace.cacheDirectory)
        return try engine.check(id: exercise.id, learnerFile: learnerFile,
                                suiteFile: workspace.url(exercise.suite),
                                displayPath: workspace.relativePath(of: learnerFile))
    }
}
