import Workbench

/// `learn audit --data FILE --label COL --prediction COL --protected COL[,COL...] ...`: a fairness
/// audit of any predictions file (docs/audit.md). Needs no course.
enum AuditCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "audit",
        abstract: "Audit a CSV file of predictions for fairness: metrics by group, disparities, flags.",
        discussion: """
            Prints each group's metrics, the disparities between groups as Fairlearn (spread), AIF360 \
            (unprivileged against privileged, with --privileged) and Aequitas (against a reference group, \
            flagged outside [tau, 1/tau]) report them, and a plain-language summary. Several protected \
            columns give one section each, then their intersection. Labels and predictions are 0/1, \
            true/false, or two values of which --positive names the positive one. A numeric protected \
            column such as age needs --bins or a threshold in --privileged. Exits 0 when the audit is \
            produced, flags or not (1 with --fail-on-flag when something is flagged), 64 for a wrong \
            command line, 65 for a file or column that does not fit. docs/audit.md has the details and \
            the JSON fields.

              learn audit --data adult.csv --label income --positive '>50K' \\
                --prediction predicted --protected sex,race \\
                --privileged sex=Male,race=White
              learn audit --data scores.csv --label y --score p --threshold 0.7 \\
                --protected age --bins age=18-25,26-40,41- --format html --out audit.html
            """,
        parameters: [
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The CSV file, comma-separated with a header line.", isRequired: true)),
            .option(OptionDescription(name: "label", short: nil, valueName: "col", help: "The column of true labels.", isRequired: true)),
            .option(OptionDescription(name: "prediction", short: nil, valueName: "col", help: "The column of predicted labels (or give --score).")),
            .option(OptionDescription(name: "score", short: nil, valueName: "col",
                                      help: "Instead of --prediction: a column of scores; predictions are score >= --threshold.")),
            .option(OptionDescription(name: "threshold", short: nil, valueName: "t", help: "The score threshold.", defaultText: "0.5")),
            .option(OptionDescription(name: "positive", short: nil, valueName: "value",
                                      help: "The positive value of a text label and prediction (1 and true need none).")),
            .option(OptionDescription(name: "weight", short: nil, valueName: "col", help: "A column of instance weights.")),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Protected columns, comma-separated: sex,race.", isRequired: true)),
            .option(OptionDescription(name: "privileged", short: nil, valueName: "rules",
                                      help: "AIF360's privileged groups: sex=Male,race=White; race=White,Asian; age>25.")),
            .option(OptionDescription(name: "bins", short: nil, valueName: "ranges", help: "Ranges of a numeric protected column: age=18-25,26-40,41-.")),
            .option(OptionDescription(name: "reference", short: nil, valueName: "ref",
                                      help: "Aequitas's reference group: majority, min, or sex=Male.", defaultText: "majority")),
            .option(OptionDescription(name: "metrics", short: nil, valueName: "ids", help: "Metric ids, comma-separated.",
                                      defaultText: AuditRequest.defaultMetricIDs)),
            .option(OptionDescription(name: "tau", short: nil, valueName: "tau", help: "Flag ratios outside [tau, 1/tau].", defaultText: "0.8")),
            .option(OptionDescription(name: "confidence", short: nil, valueName: "level",
                                      help: "Confidence of every interval and 1 - alpha of the tests.", defaultText: "0.95")),
            .option(OptionDescription(name: "bootstrap", short: nil, valueName: "n",
                                      help: "Bootstrap resamples for intervals of differences and ratios; 0 for none.", defaultText: "1000")),
            .flag(FlagDescription(name: "drop-missing", short: nil,
                                  help: "Leave out rows missing a label, prediction, score or weight (and say how many).", group: nil)),
            .flag(FlagDescription(name: "positive-is-harmful", short: nil,
                                  help: "The positive prediction is punitive (high risk): read metrics from the affected person's view (docs/audit.md).", group: nil)),
            .flag(FlagDescription(name: "data-bias", short: nil,
                                  help: "Add the data-bias report: representation, label rates, missing values, proxies.", group: nil)),
            .option(OptionDescription(name: "exclude", short: nil, valueName: "cols",
                                      help: "Columns the data-bias report leaves out, comma-separated: id,name.")),
            .flag(FlagDescription(name: "fail-on-flag", short: nil, help: "Exit 1 when anything is flagged (for CI).", group: nil)),
        ] + ReportOptions.parameters)

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let format = try ReportOptions.format(arguments, command: definition.name)
        let request = AuditRequest(
            data: try required("data", arguments), label: try required("label", arguments),
            prediction: arguments.option("prediction"), score: arguments.option("score"), threshold: arguments.option("threshold"),
            positive: arguments.option("positive"), weight: arguments.option("weight"), protected: try required("protected", arguments),
            privileged: arguments.option("privileged"), bins: arguments.option("bins"), reference: arguments.option("reference"),
            metrics: arguments.option("metrics"), tau: arguments.option("tau"), dropMissing: arguments.flag("drop-missing"),
            positiveIsHarmful: arguments.flag("positive-is-harmful"), dataBias: arguments.flag("data-bias"),
            exclude: arguments.option("exclude"), confidence: arguments.option("confidence"), bootstrap: arguments.option("bootstrap"))
        let report = try request.report(currentDirectory: context.currentDirectory)
        try ReportOptions.deliver(report, as: format, arguments, in: context)
        return arguments.flag("fail-on-flag") && report.findings > 0 ? .failure : .success
    }

    /// A required option's value (the parser has made sure it is there), refused when empty.
    private static func required(_ name: String, _ arguments: ParsedArguments) throws(UsageError) -> String {
        guard let value = arguments.option(name), !value.isEmpty else {
            throw UsageError(command: ["learn", definition.name], problem: .missingValue(option: "--" + name))
        }
        return value
    }
}
