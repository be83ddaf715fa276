import Workbench

/// `learn help [<command>]`: the same text as `learn <command> --help`.
enum HelpCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "help",
        abstract: "Show the help of learn or of one of its commands.",
        parameters: [
            .argument(ArgumentDescription(name: "command", help: "The command to explain.",
                                          defaultText: "learn itself")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let root = CommandTable.rootDescription
        guard let name = arguments.argument("command") else {
            context.console.writeOutput(Dispatcher.helpText(for: [root.name]))
            return .success
        }
        guard root.subcommand(named: name) != nil else {
            let error = UsageError(command: [root.name, definition.name], problem: .unknownCommand(
                name, suggestion: NameSuggestion.nearest(to: name, in: root.subcommands.map(\.name))))
            context.console.error(Dispatcher.usageErrorText(error, root: root))
            return .usage
        }
        context.console.writeOutput(Dispatcher.helpText(for: [root.name, name]))
        return .success
    }
}
