/// Renders a command's help and usage line from its description. Plain text at a fixed width,
/// so the help reads the same everywhere and tests can pin it.
struct HelpFormatter {
    /// The width help text is wrapped to.
    static let width = 80
    /// Where the help column starts in ARGUMENTS, OPTIONS and SUBCOMMANDS.
    static let labelWidth = 26

    /// `path`: the command's names from the root down (`["learn", "list"]`).
    let path: [String]
    let command: CommandDescription

    /// `USAGE: learn list [--pending|--done] [--json] [--workspace <dir>]`, wrapped at `width`.
    var usageLine: String {
        var parts = [path.joined(separator: " ")]
        if !command.subcommands.isEmpty { parts.append("[<subcommand>]") }
        var shownGroups: Set<String> = []
        for parameter in command.parameters {
            switch parameter {
            case .argument(let argument):
                let word = "<\(argument.name)>" + (argument.isVariadic ? " ..." : "")
                parts.append(argument.isRequired ? word : "[\(word)]")
            case .option(let option):
                let usage = "--\(option.name) <\(option.valueName)>" + (option.isRepeatable ? " ..." : "")
                parts.append(option.isRequired ? usage : "[\(usage)]")
            case .flag(let flag):
                guard let group = flag.group else { parts.append("[--\(flag.name)]"); continue }
                guard shownGroups.insert(group).inserted else { continue }
                let members = command.flags.filter { $0.group == group }.map { "--" + $0.name }
                parts.append("[" + members.joined(separator: "|") + "]")
            }
        }
        return Self.wrapUsage(parts)
    }

    /// The usage line wrapped at `width`, continuation lines aligned after the command's name, as
    /// swift-argument-parser wraps a long usage.
    private static func wrapUsage(_ parts: [String]) -> String {
        let head = "USAGE: " + parts[0]
        let indent = String(repeating: " ", count: head.count + 1)
        var lines = [head]
        for part in parts.dropFirst() {
            if lines[lines.count - 1].count + 1 + part.count > width, lines[lines.count - 1] != head {
                lines.append(indent + part)
            } else {
                lines[lines.count - 1] += " " + part
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The full help: OVERVIEW, the discussion, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS (ARGUMENTS
    /// and SUBCOMMANDS only when the command has some).
    var help: String {
        var sections = ["OVERVIEW: " + command.abstract]
        if !command.discussion.isEmpty { sections.append(Self.wrap(command.discussion, indent: 0)) }
        sections.append(usageLine)

        let arguments = command.arguments.map { argument in
            (label: "<\(argument.name)>", text: Self.withDefault(argument.help, argument.defaultText))
        }
        var options: [(label: String, text: String)] = []
        for parameter in command.parameters {
            switch parameter {
            case .argument: continue
            case .option(let option):
                let label = (option.short.map { "-\($0), " } ?? "") + "--\(option.name) <\(option.valueName)>"
                let help = option.help + (option.isRequired ? " (required)" : "") + (option.isRepeatable ? " (repeatable)" : "")
                options.append((label, Self.withDefault(help, option.defaultText)))
            case .flag(let flag):
                options.append(((flag.short.map { "-\($0), " } ?? "") + "--\(flag.name)", flag.help))
            }
        }
        options.append(("-h, --help", Self.helpFlagText))
        let subcommands = command.subcommands.map { (label: $0.name, text: $0.abstract) }

        // A section with nothing to list is left out, as swift-argument-parser does.
        if !arguments.isEmpty { sections.append(Self.section("ARGUMENTS", arguments)) }
        sections.append(Self.section("OPTIONS", options))
        if !subcommands.isEmpty {
            sections.append(Self.section("SUBCOMMANDS", subcommands)
                + "\n\n  See '\(helpPath) <subcommand>' for detailed help.")
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The help of `-h, --help`, which every command accepts.
    static let helpFlagText = "Show help information."

    private static func withDefault(_ help: String, _ defaultText: String?) -> String {
        defaultText.map { "\(help) (default: \($0))" } ?? help
    }

    /// `learn help`, or `learn help project` for a nested group: the help command takes the path.
    private var helpPath: String {
        ([path[0], "help"] + path.dropFirst()).joined(separator: " ")
    }

    private static func section(_ title: String, _ rows: [(label: String, text: String)]) -> String {
        let body = rows.map { row -> String in
            let label = "  " + row.label
            let text = wrap(row.text, indent: labelWidth)
            if label.count <= labelWidth - 2 {
                let padded = label + String(repeating: " ", count: labelWidth - label.count)
                return padded + text.dropFirst(labelWidth)
            }
            return label + "\n" + text
        }
        return title + ":\n" + body.joined(separator: "\n")
    }

    /// Wraps `text` to `width`, every line indented by `indent` spaces. Blank lines are kept, and
    /// a line starting with a space (an example command) is kept as it is.
    static func wrap(_ text: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        return paragraphs.map { paragraph -> String in
            if paragraph.hasPrefix(" ") { return margin + paragraph }
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count > width {
                    lines.append(margin + line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line.isEmpty ? "" : margin + line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
