import Foundation

/// The logic of `learn watch`, free of terminals and clocks so tests can drive it: check the
/// watched exercise, then re-check it after every save; react to the keys between checks.
///
/// Where it goes after a pass: an exercise that was pending moves on to the next pending one (the
/// display points to its lesson section before showing its failures); an exercise that had passed
/// before (revisited with `learn goto` or `learn watch ID`) stays, until `n` moves on. When nothing
/// is pending the course is done, and watch stays on the exercise until `q`.
///
/// Each turn waits for a key for `pollInterval` (that wait is the loop's clock), then compares
/// the file's stamp with the one last checked. A changed stamp is checked once it has held still
/// for one turn, so an editor that truncates and then writes is seen once, whole. With the 0.05 s
/// default a save starts a check 0.05-0.1 s later; a stat per turn costs microseconds.
public struct WatchLoop {
    /// Seconds between looks at the file (and the longest a key waits). Save-to-check latency is
    /// one to two of these; 0.2 s (the first version) added up to 0.4 s to every check.
    public static let defaultPollInterval = 0.05

    /// The course whose exercises are watched (its checker runs the checks).
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

    /// Runs until `q` or the end of input, starting on `start` (made the current exercise), else
    /// on the current exercise. With neither (every exercise passed), says so and returns.
    public func run<Input: WatchInput>(startingAt start: Exercise? = nil, input: inout Input,
                                       display: some WatchDisplay) throws {
        var state = try course.progress.load()
        if let start, state.current != start.id { state = try course.progress.setCurrent(start.id) }
        guard var exercise = start ?? course.currentExercise(in: state) else {
            display.courseDone()
            return
        }
        display.watching(exercise, after: nil)
        var checkedStamp: FileStamp?
        var seenStamp: FileStamp?
        var needsCheck = true

        while true {
            if needsCheck {
                needsCheck = false
                checkedStamp = stamp(course.workspace.url(exercise.path))
                seenStamp = checkedStamp
                switch check(exercise, display: display) {
                case .newlyPassed(let state):
                    if let next = course.currentExercise(in: state), next.id != exercise.id {
                        display.watching(next, after: exercise)
                        exercise = next
                        needsCheck = true
                        continue
                    }
                    if course.catalog.exercises.allSatisfy({ state.isPassed($0.id) }) { display.courseDone() }
                case .other:
                    break
                }
                display.footer(exercise)
            }

            switch input.nextKey(timeout: pollInterval) {
            case .quit?, .endOfInput?:
                return
            case .next?:
                let state = try course.progress.load()
                if let next = course.catalog.nextPending(after: exercise, isPending: { !state.isPassed($0.id) }),
                   next.id != exercise.id {
                    try course.progress.setCurrent(next.id)
                    display.watching(next, after: nil)
                    exercise = next
                    needsCheck = true
                } else {
                    // Nothing else is pending: the course is done, or this is the last one left.
                    if state.isPassed(exercise.id) { display.courseDone() }
                    display.footer(exercise)
                }
            case .rerun?:
                needsCheck = true
            case .reset?:
                let outcome = Result { try course.reset(exercise) }
                display.reset(exercise, outcome: outcome)
                if case .success = outcome { needsCheck = true } else { display.footer(exercise) }
            case .hint?:
                let (level, revealed) = try course.progress.revealNextHint(exercise.id, available: exercise.hints.count)
                display.hints(exercise, level: level, revealed: revealed)
                display.footer(exercise)
            case .list?:
                display.list(ExerciseListing(course: course, state: try course.progress.load()))
                display.footer(exercise)
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

    private enum Outcome {
        /// The exercise passed and had not passed before; the progress after it.
        case newlyPassed(ProgressState)
        /// Failed, passed again, or could not be checked.
        case other
    }

    /// Checks and records; shows the outcome.
    private func check(_ exercise: Exercise, display: some WatchDisplay) -> Outcome {
        display.checking(exercise)
        do {
            let passedBefore = try course.progress.load().isPassed(exercise.id)
            let (result, state) = try course.check(exercise)
            display.checked(exercise, result: result, state: state)
            return result.passed && !passedBefore ? .newlyPassed(state) : .other
        } catch {
            display.checkFailed(exercise, error: error)
            return .other
        }
    }
}
