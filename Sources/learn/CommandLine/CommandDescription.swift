/// What a command accepts, declared once: help text, the usage line, usage errors and dispatch are
/// all derived from this value (after swift-argument-parser, without property wrappers).
struct CommandDescription: Sendable {
    /// The word a user types (`check`); the root command's name is the program name (`learn`).
    var name: String
    /// One line: the OVERVIEW of the help, and the command's row in its parent's SUBCOMMANDS list.
    var abstract: String
    /// Paragraphs shown after the overview; empty for none.
    var discussion: String = ""
    /// Arguments, options and flags in the order the usage line shows them.
    var parameters: [Parameter] = []
    /// The commands below this one, in the order the help lists them.
    var subcommands: [CommandDescription] = []

    /// The parameters that are positional arguments, in order.
    var arguments: [ArgumentDescription] {
        parameters.compactMap { if case .argument(let a) = $0 { a } else { nil } }
    }

    /// The options that take a value.
    var options: [OptionDescription] {
        parameters.compactMap { if case .option(let o) = $0 { o } else { nil } }
    }

    /// The flags (options without a value).
    var flags: [FlagDescription] {
        parameters.compactMap { if case .flag(let f) = $0 { f } else { nil } }
    }

    /// The subcommand named `name`, if any.
    func subcommand(named name: String) -> CommandDescription? {
        subcommands.first { $0.name == name }
    }
}

/// One entry of a command's usage line.
enum Parameter: Sendable {
    case argument(ArgumentDescription)
    case option(OptionDescription)
    case flag(FlagDescription)
}

/// A positional argument: `<id>`.
struct ArgumentDescription: Sendable {
    var name: String
    var help: String
    var isRequired: Bool = false
    /// What an omitted optional argument means, in words ("the current exercise").
    var defaultText: String?
    /// Whether it takes every remaining positional word (`[<id> ...]`); only the last argument may.
    var isVariadic = false
}

/// An option that takes a value: `--workspace <dir>` or `--workspace=<dir>`.
struct OptionDescription: Sendable {
    var name: String
    var short: Character?
    var valueName: String
    var help: String
    /// What an omitted option means, in words.
    var defaultText: String?
    /// Whether the command cannot run without it: the parser says so (exit 64), and the usage
    /// line shows it without brackets.
    var isRequired = false
    /// Whether it may be given more than once (`--batches a.csv --batches b.csv`): the parser
    /// keeps every value in order (`ParsedArguments.optionValues`), the usage line shows `<file> ...`
    /// and the help says "repeatable". Any other option given twice is a usage error.
    var isRepeatable = false
}

/// A flag: `--json`. Flags sharing a `group` exclude each other and show as `[--pending|--done]`.
struct FlagDescription: Sendable {
    var name: String
    var short: Character?
    var help: String
    var group: String?
}
