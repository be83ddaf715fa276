/// A key `learn watch` reacts to.
public enum WatchKey: Sendable, Equatable {
    case quit, hint, list
    /// The input ended (stdin closed): watch stops as if `q` was pressed.
    case endOfInput

    /// The key a typed character stands for, if any: q quits, h shows a hint, l lists.
    public init?(_ character: Character) {
        switch character {
        case "q", "Q": self = .quit
        case "h", "H": self = .hint
        case "l", "L": self = .list
        default: return nil
        }
    }
}

/// Where `learn watch` gets keys: a terminal in raw mode, lines of standard input, or a test script.
public protocol WatchInput {
    /// Waits up to `timeout` seconds for a key; `nil` when none came. This wait is the loop's
    /// poll interval.
    mutating func nextKey(timeout: Double) -> WatchKey?
}

/// What `learn watch` shows; the command line implements it with the same text as `learn check`,
/// `learn hint` and `learn list`, tests with a recorder.
public protocol WatchDisplay {
    /// Watching starts or moves on to `exercise`.
    func watching(_ exercise: Exercise)
    /// A check of `exercise` is starting.
    func checking(_ exercise: Exercise)
    /// A check finished; `state` is the progress after it.
    func checked(_ exercise: Exercise, result: CheckResult, state: ProgressState)
    /// The check could not run (its file is missing, the toolkit is not built).
    func checkFailed(_ exercise: Exercise, error: Error)
    /// `h` was pressed: the hints of `exercise` up to `level`; `revealed` is false when there
    /// were no more.
    func hints(_ exercise: Exercise, level: Int, revealed: Bool)
    /// `l` was pressed.
    func list(_ listing: ExerciseListing)
    /// Every exercise has passed; watch ends.
    func courseDone()
}
