import Workbench

/// `learn list [--pending|--done] [--json]`: every exercise with its status.
enum ListCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "list",
        abstract: "List the exercises and their status.",
        discussion: "The current exercise is marked with '>'. The --json output is a stable contract (docs/cli.md).",
        parameters: [
            .flag(FlagDescription(name: "pending", short: nil, help: "Only exercises not yet passed.", group: "status")),
            .flag(FlagDescription(name: "done", short: nil, help: "Only exercises that have passed.", group: "status")),
            .flag(.json("Print {\"exercises\": [...]} as JSON.")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        var listing = ExerciseListing(course: course, state: try course.progress.load())
        if arguments.flag("pending") { listing.exercises.removeAll { $0.status != .pending } }
        if arguments.flag("done") { listing.exercises.removeAll { $0.status != .passed } }
        if arguments.flag("json") {
            try context.console.json(listing)
        } else {
            context.console.lines(ListingText.render(listing, width: context.console.output.width))
        }
        return .success
    }
}
