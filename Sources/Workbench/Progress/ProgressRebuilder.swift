import Foundation

/// Rebuilds progress from the learner's files when the state file was lost: every exercise is
/// checked again; those that pass are passed (as of now), and the first pending one is current.
/// Hint levels cannot be recovered and start again at zero.
public enum ProgressRebuilder {
    /// `check` returns how a check of the exercise ended, or `nil` when it could not be checked
    /// (its file is missing): such an exercise is pending.
    public static func rebuild(catalog: Catalog, at time: Date = Date(),
                               check: (Exercise) -> CheckStatus?) -> ProgressState {
        var state = ProgressState()
        for exercise in catalog.exercises {
            guard let status = check(exercise) else { continue }
            state.lastStatus[exercise.id] = status
            if status == .passed { state.passed[exercise.id] = time }
        }
        state.current = catalog.nextPending(after: nil) { !state.isPassed($0.id) }?.id
        return state
    }
}

extension ProgressRecovery {
    /// Reports through `report`, then rebuilds by checking every learner file of `catalog` with
    /// `checker` (a missing file or a check that cannot run leaves its exercise pending).
    public static func recheck(workspace: Workspace, catalog: Catalog, checker: any ExerciseChecker,
                               report: @escaping @Sendable (CorruptStateReport) -> Void) -> ProgressRecovery {
        ProgressRecovery(report: report) {
            ProgressRebuilder.rebuild(catalog: catalog) { exercise in
                let file = workspace.url(exercise.path)
                guard FileManager.default.fileExists(atPath: file.path) else { return nil }
                return try? checker.check(exercise, learnerFile: file).status
            }
        }
    }
}
