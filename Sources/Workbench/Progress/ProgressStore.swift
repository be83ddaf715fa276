import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one owner of a learner's progress (after rustlings' state type): `.learn/state.json`,
/// changed only through the verbs below.
///
/// Every verb is one transaction: it takes an exclusive lock on `.learn/state.lock`, reads the
/// file, changes it and writes it back atomically (temporary file, fsync, rename) before releasing
/// the lock, so a second `learn` process can neither corrupt the file nor lose an update. A missing
/// file is a fresh start. A file that cannot be read or decoded is moved aside to
/// `state.json.corrupt-<timestamp>` (nothing is lost), reported, and rebuilt by `recovery`.
public final class ProgressStore: Sendable {
    /// `.learn/state.json`.
    public let file: URL
    private let lockFile: URL
    private let recovery: ProgressRecovery

    /// A store keeping its files in `directory` (normally `Workspace.stateDirectory`).
    public init(directory: URL, recovery: ProgressRecovery) {
        file = directory.appendingPathComponent("state.json")
        lockFile = directory.appendingPathComponent("state.lock")
        self.recovery = recovery
    }

    /// The progress as it is now.
    public func load() throws -> ProgressState {
        try transaction { _ in }.state
    }

    /// Makes `id` the current exercise (`nil`: none, the course is done).
    @discardableResult
    public func setCurrent(_ id: String?) throws -> ProgressState {
        try transaction { $0.current = id }.state
    }

    /// Records how a check of `id` ended. A pass marks it passed (keeping the time of its first
    /// pass) and, when `id` was the current exercise (or there was none, or it had passed), moves
    /// `current` to the next pending exercise of `catalog` (`nil` when every one has passed).
    /// A failure leaves an earlier pass standing: passing is an achievement, `lastStatus` the news.
    @discardableResult
    public func recordCheck(_ id: String, status: CheckStatus, catalog: Catalog,
                            at time: Date = Date()) throws -> ProgressState {
        try transaction { state in
            state.lastStatus[id] = status
            guard status == .passed else { return }
            if state.passed[id] == nil { state.passed[id] = time }
            let currentIsDone = state.current.map { current in state.isPassed(current) } ?? true
            if state.current == id || currentIsDone {
                let exercise = catalog.exercises.first { $0.id == id }
                state.current = catalog.nextPending(after: exercise) { !state.isPassed($0.id) }?.id
            }
        }.state
    }

    /// Reveals one more hint of `id` when fewer than `available` are shown; returns the new level
    /// (the number of hints revealed) and whether it went up.
    public func revealNextHint(_ id: String, available: Int) throws -> (level: Int, revealed: Bool) {
        try transaction { state -> (Int, Bool) in
            let level = state.hintLevel(id)
            guard level < available else { return (level, false) }
            state.hintLevels[id] = level + 1
            return (level + 1, true)
        }.result
    }

    /// Marks `id` pending again: forgets its pass and its last status. Revealed hints stay
    /// revealed (the learner has read them).
    @discardableResult
    public func reset(_ id: String) throws -> ProgressState {
        try transaction { state in
            state.passed[id] = nil
            state.lastStatus[id] = nil
        }.state
    }

    /// Records the answers of one sitting of `module`'s quiz (by question id), replacing earlier
    /// answers to the same questions; the quiz is `completed` once all `questionCount` questions
    /// have an answer.
    @discardableResult
    public func recordQuiz(_ module: String, answers: [String: QuizAnswerRecord], questionCount: Int,
                           at time: Date = Date()) throws -> ProgressState {
        try transaction { state in
            var quiz = state.quizzes[module] ?? QuizProgress()
            quiz.answers.merge(answers) { _, new in new }
            if quiz.completed == nil, quiz.answers.count >= questionCount { quiz.completed = time }
            state.quizzes[module] = quiz
        }.state
    }

    /// Read, change and write under the lock; writes only when `change` altered the state or the
    /// file was missing or had to be rebuilt.
    func transaction<T>(_ change: (inout ProgressState) throws -> T) throws -> (state: ProgressState, result: T) {
        try FileLock.withExclusiveLock(at: lockFile) {
            var (state, mustWrite) = try readLocked()
            let before = state
            let result = try change(&state)
            if mustWrite || state != before {
                try AtomicFile.write(try ProgressState.encoder().encode(state), to: file)
            }
            return (state, result)
        }
    }

    /// The stored state and whether it must be written back (missing or rebuilt).
    private func readLocked() throws -> (ProgressState, Bool) {
        guard FileManager.default.fileExists(atPath: file.path) else { return (ProgressState(), true) }
        let problem: String
        do {
            let data = try Data(contentsOf: file)
            if let version = try? FormatVersion.of(data), version > ProgressState.currentFormatVersion {
                throw ProgressError.newerFormat(file: file.path, version: version)
            }
            return (try ProgressState.decoder().decode(ProgressState.self, from: data), false)
        } catch let error as ProgressError {
            throw error
        } catch {
            let json = JSONProblem(error)
            problem = json.path.isEmpty ? json.message : "\(json.path): \(json.message)"
        }
        let aside = try moveAside()
        recovery.report(CorruptStateReport(file: file.path, movedTo: aside.path, problem: problem))
        return (try recovery.rebuild(), true)
    }

    /// Renames the state file to `state.json.corrupt-<UTC timestamp>`, numbered if that exists.
    private func moveAside() throws -> URL {
        let target = TimestampedName.unusedPath(base: file.path + ".corrupt-", at: Date())
        guard rename(file.path, target) == 0 else {
            throw FileSystemError(action: "move aside the unreadable progress file", path: file.path, errno: errno)
        }
        return URL(fileURLWithPath: target)
    }
}
