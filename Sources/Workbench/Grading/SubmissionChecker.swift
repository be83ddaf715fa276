import Foundation

/// What checks one learner file against one suite for `learn grade`. The isolated checker of
/// docs/grading.md, "How isolation works" (suite and verdict in a trusted process, learner code in an unprivileged
/// server process) plugs in here; the batch never knows which checker it drives.
public protocol SubmissionChecker: Sendable {
    /// Names the checker and its settings in the check cache's keys and in `run.json`: results
    /// from another checker are never reused.
    var identity: String { get }
    /// Whether learner code runs apart from the suite and the verdict. `GradeRequest` refuses a
    /// checker that is not isolated unless a test asks for it explicitly.
    var isIsolated: Bool { get }
    /// Checks `learnerFile` against `suiteFile` for `exercise`. Learner faults are results;
    /// throws only for infrastructure problems (no compiler, toolkit not built).
    func check(_ exercise: Exercise, learnerFile: URL, suiteFile: URL) throws -> CheckResult
}

/// The shared-process check engine behind `SubmissionChecker`. Learner code shares its process
/// with the harness there, so it is NOT isolated: `GradeRequest` runs it only when a test sets
/// `allowsSharedProcess`, never from `learn grade`.
public struct EngineSubmissionChecker: SubmissionChecker {
    public let engine: CheckEngine
    public var identity: String { "engine-shared-process timeout=\(engine.limits.wallTimeSeconds)" }
    public var isIsolated: Bool { false }

    public init(engine: CheckEngine) { self.engine = engine }

    public func check(_ exercise: Exercise, learnerFile: URL, suiteFile: URL) throws -> CheckResult {
        try engine.check(id: exercise.id, learnerFile: learnerFile, suiteFile: suiteFile,
                         displayPath: exercise.path)
    }
}

/// The checker `learn grade` uses, chosen from the environment.
public enum GradeCheckers {
    /// `FAIRWORK_GRADE_CHECKER=scripted` selects `ScriptedSubmissionChecker`, for the end-to-end
    /// tests of the batch machinery (resume, shards, outputs) through the binary. Grades it
    /// gives mean nothing.
    public static let environmentVariable = "FAIRWORK_GRADE_CHECKER"
    /// Seconds the scripted checker waits per check, so a test can kill a run midway.
    public static let delayVariable = "FAIRWORK_GRADE_SCRIPTED_DELAY"

    /// The checker to grade with (`timeoutSeconds` per check), or the reason grading cannot run
    /// on this build.
    /// `timeoutSeconds` bounds each test (one endless test costs that test only).
    public static func resolve(environment: [String: String], request: GradeRequest, timeoutSeconds: Double) throws -> any SubmissionChecker {
        if environment[environmentVariable] == "scripted" {
            return ScriptedSubmissionChecker(delaySeconds: environment[delayVariable].flatMap(Double.init) ?? 0)
        }
        var limits = IsolationLimits()
        limits.testSeconds = timeoutSeconds
        limits.callSeconds = min(limits.callSeconds, timeoutSeconds)
        return try IsolatedSubmissionChecker(request: request, limits: limits)
    }

    static let isolationRequired = """
        learn grade grades only with an isolated checker (learner code in a separate unprivileged \
        process, the suite and the verdict in a trusted one; see docs/grading.md), never with the \
        shared-process engine of `learn check`, where learner code can read the harness's memory \
        and forge a pass.
        """
}
