import Foundation

/// A subcommand of `learn`: its description (from which help, usage and dispatch derive) and
/// what it does. Adding a command is one file conforming to this and one entry in `CommandTable`.
protocol LearnCommand: Sendable {
    static var definition: CommandDescription { get }
    /// The commands below this one (`learn project run`); their descriptions become
    /// `definition.subcommands`. Empty for a leaf command.
    static var subcommands: [any LearnCommand.Type] { get }
    /// Runs the command. Throw `WorkbenchFailure`s for problems the user can fix; the dispatcher
    /// prints them on stderr and maps them to an exit code.
    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode
}

extension LearnCommand {
    static var subcommands: [any LearnCommand.Type] { [] }
}

/// What a running command may use from its surroundings.
struct CommandContext {
    var environment: [String: String]
    var currentDirectory: URL
    var console: Console

    /// The live process's environment, folder and standard streams.
    static func live() -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        return CommandContext(environment: environment,
                              currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                              console: .standard(environment: environment))
    }
}
