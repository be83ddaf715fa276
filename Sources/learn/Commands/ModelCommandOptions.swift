/// Option readings `learn train` and `learn predict` share.
enum ModelCommandOptions {
    /// A required option's value (the parser has made sure it is there), refused when empty.
    static func required(_ name: String, _ arguments: ParsedArguments, command: String) throws(UsageError) -> String {
        guard let value = arguments.option(name), !value.isEmpty else {
            throw UsageError(command: ["learn", command], problem: .missingValue(option: "--" + name))
        }
        return value
    }

    /// Whether `--format json` was asked for (`text` is the default; anything else is a usage error).
    static func isJSON(_ arguments: ParsedArguments, command: String) throws(UsageError) -> Bool {
        switch arguments.option("format") ?? "text" {
        case "text": return false
        case "json": return true
        case let other:
            throw UsageError(command: ["learn", command], problem: .invalidValue(option: "--format", value: other, expected: "text or json"))
        }
    }
}
