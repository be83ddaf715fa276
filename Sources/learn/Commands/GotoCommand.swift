import Workbench

/// `learn goto <id>`: makes an exercise the current one.
enum GotoCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "goto",
        abstract: "Make an exercise the current one.",
        discussion: "check, hint and watch act on the current exercise when given no id.",
        parameters: [
            .argument(.exerciseID("The exercise to work on next.", required: true)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let exercise = try course.catalog.exercise(id: arguments.argument("id") ?? "")
        let state = try course.progress.setCurrent(exercise.id)
        let status = state.isPassed(exercise.id) ? " (already passed)" : ""
        context.console.line("Current exercise: \(exercise.id)\(status): \(exercise.title)")
        context.console.line("  File:  \(exercise.path)")
        context.console.line("  Check: learn check")
        return .success
    }
}
