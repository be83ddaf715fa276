/// The values a command line gave one command, keyed by the names in its description.
struct ParsedArguments: Sendable, Equatable {
    /// Positional arguments by argument name.
    var arguments: [String: String] = [:]
    /// Option values by option name (a repeatable option's are in `optionLists`).
    var options: [String: String] = [:]
    /// A repeatable option's values in command-line order, by option name (absent: not given).
    var optionLists: [String: [String]] = [:]
    /// The names of the flags that were given.
    var flags: Set<String> = []
    /// The words a variadic argument took, by argument name (absent: none given).
    var argumentLists: [String: [String]] = [:]

    /// The value of the positional argument `name`, or `nil` when it was omitted.
    func argument(_ name: String) -> String? { arguments[name] }

    /// The words of the variadic argument `name`, in command-line order; empty when none.
    func argumentList(_ name: String) -> [String] { argumentLists[name] ?? [] }

    /// The value of the option `name`, or `nil` when it was omitted.
    func option(_ name: String) -> String? { options[name] }

    /// Every value the repeatable option `name` was given, in command-line order; empty when omitted.
    func optionValues(_ name: String) -> [String] { optionLists[name] ?? [] }

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
