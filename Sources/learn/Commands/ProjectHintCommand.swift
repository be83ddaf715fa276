import Workbench

/// `learn project hint [STEP] [--project NAME]`: the next hint of a step.
enum ProjectHintCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "hint",
        abstract: "Reveal the next hint of a project step.",
        discussion: "Hints go from a gentle nudge to nearly the answer; learn remembers how many you have seen.",
        parameters: [
            .argument(ArgumentDescription(name: "step", help: "The step's id or number.", defaultText: "the first step not yet passed")),
            .option(.project),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let (step, hints, revealed) = try context.projects(arguments).hint(step: arguments.argument("step"), project: arguments.option("project"))
        context.console.lines(HintText.render(step.exercise, level: hints.count, justRevealed: revealed,
                                              nextHint: .joining("run ", .command("learn project hint \(step.id)"), " again"),
                                              exhausted: .joining(StyledText("There are no more hints for \(step.id). Reread its section of the brief: "),
                                                                  .command("projects/\(step.projectID)/brief.md"))))
        return .success
    }
}
