import Workbench

/// `learn help [<command> [<subcommand>]]`: the same text as `learn <command> [<subcommand>] --help`.
enum HelpCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "help",
        abstract: "Show the help of learn or of one of its commands.",
        parameters: [
            .argument(ArgumentDescription(name: "command", help: "The command to explain.",
                                          defaultText: "learn itself")),
            .argument(ArgumentDescription(name: "subcommand", help: "One of its subcommands (learn help project run).")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        var path = [CommandTable.rootDescription.name]
        var command = CommandTable.rootDescription
        for name in [arguments.argument("command"), arguments.argument("subcommand")].compactMap({ $0 }) {
            guard let next = command.subcommand(named: name) else {
                let error = UsageError(command: [path[0], definition.name], problem: .unknownCommand(
                    (path.dropFirst() + [name]).joined(separator: " "),
                    suggestion: NameSuggestion.nearest(to: name, in: command.subcommands.map(\.name))))
                context.console.error(Dispatcher.usageErrorText(error))
                return .usage
            }
            path.append(name)
            command = next
        }
        context.console.writeOutput(Dispatcher.helpText(for: path))
        return .success
    }
}
