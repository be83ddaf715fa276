import Workbench

/// `learn project (list|start|check|hint|run|status)`: the practice projects (docs/projects.md).
enum ProjectCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "project",
        abstract: "Work on the practice projects: a brief, step files checked like exercises, and a run that writes a report.",
        discussion: """
            Each project has a brief (scenario, steps, what to hand in), step files you write in \
            projects-work/NAME/ (checked by hidden tests, like exercises), and a run that compiles your \
            steps into the whole pipeline and writes its report, numbers, model files and model card to \
            projects-out/NAME/. Start with `learn project list`, then `learn project start NAME`.
            """)

    static let subcommands: [any LearnCommand.Type] = [ProjectListCommand.self, ProjectStartCommand.self, ProjectCheckCommand.self,
                                                       ProjectHintCommand.self, ProjectRunCommand.self, ProjectStatusCommand.self]

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        throw UsageError(command: ["learn", "project"], problem: .missingArgument("subcommand (list, start, check, hint, run or status)"))
    }
}

extension OptionDescription {
    /// `--project <name>`: the project a step command acts on.
    static let project = OptionDescription(name: "project", short: "p", valueName: "name", help: "The project.",
                                           defaultText: "the project started last")
}

extension CommandContext {
    /// The course and its projects, for every `learn project` subcommand.
    func projects(_ arguments: ParsedArguments) throws -> ProjectRequest {
        try ProjectRequest(course: try openCourse(arguments))
    }
}
