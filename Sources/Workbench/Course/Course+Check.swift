import Foundation

extension Course {
    /// Checks the learner's file of `exercise` and records the outcome in progress (a pass marks
    /// it passed and may move `current` on; see `ProgressStore.recordCheck`). Returns the result
    /// and the progress after it. A suite that is not the shipped one (see `CourseDigests`) is
    /// refused before anything runs.
    public func check(_ exercise: Exercise) throws -> (CheckResult, ProgressState) {
        try verifySuite(of: exercise)
        let result = try checker.check(exercise, learnerFile: try learnerFile(of: exercise))
        let state = try progress.recordCheck(exercise.id, status: result.status, catalog: catalog)
        return (result, state)
    }

    /// Throws `ChangedSuite` when the course records a digest for `exercise`'s suite and the file
    /// on disk differs from it (or is gone: the engine reports a missing suite itself).
    public func verifySuite(of exercise: Exercise) throws(ChangedSuite) {
        guard let digests, let data = FileManager.default.contents(atPath: workspace.url(exercise.suite).path),
              digests.matches(data, at: exercise.suite) == false else { return }
        throw ChangedSuite(path: exercise.suite)
    }
}
