import Foundation

extension Course {
    /// Puts `exercise`'s original stub back (the learner's file is kept as a backup, see
    /// `StubArchive.restore`) and marks it pending: what `learn reset` and watch's `x` do.
    @discardableResult
    public func reset(_ exercise: Exercise) throws -> StubArchive.Restore {
        let restore = try stubs.restore(exercise)
        try progress.reset(exercise.id)
        return restore
    }
}
