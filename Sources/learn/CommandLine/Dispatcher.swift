import Workbench

/// Parses a command line against `CommandTable` and runs what it selects: help, a usage error, or
/// a command. Everything `learn` prints about a failed command line happens here.
enum Dispatcher {
    /// Runs `words` (the command line without the program name) and returns the exit code.
    static func run(_ words: [String], in context: CommandContext) -> ExitCode {
        let root = CommandTable.rootDescription
        let outcome: ParseOutcome
        do {
            outcome = try CommandParser(root: root).parse(words)
        } catch {
            context.console.error(usageErrorText(error))
            return .usage
        }
        switch outcome {
        case .help(let path):
            context.console.writeOutput(helpText(for: path))
            return .success
        case .version:
            context.console.line("\(ToolchainVersion.current(environment: context.environment))")
            return .success
        case let .run(path, arguments):
            guard let command = CommandTable.command(at: path) else {
                // The parser only selects paths from the same table.
                context.console.error("internal error: no command at '\(path.joined(separator: " "))'")
                return .internalError
            }
            do {
                return try command.run(arguments, in: context)
            } catch let error as UsageError {
                context.console.error(usageErrorText(error))
                return .usage
            } catch {
                context.console.error("\(error)")
                return ExitCode(for: error)
            }
        }
    }

    /// The help of the command at `path` (names from the root down).
    static func helpText(for path: [String]) -> String {
        HelpFormatter(path: path, command: CommandTable.description(at: path)).help
    }

    /// A usage error as printed after "error: ": the message, the usage line, and where to read more.
    static func usageErrorText(_ error: UsageError) -> String {
        let usage = HelpFormatter(path: error.command, command: CommandTable.description(at: error.command)).usageLine
        let name = error.command.joined(separator: " ")
        return "\(error.message)\n\(usage)\n  See '\(name) --help' for more information."
    }
}
