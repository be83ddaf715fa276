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
        parameters: [
            .option(.workspace),
            .flag(FlagDescription(name: CommandParser.versionFlag, short: nil,
                                  help: "Print learn's version and the Swift toolchain that checks exercises.", group: nil)),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let state = try course.progress.load()
        let exercises = course.catalog.exercises
        let done = exercises.filter { state.isPassed($0.id) }.count
        let modules = ModuleProgress.all(catalog: course.catalog, state: state, workspace: course.workspace)
        var lines: [StyledText] = [
            StyledText(course.catalog.title, style: .heading),
            .joining(ProgressBar(total: exercises.count).render(completed: done), " exercises passed"),
            "",
        ] + ModuleProgressText.table(modules, width: context.console.output.width) + [""]
        let quizDue = ModuleProgressText.nextSteps(modules, catalog: course.catalog)
        if !quizDue.isEmpty { lines += quizDue + [""] }
        guard let current = course.currentExercise(in: state) else {
            lines += [StyledText(courseDone, style: .success), StyledText(practiceProjects)]
            context.console.lines(lines + installTip(context))
            return .success
        }
        lines += [
            .joining("Current exercise: ", StyledText(current.id, style: .bold), StyledText(": \(current.title)")),
            .joining("  File:   ", .path(current.path)),
            .joining("  Lesson: ", .command("learn lesson \(current.id)")),
            "",
            .joining("Next: edit the file, then run ", .command("learn check"), " (or ", .command("learn watch"),
                     " to check on every save)."),
            .joining("Stuck? ", .command("learn hint"), " reveals a hint."),
        ]
        context.console.lines(lines + installTip(context))
        return .success
    }

    static let courseDone = "Every exercise has passed: the course is done. Well done!"
    /// Where the course goes after its last exercise: the practice projects.
    static let practiceProjects = "Next, put it to work on the practice projects "
        + "(a lending audit, a hiring audit, COMPAS, a governance framework, ...): "
        + "learn project list shows them, learn project start NAME begins one."

    /// When `learn` is not on PATH (after `swift run learn`), how to make the commands above
    /// typeable, in one line.
    private static func installTip(_ context: CommandContext) -> [StyledText] {
        let invocation = Invocation.current(environment: context.environment)
        guard let install = invocation.installCommand else { return [] }
        return ["", .joining("learn is not on your PATH yet: type ", .command("swift run learn check"),
                             " and so on, or make ", .command("learn"), " typeable once with:"),
                .joining("  ", .command(install))]
    }
}
