import Foundation

/// One check verify runs: an exercise's solution (which must pass) or its untouched stub (which
/// must fail with failed tests, so the learner sees which tests to make pass).
struct CheckOutcome: Sendable {
    enum Role: String, Sendable {
        case solution, stub
    }

    /// How the check ended; `nil` when it could not run (file missing, infrastructure error).
    var status: CheckStatus?
    /// What is wrong, if anything.
    var problem: String?

    /// Checks `file` (the solution, or the shipped stub wherever it was found), shown as `path`.
    init(role: Role, exercise: Exercise, file: URL, path: String, checker: any ExerciseChecker) {
        let result: CheckResult
        do {
            result = try checker.check(exercise, learnerFile: file)
        } catch {
            status = nil
            problem = "cannot check the \(role.rawValue) \(path): \(error)"
            return
        }
        status = result.status
        problem = Self.problem(with: result, role: role, path: path)
    }

    /// A check that could not run because its file is missing (ExerciseRules reports why).
    static let notRun = CheckOutcome(status: nil, problem: nil)

    /// A check that could not run, for `problem`.
    static func notRun(_ problem: String) -> CheckOutcome { CheckOutcome(status: nil, problem: problem) }

    private init(status: CheckStatus?, problem: String?) {
        self.status = status
        self.problem = problem
    }

    private static func problem(with result: CheckResult, role: Role, path: String) -> String? {
        let expected: CheckStatus = role == .solution ? .passed : .failed
        guard result.status != expected else { return nil }
        let failures = result.tests.filter { $0.status == .failed }
            .map { $0.message.isEmpty ? $0.name : "\($0.name): \($0.message)" }.joined(separator: "; ")
        let why: String
        switch result.status {
        case .passed:
            why = "the untouched stub must fail its suite, or the learner has nothing to do"
        case .compileError:
            why = result.compileErrors.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }.joined(separator: "; ")
        case .failed:
            why = failures
        case .timeout, .crashed, .outputLimit:
            why = (role == .stub ? "stubs must return a wrong placeholder, never crash or loop, so every test reports; " : "")
                + failures + (result.output.isEmpty ? "" : "; the run printed: " + result.output.suffix(400))
        }
        return "\(role.rawValue) \(path): expected \(expected.rawValue), got \(result.status.rawValue) (\(why))"
    }
}
