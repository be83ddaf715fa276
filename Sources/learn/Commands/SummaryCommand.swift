import Workbench

/// `learn` with no subcommand: how far the learner is, the current exercise, what to do next.
enum SummaryCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "learn",
        abstract: "Work through the Fairwork course: read lessons, edit exercises, check them.",
        discussion: """
            Run learn alone to see your progress and what to do next. A typical round:
              learn lesson        read the lesson of the current exercise
              learn watch         re-check the current exercise every time you save it
              learn hint          stuck? reveal a hint
            """,
        parameters: [.option(.workspace)])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let state = try course.progress.load()
        let exercises = course.catalog.exercises
        let done = exercises.filter { state.isPassed($0.id) }.count
        context.console.line(course.catalog.title)
        context.console.line("Progress: \(done)/\(exercises.count) exercises passed")
        context.console.line()
        guard let current = course.currentExercise(in: state) else {
            context.console.line("Every exercise has passed. Well done!")
            return .success
        }
        context.console.line("Current exercise: \(current.id): \(current.title)")
        context.console.line("  File:   \(current.path)")
        context.console.line("  Lesson: learn lesson \(current.id)")
        context.console.line()
        context.console.line("Next: edit the file, then run learn check (or learn watch to re-check on every save).")
        context.console.line("Stuck? learn hint reveals a hint.")
        return .success
    }
}
