import Workbench

/// `learn monitor --model FILE --baseline FILE --batches FILES [--batches FILE ...] --protected COLS [--policy FILE]`:
/// drift, performance and disparity per batch, with alerts (docs/governance.md). The work is
/// `MonitorRequest`'s.
enum MonitorCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "monitor",
        abstract: "Watch a model over batches: drift per column (PSI, KS), accuracy and disparities, alerts.",
        discussion: """
            Scores the baseline and every batch with the model. For each batch: PSI of every column it \
            shares with the baseline (and of the model's score), the two-sample Kolmogorov-Smirnov test \
            for numeric ones, accuracy when the batch has the label column, and selection-rate gaps by \
            protected column. Alerts: PSI > 0.25, KS p < 0.05, and with --policy every requirement of \
            the tier a batch breaches. Exits 0 without alerts, 1 with any, 64 for a wrong command line, \
            65 for a file that does not fit. docs/governance.md has the binning and thresholds. \
            --format html or markdown (with --out) draws the batches over time: PSI per column and \
            each disparity per batch, with the alert thresholds. Name the batches by repeating \
            --batches (one file each) or in one comma-separated list; both forms mix, in order.

              learn monitor --model credit.model.json --baseline test.csv \\
                --batches 2026-01.csv --batches 2026-02.csv --protected sex --policy policy.json
              learn monitor --model credit.model.json --baseline test.csv \\
                --batches 2026-01.csv,2026-02.csv --protected sex --format html --out monitor.html
            """,
        parameters: [
            .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model file (learn train --out).", isRequired: true)),
            .option(OptionDescription(name: "baseline", short: nil, valueName: "file", help: "The baseline CSV file.", isRequired: true)),
            .option(OptionDescription(name: "batches", short: nil, valueName: "files",
                                      help: "Batch CSV files in time order: repeat the option, or separate with commas.", isRequired: true, isRepeatable: true)),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Protected columns, comma-separated: sex,race.", isRequired: true)),
            .option(OptionDescription(name: "bins", short: nil, valueName: "ranges", help: "Ranges of a numeric protected column: age=18-25,26-.")),
            .option(OptionDescription(name: "policy", short: nil, valueName: "file", help: "A governance policy whose tier's thresholds raise alerts.")),
            .option(OptionDescription(name: "tier", short: nil, valueName: "tier", help: "The policy's tier.", defaultText: "the policy's default_tier")),
        ] + ReportOptions.parameters)

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let format = try ReportOptions.format(arguments, command: definition.name)
        func required(_ name: String) throws -> String { try ModelCommandOptions.required(name, arguments, command: definition.name) }
        let request = MonitorRequest(model: try required("model"), baseline: try required("baseline"),
                                     batches: try batches(arguments), protected: try required("protected"),
                                     bins: arguments.option("bins"), policy: arguments.option("policy"), tier: arguments.option("tier"))
        let result = try request.run(currentDirectory: context.currentDirectory)
        // Text and JSON on standard output as before; charts and --out take the report route.
        if format == .text, arguments.option("out") == nil {
            context.console.writeOutput(result.text())
        } else if format == .json, arguments.option("out") == nil {
            context.console.writeOutput(try result.json())
        } else {
            try ReportOptions.deliver(try result.report(), as: format, arguments, in: context)
        }
        return result.alerted ? .failure : .success
    }

    /// Every `--batches` value in order as one comma-separated list (MonitorRequest's form); an
    /// empty value is refused as a missing one.
    private static func batches(_ arguments: ParsedArguments) throws(UsageError) -> String {
        let values = arguments.optionValues("batches")
        guard !values.isEmpty, !values.contains(where: { $0.allSatisfy(\.isWhitespace) }) else {
            throw UsageError(command: ["learn", definition.name], problem: .missingValue(option: "--batches"))
        }
        return values.joined(separator: ",")
    }
}
