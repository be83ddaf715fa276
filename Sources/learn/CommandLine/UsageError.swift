/// A command line that does not fit its command's description. Printed to stderr with the usage
/// line of `command`; exits with `ExitCode.usage` (64, EX_USAGE).
struct UsageError: Error, Equatable {
    enum Problem: Equatable {
        case unknownCommand(String, suggestion: String?)
        case unknownOption(String, suggestion: String?)
        case missingValue(option: String)
        case unexpectedValue(flag: String, value: String)
        case repeatedOption(String)
        case conflictingFlags(String, String)
        case missingArgument(String)
        case missingOption(String)
        case extraArgument(String)
        /// A value the command cannot use; `expected` says what it takes ("a whole number from 1 to 8").
        case invalidValue(option: String, value: String, expected: String)
    }

    /// The path of the command whose usage line is shown, from the root down.
    var command: [String]
    var problem: Problem

    /// The one-line message, without the usage line.
    var message: String {
        switch problem {
        case let .unknownCommand(name, suggestion):
            return "unknown command '\(name)'" + didYouMean(suggestion)
        case let .unknownOption(name, suggestion):
            return "unknown option '\(name)'" + didYouMean(suggestion)
        case let .missingValue(option):
            return "option '\(option)' needs a value"
        case let .unexpectedValue(flag, value):
            return "flag '\(flag)' does not take a value (got '\(value)')"
        case let .repeatedOption(option):
            return "option '\(option)' was given more than once"
        case let .conflictingFlags(a, b):
            return "'\(a)' and '\(b)' cannot be used together"
        case let .missingArgument(name):
            return "missing argument '<\(name)>'"
        case let .missingOption(option):
            return "missing required option '\(option)'"
        case let .extraArgument(value):
            return "unexpected argument '\(value)'"
        case let .invalidValue(option, value, expected):
            return "option '\(option)' needs \(expected) (got '\(value)')"
        }
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
