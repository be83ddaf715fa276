import Workbench

/// `learn card --model FILE --data TEST --protected COLS [--intended-use FILE] --out card.html`:
/// a model card measured from the model file and an audit of the test data (docs/model-cards.md).
/// The work is `CardRequest`'s.
enum CardCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "card",
        abstract: "Write a model card: the model file's details and an audit of test data, by group and intersection.",
        discussion: """
            Scores the labelled --data rows with the model (as learn predict does), audits the \
            predictions by each --protected column and their intersection (as learn audit does), \
            and writes Mitchell et al.'s model card sections. Numbers come from the model file and \
            the audit; intended use, out-of-scope uses, ethical considerations and caveats come from \
            the --intended-use file (JSON or simple YAML, docs/model-cards.md) and are marked "To be \
            written" when it does not answer them. The format follows --out's extension (.html, .md, \
            .json) unless --format names one; --format json gives the numbers and the completeness \
            summary. Exits 0 when written, 64 for a wrong command line, 65 for a model, data or \
            intended-use file that does not fit (named with its field).

              learn card --model german.model.json --data test.csv --protected sex,age_group \\
                --intended-use intended-use.yaml --out card.html
              learn card --model german.model.json --data test.csv --protected sex --format json
            """,
        parameters: [
            .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model file (learn train or learn mitigate --out).", isRequired: true)),
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The labelled test CSV file.", isRequired: true)),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Protected columns, comma-separated: sex,race.", isRequired: true)),
            .option(OptionDescription(name: "privileged", short: nil, valueName: "rules", help: "AIF360's privileged groups, as learn audit takes them.")),
            .option(OptionDescription(name: "bins", short: nil, valueName: "ranges", help: "Ranges of a numeric protected column: age=18-25,26-40,41-.")),
            .option(OptionDescription(name: "intended-use", short: nil, valueName: "file", help: "The fields a person writes (JSON or YAML).")),
            .option(OptionDescription(name: "threshold", short: nil, valueName: "t", help: "Decide positive when P > t.", defaultText: "0.5")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: ReportFormat.optionHelp,
                                      defaultText: "from --out's extension, else text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the card to a file instead of printing it.")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let format = try ReportOptions.format(arguments, command: definition.name, inferringFromOut: true)
        let request = CardRequest(
            model: try ModelCommandOptions.required("model", arguments, command: definition.name),
            data: try ModelCommandOptions.required("data", arguments, command: definition.name),
            protected: try ModelCommandOptions.required("protected", arguments, command: definition.name),
            privileged: arguments.option("privileged"), bins: arguments.option("bins"),
            intendedUse: arguments.option("intended-use"), threshold: arguments.option("threshold"))
        try ReportOptions.deliver(try request.report(currentDirectory: context.currentDirectory), as: format, arguments, in: context)
        return .success
    }
}
