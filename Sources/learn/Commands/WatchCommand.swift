import Workbench

/// `learn watch [<id>]`: checks an exercise now and after every save; keys move on, re-run,
/// reset, show hints and the list, and quit.
enum WatchCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "watch",
        abstract: "Check an exercise every time you save it.",
        discussion: """
            Checks the exercise (the current one, or ID, which becomes current) now and again as soon \
            as you save it, redrawing the screen each time. After a first pass it moves on to the next \
            pending exercise and points to its lesson section; an exercise that had passed before \
            stays until you press n. Keys: n next, r re-run, x reset (your file is kept as a backup), \
            h hint, l list, q quit (on a terminal keys act at once; from a pipe, one per line).
            """,
        parameters: [
            .argument(.exerciseID("The exercise to watch.")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let start = try arguments.argument("id").map { id throws in try course.catalog.exercise(id: id) }
        let display = ConsoleWatchDisplay(console: context.console, course: course)
        var input = KeyboardInput()
        let raw = context.console.inputIsTerminal && RawTerminalMode.enable()
        defer { if raw { RawTerminalMode.restore() } }
        try WatchLoop(course: course).run(startingAt: start, input: &input, display: display)
        return .success
    }
}
