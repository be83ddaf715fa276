import Workbench

/// `learn watch`'s output: the same text as `learn check`, `learn hint` and `learn list`, under a
/// header naming the watched exercise and above a footer of keys. On a terminal each check redraws
/// the screen (header, result, footer); into a pipe or file the text is appended.
final class ConsoleWatchDisplay: WatchDisplay {
    let console: Console
    let course: Course
    /// The lines above every check: what is watched, and after moving on by itself, where the
    /// lesson teaches the new exercise.
    private var header: [StyledText] = []

    init(console: Console, course: Course) {
        self.console = console
        self.course = course
    }

    /// "Clear the screen, cursor home": only on a terminal.
    static let clearScreen = "\u{1B}[2J\u{1B}[H"

    func watching(_ exercise: Exercise, after passed: Exercise?) {
        header = [.joining(StyledText("Watching ", style: .heading), StyledText(exercise.id, style: [.bold]),
                           StyledText(": \(exercise.title) ("), .path(exercise.path), ")")]
        if let passed {
            header.append(.joining(StyledText("\(passed.id) passed", style: .success), ". Next, read its lesson section first: ",
                                   .command("learn lesson \(exercise.id)")))
        }
    }

    func checking(_ exercise: Exercise) {
        if console.output.isTTY { console.writeOutput(Self.clearScreen) } else { console.line() }
        console.lines(header + [StyledText("Checking \(exercise.id)...", style: .dim)])
    }

    func checked(_ exercise: Exercise, result: CheckResult, state: ProgressState) {
        console.lines(CheckResultText.render(result, exercise: exercise))
        if result.passed {
            console.lines(CheckResultText.passNotes(exercise, course: course))
        }
    }

    func checkFailed(_ exercise: Exercise, error: Error) {
        console.error("\(error)")
        console.line(StyledText("Watching for the file to change...", style: .dim))
    }

    func hints(_ exercise: Exercise, level: Int, revealed: Bool) {
        console.lines([""] + HintText.render(exercise, level: level, justRevealed: revealed,
                                             nextHint: .joining("press ", .command("h"), " again")))
    }

    func list(_ listing: ExerciseListing) {
        console.lines([""] + ListingText.render(listing, width: console.output.width))
    }

    func reset(_ exercise: Exercise, outcome: Result<StubArchive.Restore, Error>) {
        switch outcome {
        case .success(let restore):
            console.line("Restored \(exercise.path) from \(restore.source)."
                         + (restore.backup.map { " Your previous version is saved as \($0)." } ?? ""))
        case .failure(let error):
            console.error("\(error)")
        }
    }

    func courseDone() {
        console.line(StyledText(SummaryCommand.courseDone, style: .success))
    }

    func footer(_ exercise: Exercise) {
        var line = StyledText("Keys: ", style: .dim)
        let keys: [(WatchKey, String)] = [(.next, "next"), (.rerun, "re-run"), (.reset, "reset"), (.hint, "hint"),
                                          (.list, "list"), (.quit, "quit")]
        for (index, (key, name)) in keys.enumerated() {
            line = line + (index == 0 ? "" : ", ") + .command(key.letter.map(String.init) ?? "") + StyledText(" " + name)
        }
        console.lines(["", line + StyledText(console.inputIsTerminal ? "" : " (then Enter)")])
    }
}
