import Workbench

/// `learn watch`'s output: the same text as `learn check`, `learn hint` and `learn list`.
struct ConsoleWatchDisplay: WatchDisplay {
    let console: Console
    let course: Course

    func watching(_ exercise: Exercise) {
        console.lines([
            "",
            .joining(StyledText("Watching ", style: .heading), StyledText(exercise.id, style: [.bold]),
                     StyledText(": \(exercise.title) ("), .path(exercise.path), ")"),
            .joining("Save the file to check it again. Keys: ", .command("q"), " quit, ", .command("h"), " hint, ",
                     .command("l"), " list", StyledText(console.inputIsTerminal ? "." : " (then Enter).")),
        ])
    }

    func checking(_ exercise: Exercise) {
        console.line(StyledText("Checking \(exercise.id)...", style: .dim))
    }

    func checked(_ exercise: Exercise, result: CheckResult, state: ProgressState) {
        console.lines(CheckResultText.render(result, exercise: exercise))
        if !result.passed {
            console.line(CheckResultText.nextStep(after: result, exercise: exercise, course: course, state: state))
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

    func courseDone() {
        console.line(StyledText(SummaryCommand.courseDone, style: .success))
    }
}
