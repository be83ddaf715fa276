import Foundation

/// Runs an exercise's hidden suite against a Swift file. The workbench's commands, `learn watch`
/// and `learn verify` check through this, so tests can substitute a scripted checker.
public protocol ExerciseChecker: Sendable {
    /// Checks `learnerFile` (the learner's file, or for authors a solution or pristine stub)
    /// against `exercise`'s suite. Learner faults are results; throws only for infrastructure
    /// problems (no compiler, toolkit not built, suite unreadable).
    func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult
}

/// The learner's file of an exercise is not where the catalog says.
public struct MissingExerciseFile: WorkbenchFailure, Equatable {
    /// The exercise whose file is missing.
    public var exerciseID: String
    /// The missing file, workspace-relative.
    public var path: String

    /// The error for `exerciseID`'s file at `path`.
    public init(exerciseID: String, path: String) {
        self.exerciseID = exerciseID
        self.path = path
    }

    public var kind: FailureKind { .badInput }

    public var description: String {
        "\(path) is missing (the file of exercise '\(exerciseID)'); "
            + "run `learn reset \(exerciseID)` to restore the original stub"
    }
}
