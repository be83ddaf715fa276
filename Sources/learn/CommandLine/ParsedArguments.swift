/// The values a command line gave one command, keyed by the names in its description.
struct ParsedArguments: Sendable, Equatable {
    /// Positional arguments by argument name.
    var arguments: [String: String] = [:]
    /// Option values by option name.
    var options: [String: String] = [:]
    /// The names of the flags that were given.
    var flags: Set<String> = []

    /// Every word a repeated argument took, in order.
    var repeated: [String: [String]] = [:]

    /// The value of the positional argument `name`, or `nil` when it was omitted.
    func argument(_ name: String) -> String? { arguments[name] }

    /// The value of the option `name`, or `nil` when it was omitted.
    func option(_ name: String) -> String? { options[name] }

    /// The words of the repeated argument `name` (its first is also `argument(name)`).
    func values(_ name: String) -> [String] { repeated[name] ?? argument(name).map { [$0] } ?? [] }

    /// Whether the flag `name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// What the parser decided to do with a command line.
enum ParseOutcome: Equatable {
    /// Run the command at `path` (names from the root down, `["learn", "check"]`) with `arguments`.
    case run(path: [String], arguments: ParsedArguments)
    /// Print the help of the command at `path`.
    case help(path: [String])
    /// Print the versions (`learn --version`).
    case version
}
