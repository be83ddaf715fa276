import Workbench

/// The options every report command shares (`learn audit` now; train, predict, mitigate and
/// explain later): `--format` and `--out`, declared once, and the delivery of the report they
/// ask for.
enum ReportOptions {
    /// `--format` and `--out`, in the order the help lists them.
    static let parameters: [Parameter] = [
        .option(OptionDescription(name: "format", short: nil, valueName: "format", help: ReportFormat.optionHelp,
                                  defaultText: ReportFormat.text.rawValue)),
        .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the report to a file instead of printing it.")),
    ]

    /// The format `--format` names (text by default; with `inferringFromOut`, the one `--out`'s
    /// extension names, `ReportFormat.inferred(fromPath:)`); another word is a usage error of `command`.
    static func format(_ arguments: ParsedArguments, command: String, inferringFromOut: Bool = false) throws(UsageError) -> ReportFormat {
        guard let text = arguments.option("format") else {
            return inferringFromOut ? arguments.option("out").flatMap(ReportFormat.inferred(fromPath:)) ?? .text : .text
        }
        guard let format = ReportFormat(rawValue: text) else {
            throw UsageError(command: ["learn", command], problem: .invalidValue(
                option: "--format", value: text, expected: "one of " + ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return format
    }

    /// Prints `report` as `--format` and `--out` ask: on standard output, or written to a file
    /// with a line saying where it went.
    static func deliver(_ report: PreparedReport, as format: ReportFormat, _ arguments: ParsedArguments, in context: CommandContext) throws {
        try deliver(report, as: format, to: arguments.option("out"), in: context)
    }

    /// Prints `report` in `format` on standard output (`out` nil) or writes it to `out`.
    static func deliver(_ report: PreparedReport, as format: ReportFormat, to out: String?, in context: CommandContext) throws {
        context.console.show(try report.deliver(as: format, to: out, currentDirectory: context.currentDirectory, width: context.console.output.width))
    }

    /// `--report FILE`, for commands whose `--out` writes something else (a model file, a sweep).
    static let reportParameter = Parameter.option(OptionDescription(
        name: "report", short: nil, valueName: "file", help: "Write the report (html or markdown, from --format or the extension) to a file."))

    /// For a command with `--report`: the report format and file when a report is asked for
    /// (`--format markdown|html`, or `--report FILE`, whose extension picks the format unless
    /// `--format` names one; html otherwise), nil when the command prints its own text or JSON.
    static func reportRequest(_ arguments: ParsedArguments, command: String) throws(UsageError) -> (format: ReportFormat, file: String?)? {
        let file = arguments.option("report")
        let named = try arguments.option("format").map { _ throws(UsageError) in try format(arguments, command: command) }
        if let file { return (named ?? ReportFormat.inferred(fromPath: file) ?? .html, file) }
        if let named, named == .markdown || named == .html { return (named, nil) }
        return nil
    }

    /// For a command with `--report`: delivers the report `make` builds when `request` (from
    /// `reportRequest`, read before the work so a usage error costs nothing) asks for one, else
    /// prints `result` as the command's own text, or its JSON with `--format json`.
    static func show(_ result: some CommandSummary, report request: (format: ReportFormat, file: String?)?, _ arguments: ParsedArguments,
                     in context: CommandContext, report make: () throws -> PreparedReport) throws {
        if let request {
            try deliver(try make(), as: request.format, to: request.file, in: context)
        } else {
            try context.console.show(result, asJSON: arguments.option("format") == ReportFormat.json.rawValue)
        }
    }
}
