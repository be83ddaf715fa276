import Foundation

extension Course {
    /// Checks the learner's file of `exercise` and records the outcome in progress (a pass marks
    /// it passed and may move `current` on; see `ProgressStore.recordCheck`). Returns the result
    /// and the progress after it.
    public func check(_ exercise: Exercise) throws -> (CheckResult, ProgressState) {
        let result = try checker.check(exercise, learnerFile: try learnerFile(of: exercise))
        let state = try progress.recordCheck(exercise.id, status: result.status, catalog: catalog)
        return (result, state)
    }
}
