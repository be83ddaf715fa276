import Foundation
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

    /// `--out FILE` for a command with a file of its own besides the report (`learn mitigate`'s
    /// model file, `learn tradeoff`'s sweep): the report with `--format html|markdown`, the
    /// command's `own` file (named also by `--fileOption`) otherwise.
    static func dualOutParameter(own: String, fileOption: String) -> Parameter {
        .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "With --format html or markdown (or a file ending in .html "
                                  + "or .md and no --format): write the report. Otherwise: write \(own), as --\(fileOption) does."))
    }

    /// What `--format`, `--out` and the command's own file option ask of a command with two
    /// outputs (`dualOutParameter`): the report's format and file (nil file: standard output)
    /// when a report is asked for, nil when the command prints its own text or JSON; and where
    /// its own file goes, if anywhere.
    struct DualOutput {
        var report: (format: ReportFormat, file: String?)?
        var file: String?
        /// The option that named `file` (`--out` or the command's own), for error messages.
        var fileOption: String
    }

    /// Reads `DualOutput` for `command`, whose own file option is `--fileOption`. A report is asked
    /// for by `--format markdown|html`, or, without `--format`, by an `--out` ending in .html/.htm
    /// or .md/.markdown. Usage errors: `--out` and `--fileOption` both naming the command's own
    /// file (text or JSON), and any file written (`--out`, `--fileOption`, the `alsoWritten`
    /// options) naming the same file as another one written or one read (`read`, e.g. --data):
    /// one would overwrite the other.
    static func dualOutput(_ arguments: ParsedArguments, command: String, fileOption: String, alsoWritten: [String] = [],
                           read: [String] = [], currentDirectory: URL) throws(UsageError) -> DualOutput {
        let out = arguments.option("out"), own = arguments.option(fileOption)
        let asked: ReportFormat? = arguments.option("format") != nil
            ? try format(arguments, command: command) : out.flatMap(ReportFormat.inferred(fromPath:))
        let result: DualOutput
        if let asked, asked == .markdown || asked == .html {
            result = DualOutput(report: (asked, out), file: own, fileOption: "--" + fileOption)
        } else {
            if out != nil, own != nil { throw UsageError(command: ["learn", command], problem: .conflictingFlags("--out", "--" + fileOption)) }
            result = DualOutput(report: nil, file: out ?? own, fileOption: own == nil ? "--out" : "--" + fileOption)
        }
        var written: [(option: String, path: String)] = []
        if let file = result.report?.file { written.append(("--out", file)) }
        if let file = result.file { written.append((result.fileOption, file)) }
        written += alsoWritten.compactMap { name in arguments.option(name).map { ("--" + name, $0) } }
        let inputs = read.compactMap { name in arguments.option(name).map { (option: "--" + name, path: $0) } }
        let folder = URL(fileURLWithPath: currentDirectory.path, isDirectory: true)
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL.path }
        for (i, file) in written.enumerated() {
            if let clash = (written[..<i] + inputs).first(where: { resolved($0.path) == resolved(file.path) }) {
                throw UsageError(command: ["learn", command], problem: .invalidValue(
                    option: file.option, value: file.path, expected: "a file of its own (\(clash.option) names the same file)"))
            }
        }
        return result
    }

    /// For a command with two outputs: delivers the report `make` builds when `request` (from
    /// `dualOutput`, read before the work so a usage error costs nothing) asks for one, then says
    /// which of the command's own files it wrote (on standard error when the report took standard
    /// output, so the report stays clean); else prints `result` as the command's own text, or its
    /// JSON with `--format json`.
    static func show(_ result: some CommandSummary & FilesWritten, report request: (format: ReportFormat, file: String?)?,
                     _ arguments: ParsedArguments, in context: CommandContext, report make: () throws -> PreparedReport) throws {
        if let request {
            try deliver(try make(), as: request.format, to: request.file, in: context)
            for line in result.filesWritten {
                if request.file == nil { context.console.writeError(line + "\n") } else { context.console.line(line) }
            }
        } else {
            try context.console.show(result, asJSON: arguments.option("format") == ReportFormat.json.rawValue)
        }
    }
}
