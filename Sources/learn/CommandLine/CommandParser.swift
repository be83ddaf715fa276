import Workbench

/// Turns a command line into a `ParseOutcome` using nothing but the command descriptions.
///
/// Rules: a command with subcommands takes its first positional word as a subcommand name;
/// options given before that word (`learn --workspace DIR check`) carry over to the subcommand,
/// which must accept them too. Options are `--name value`, `--name=value` or `-x value`; `--` ends
/// the options. An option is given at most once unless its description makes it repeatable, in
/// which case every value is kept in order. `-h` or `--help` anywhere before `--` asks for the
/// help of the command the positional words select, whatever else is wrong with the line, except
/// an unknown command: there is no help to show for it. `--version` on the root asks for the versions.
struct CommandParser {
    let root: CommandDescription

    /// The root's flag that asks for the versions instead of running the root command.
    static let versionFlag = "version"

    /// Parses `words` (the command line without the program name).
    func parse(_ words: [String]) throws(UsageError) -> ParseOutcome {
        let wantsHelp = words.prefix { $0 != "--" }.contains { $0 == "-h" || $0 == "--help" }
        var command = root
        var path = [root.name]
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var optionsEnded = false
        var index = 0

        // With help requested, a problem on the line selects the help instead of an error.
        func fail(_ problem: UsageError.Problem) throws(UsageError) -> ParseOutcome {
            if wantsHelp { return .help(path: path) }
            throw UsageError(command: path, problem: problem)
        }

        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                if positionals.isEmpty, !optionsEnded, !command.subcommands.isEmpty {
                    if let next = command.subcommand(named: word) {
                        if let stray = carriedOver(parsed, notAcceptedBy: next) {
                            return try fail(.unknownOption(stray, suggestion: nil))
                        }
                        command = next
                        path.append(word)
                        continue
                    }
                    if command.arguments.isEmpty {
                        // Not even help can be shown for a command that does not exist.
                        let names = command.subcommands.map(\.name)
                        throw UsageError(command: path, problem: .unknownCommand(word, suggestion: NameSuggestion.nearest(to: word, in: names)))
                    }
                }
                positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            if word == "-h" || word == "--help" { continue }

            let (spelled, inlineValue) = Self.split(word)
            if let option = command.options.first(where: { Self.spells($0.name, $0.short, spelled) }) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count, words[index] != "--" {
                    value = words[index]
                    index += 1
                } else {
                    return try fail(.missingValue(option: "--" + option.name))
                }
                if option.isRepeatable {
                    parsed.optionLists[option.name, default: []].append(value)
                } else {
                    if parsed.options[option.name] != nil { return try fail(.repeatedOption("--" + option.name)) }
                    parsed.options[option.name] = value
                }
            } else if let flag = command.flags.first(where: { Self.spells($0.name, $0.short, spelled) }) {
                if let inlineValue { return try fail(.unexpectedValue(flag: "--" + flag.name, value: inlineValue)) }
                if let group = flag.group, let other = command.flags.first(where: {
                    $0.group == group && $0.name != flag.name && parsed.flags.contains($0.name)
                }) {
                    return try fail(.conflictingFlags("--" + other.name, "--" + flag.name))
                }
                parsed.flags.insert(flag.name)
            } else {
                return try fail(.unknownOption(spelled, suggestion: suggestion(for: spelled, in: command)))
            }
        }
        if wantsHelp { return .help(path: path) }
        if path.count == 1, parsed.flags.contains(Self.versionFlag) { return .version }

        let arguments = command.arguments
        if let last = arguments.last, last.isVariadic, positionals.count >= arguments.count {
            parsed.argumentLists[last.name] = Array(positionals[(arguments.count - 1)...])
            positionals = Array(positionals.prefix(arguments.count - 1))
        }
        if positionals.count > arguments.count {
            return try fail(.extraArgument(positionals[arguments.count]))
        }
        for (argument, value) in zip(arguments, positionals) { parsed.arguments[argument.name] = value }
        if let missing = arguments.dropFirst(positionals.count).first(where: \.isRequired) {
            return try fail(.missingArgument(missing.name))
        }
        if let missing = command.options.first(where: { $0.isRequired && parsed.options[$0.name] == nil && parsed.optionLists[$0.name] == nil }) {
            return try fail(.missingOption("--" + missing.name))
        }
        return .run(path: path, arguments: parsed)
    }

    /// `--name=value` -> ("--name", "value"); anything else -> (word, nil).
    private static func split(_ word: String) -> (String, String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    private static func spells(_ name: String, _ short: Character?, _ spelled: String) -> Bool {
        spelled == "--" + name || (short.map { "-\($0)" } == spelled)
    }

    /// The first option or flag parsed so far that `command` does not accept, spelled `--name`.
    private func carriedOver(_ parsed: ParsedArguments, notAcceptedBy command: CommandDescription) -> String? {
        let accepted = Set(command.options.map(\.name) + command.flags.map(\.name))
        return (Set(parsed.options.keys).union(parsed.optionLists.keys).sorted() + parsed.flags.sorted())
            .first { !accepted.contains($0) }.map { "--" + $0 }
    }

    /// The nearest spelling of an option or flag this command accepts.
    private func suggestion(for spelled: String, in command: CommandDescription) -> String? {
        let names = (command.options.map(\.name) + command.flags.map(\.name) + ["help"]).map { "--" + $0 }
        return NameSuggestion.nearest(to: spelled, in: names)
    }
}
