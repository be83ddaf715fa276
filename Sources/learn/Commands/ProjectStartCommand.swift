import Workbench

/// `learn project start NAME`: copies the step files and makes the project current.
enum ProjectStartCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "start",
        abstract: "Start a project: copy its step files into projects-work/NAME/ and make it current.",
        discussion: "Files you already have there are kept, so starting again is harmless. Read the brief it names first.",
        parameters: [
            .argument(ArgumentDescription(name: "name", help: "The project (`learn project list` shows them).", isRequired: true)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let started = try context.projects(arguments).start(arguments.argument("name") ?? "")
        context.console.lines(ProjectText.started(started))
        return .success
    }
}
