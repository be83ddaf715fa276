import Workbench

/// `learn project status [--project NAME] [--json]`: a project's steps and artifacts.
enum ProjectStatusCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "status",
        abstract: "Show a project's steps (passed or not) and the artifacts of its last run.",
        parameters: [
            .option(.project),
            .flag(.json("Print the status as JSON (docs/cli.md).")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let status = try context.projects(arguments).status(of: arguments.option("project"))
        if arguments.flag("json") {
            try context.console.json(status)
        } else {
            context.console.lines(ProjectText.status(status))
        }
        return .success
    }
}
