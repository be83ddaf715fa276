/// Problems that stop an isolated check from happening. Like `CheckEngineError`, never the
/// learner's fault: a learner's mistakes are `CheckResult`s.
public enum IsolationError: WorkbenchFailure, Equatable {
    /// The exercise's API (read from its solution) has declarations that cannot cross the pipe.
    case apiCannotCross([ExerciseAPI.Problem])
    /// The generated proxy or server did not compile against the solution (a course bug).
    case generatedCodeFailed(stage: String, output: String)
    /// Neither privilege dropping (root) nor a user namespace (not root) is available: isolated
    /// checks refuse to run rather than fall back to the shared-process engine.
    case unavailable(reason: String)

    public var kind: FailureKind {
        if case .apiCannotCross = self { return .badInput }
        return .internal
    }

    public var description: String {
        switch self {
        case .apiCannotCross(let problems):
            return "the exercise's declarations cannot cross to a separate process (exercise APIs must use Codable values):\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case let .generatedCodeFailed(stage, output):
            return "the generated \(stage) did not compile (a course or learn bug, not your code):\n\(output)"
        case .unavailable(let reason):
            return "isolated checks cannot run here: \(reason)"
        }
    }
}
