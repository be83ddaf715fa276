import Foundation

/// The isolated engine (docs/grading.md, "How isolation works") behind `SubmissionChecker`: what `learn grade`
/// grades with. The suite, the expected values and the verdict stay in the trusted test process;
/// the learner's code runs in a confined server process that cannot see the course, the private
/// suites, the other submissions or the output folder. One engine serves the whole batch, made
/// before the first check, so a machine where confinement cannot work refuses at once, with the
/// reason, instead of after the first learner.
public final class IsolatedSubmissionChecker: SubmissionChecker, @unchecked Sendable {
    public let limits: IsolationLimits
    private let engine: IsolatedEngine
    private let workspace: Workspace
    private let suitesRoot: URL

    /// A checker for `request`'s batch, every learner process confined away from its folders.
    public init(request: GradeRequest, limits: IsolationLimits) throws {
        self.limits = limits
        workspace = request.workspace
        suitesRoot = request.suitesRoot
        engine = try IsolatedEngine(toolkit: try Toolkit.locate(), limits: limits, cacheDirectory: request.workspace.cacheDirectory,
                                    hiding: [request.workspace.root, request.suitesRoot, request.submissions, request.out])
    }

    public var identity: String {
        "isolated test=\(limits.testSeconds) call=\(limits.callSeconds) run=\(limits.run.wallTimeSeconds) processes=\(limits.processes)"
    }

    public var isIsolated: Bool { true }

    public func check(_ exercise: Exercise, learnerFile: URL, suiteFile: URL) throws -> CheckResult {
        try engine.check(id: exercise.id, learnerFile: learnerFile, suiteFile: suiteFile,
                         solutionFile: solution(of: exercise), displayPath: exercise.path)
    }

    /// The solution the proxy is made from: beside the private suites when they have one (a
    /// private course may ship its own), else the course's.
    private func solution(of exercise: Exercise) -> URL {
        let privateCopy = suitesRoot.appendingPathComponent(exercise.solutionPath)
        return FileManager.default.fileExists(atPath: privateCopy.path) ? privateCopy : workspace.url(exercise.solutionPath)
    }
}
