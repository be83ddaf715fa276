/// A key `learn watch` reacts to.
public enum WatchKey: Sendable, Equatable, CaseIterable {
    case next, rerun, reset, hint, list, quit
    /// The input ended (stdin closed): watch stops as if `q` was pressed.
    case endOfInput

    /// The key a typed character stands for, if any (the footer lists them; see `letter`).
    public init?(_ character: Character) {
        guard let key = Self.allCases.first(where: { $0.letter.map(String.init) == character.lowercased() }) else {
            return nil
        }
        self = key
    }

    /// The letter that types this key: n next, r re-run, x reset, h hint, l list, q quit
    /// (rustlings' letters); upper case works too.
    public var letter: Character? {
        switch self {
        case .next: return "n"
        case .rerun: return "r"
        case .reset: return "x"
        case .hint: return "h"
        case .list: return "l"
        case .quit: return "q"
        case .endOfInput: return nil
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
    /// Watching starts on, or moves to, `exercise`. `after` is the exercise that just passed when
    /// watch moved on by itself (so the display can point to the new lesson section before the
    /// new exercise's failures).
    func watching(_ exercise: Exercise, after passed: Exercise?)
    /// A check of `exercise` is starting (a terminal display redraws the screen here).
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
    /// `x` was pressed: the original stub is back (or `error` says why not).
    func reset(_ exercise: Exercise, outcome: Result<StubArchive.Restore, Error>)
    /// Every exercise has passed (`n` with nothing pending, or the last pass). Watch goes on
    /// watching the same exercise until `q`.
    func courseDone()
    /// The keys, shown after each of the above.
    func footer(_ exercise: Exercise)
}
