import Workbench

/// `learn check [<id>] [--json]`: runs an exercise's hidden tests against the learner's file.
enum CheckCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "check",
        abstract: "Check an exercise against its hidden tests.",
        discussion: """
            Compiles your file and runs the exercise's tests, then shows each test as passed or failed \
            with what was expected and what your code gave. A pass is saved in your progress and moves \
            you on to the next pending exercise; it shows the exercise's points and where the reference \
            solution is, to compare with yours. Exits 0 only when every test passed.
            """,
        parameters: [
            .argument(.exerciseID("The exercise to check.")),
            .flag(.json("Print the result as JSON (the CheckResult contract in docs/cli.md).")),
            .flag(FlagDescription(name: "isolated", short: nil, help: """
                Check the way instructors grade: your code runs in a separate, confined process and the \
                tests reach it through a pipe (slower; see "Which check to trust" in the README).
                """, group: nil)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let (course, exercise) = try context.openCourseAndExercise(arguments, isolated: arguments.flag("isolated"))
        guard let exercise else {
            // Standard output carries only JSON under --json.
            if arguments.flag("json") { context.console.writeError(allPassed + "\n") } else { context.console.line(allPassed) }
            return .success
        }
        let (result, state) = try course.check(exercise)
        if arguments.flag("json") {
            try context.console.json(result)
        } else {
            context.console.lines(CheckResultText.render(result, exercise: exercise))
            context.console.lines(CheckResultText.nextSteps(after: result, exercise: exercise, course: course, state: state))
        }
        return result.passed ? .success : .failure
    }

    static let allPassed = "Every exercise has passed. To check one again, name it: learn check ID"
}
