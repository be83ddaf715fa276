import Workbench

/// `learn watch`: checks the current exercise, then again after every save, and moves on after
/// a pass. Keys: q quits, h shows the next hint, l lists the exercises.
enum WatchCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "watch",
        abstract: "Check the current exercise every time you save it.",
        discussion: """
            Checks the current exercise now and again within a second of each save; after a pass it \
            moves on to the next pending exercise. Keys: q quits, h shows the next hint, l lists the \
            exercises (on a terminal keys act at once; from a pipe, one per line).
            """,
        parameters: [.option(.workspace)])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let display = ConsoleWatchDisplay(console: context.console, course: course)
        var input = KeyboardInput()
        let raw = context.console.inputIsTerminal && RawTerminalMode.enable()
        defer { if raw { RawTerminalMode.restore() } }
        try WatchLoop(course: course).run(input: &input, display: display)
        return .success
    }
}
