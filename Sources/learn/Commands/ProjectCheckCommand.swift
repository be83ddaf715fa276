import Workbench

/// `learn project check [STEP] [--project NAME] [--json]`: one step against its hidden tests.
enum ProjectCheckCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "check",
        abstract: "Check a project step against its hidden tests.",
        discussion: """
            Code steps are checked exactly as exercises are (compiled alone, hidden tests, the same \
            limits). Written steps (Markdown answers) are checked for every section of their \
            template with enough words of your own; that check does not judge the prose, and \
            names a model answer once yours is complete. A pass is saved in your progress. Exits 0 \
            only when every test passed.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "step", help: "The step's id or number.", defaultText: "the first step not yet passed")),
            .option(.project),
            .flag(.json("Print the result as JSON (the CheckResult contract of learn check, id PROJECT/STEP).")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let checked = try context.projects(arguments).check(step: arguments.argument("step"), project: arguments.option("project"))
        if arguments.flag("json") {
            try context.console.json(checked.result)
        } else {
            context.console.lines(CheckResultText.render(checked.result, exercise: checked.step.exercise))
            context.console.lines(ProjectText.afterCheck(checked))
        }
        return checked.result.passed ? .success : .failure
    }
}
