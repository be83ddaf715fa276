import Foundation

/// The logic of `learn watch`, free of terminals and clocks so tests can drive it: check the
/// current exercise, then re-check it after every save, and after a pass move on to the next
/// pending exercise; react to q (quit), h (next hint) and l (list) between checks.
///
/// Each turn waits for a key for `pollInterval` (that wait is the loop's clock), then compares
/// the file's stamp with the one last checked. A changed stamp is checked once it has held still
/// for one turn, so an editor that truncates and then writes is seen once, whole; with the 0.2 s
/// default a save is checked within 0.4 s, well inside the 1 s promised.
public struct WatchLoop {
    /// Seconds between looks at the file (and the longest a key waits).
    public static let defaultPollInterval = 0.2

    /// The course whose current exercise is watched (its checker runs the checks).
    public let course: Course
    /// Seconds between looks at the file.
    public var pollInterval: Double
    /// How a file's stamp is read (tests substitute a scripted one).
    public var stamp: (URL) -> FileStamp?

    /// A loop over `course`'s exercises.
    public init(course: Course, pollInterval: Double = defaultPollInterval,
                stamp: @escaping (URL) -> FileStamp? = FileStamp.of) {
        self.course = course
        self.pollInterval = pollInterval
        self.stamp = stamp
    }

    /// Runs until `q`, the end of input, or the last exercise passing.
    public func run<Input: WatchInput>(input: inout Input, display: some WatchDisplay) throws {
        guard var exercise = course.currentExercise(in: try course.progress.load()) else {
            display.courseDone()
            return
        }
        display.watching(exercise)
        var checkedStamp = stamp(course.workspace.url(exercise.path))
        var seenStamp = checkedStamp
        var needsCheck = true

        while true {
            if needsCheck {
                needsCheck = false
                checkedStamp = stamp(course.workspace.url(exercise.path))
                seenStamp = checkedStamp
                if let state = check(exercise, display: display) {
                    guard let next = course.currentExercise(in: state) else {
                        display.courseDone()
                        return
                    }
                    if next.id != exercise.id {
                        exercise = next
                        display.watching(exercise)
                        needsCheck = true
                        continue
                    }
                }
            }

            switch input.nextKey(timeout: pollInterval) {
            case .quit?, .endOfInput?:
                return
            case .hint?:
                let (level, revealed) = try course.progress.revealNextHint(exercise.id, available: exercise.hints.count)
                display.hints(exercise, level: level, revealed: revealed)
            case .list?:
                display.list(ExerciseListing(course: course, state: try course.progress.load()))
            case nil:
                break
            }

            let now = stamp(course.workspace.url(exercise.path))
            if now != nil, now != checkedStamp, now == seenStamp {
                needsCheck = true   // changed, and unchanged since the last turn: the save is complete
            }
            seenStamp = now
        }
    }

    /// Checks and records; shows the outcome. Returns the progress after a pass, else `nil`.
    private func check(_ exercise: Exercise, display: some WatchDisplay) -> ProgressState? {
        display.checking(exercise)
        do {
            let (result, state) = try course.check(exercise)
            display.checked(exercise, result: result, state: state)
            return result.passed ? state : nil
        } catch {
            display.checkFailed(exercise, error: error)
            return nil
        }
    }
}
