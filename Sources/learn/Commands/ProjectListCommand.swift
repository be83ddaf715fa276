import Workbench

/// `learn project list [--json]`: every project, its level, dataset and progress.
enum ProjectListCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "list",
        abstract: "List the practice projects with their level, dataset and steps passed.",
        discussion: "The current project (the one started last) is marked with '>'. The --json output is a stable contract (docs/cli.md).",
        parameters: [
            .flag(.json("Print the listing as JSON.")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let listing = try context.projects(arguments).list()
        if arguments.flag("json") {
            try context.console.json(listing)
            return .success
        }
        guard !listing.projects.isEmpty else {
            context.console.line("This course has no practice projects (no projects/projects.json).")
            return .success
        }
        context.console.lines(ProjectText.listing(listing, width: context.console.output.width))
        return .success
    }
}
