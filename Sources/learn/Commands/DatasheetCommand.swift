import Workbench

/// `learn datasheet --data FILE --protected COLS [--bins RANGES] [--label COL] [--answers FILE] --out sheet.html`:
/// a datasheet (Gebru et al.) with the measured composition and the questions a person answers.
/// The work is `DatasheetRequest`'s.
enum DatasheetCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "datasheet",
        abstract: "Write a datasheet for a CSV file: measured composition by group, and the questions its makers answer.",
        discussion: """
            Measures the file: rows, columns and their types, missing values by column and by the \
            groups of each --protected column and their intersection, group counts and shares, the \
            --label's favourable rate by group, duplicate rows. A numeric protected column such as age \
            is grouped by the ranges --bins gives, in learn audit's form (bounds included). Gebru et al.'s questions (motivation, \
            collection, preprocessing, uses, distribution, maintenance) are answered from the \
            --answers file (JSON or simple YAML, docs/model-cards.md#datasheets) or marked "To be \
            written". The format follows --out's extension (.html, .md, .json) unless --format names \
            one. Exits 0 when written, 64 for a wrong command line, 65 for a data or answers file that \
            does not fit (named with its field).

              learn datasheet --data german.csv --protected sex,age_group --label credit --positive good \\
                --answers answers.yaml --out german-datasheet.html
              learn datasheet --data german.csv --protected age,sex --bins age=-25,26-35,36-50,51- \
                --label credit --positive good
            """,
        parameters: [
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The CSV file, with a header line.", isRequired: true)),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Protected columns: sex,race (a numeric one needs --bins).", isRequired: true)),
            .option(OptionDescription(name: "bins", short: nil, valueName: "ranges", help: "Ranges of a numeric protected column: age=-25,26-35,36-50,51-.")),
            .option(OptionDescription(name: "label", short: nil, valueName: "col", help: "The label column, for label rates by group.")),
            .option(OptionDescription(name: "positive", short: nil, valueName: "value", help: "The label's favourable value (1 and true need none).")),
            .option(OptionDescription(name: "answers", short: nil, valueName: "file", help: "Answers to the datasheet's questions (JSON or YAML).")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: ReportFormat.optionHelp,
                                      defaultText: "from --out's extension, else text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the datasheet to a file instead of printing it.")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let format = try ReportOptions.format(arguments, command: definition.name, inferringFromOut: true)
        let request = DatasheetRequest(
            data: try ModelCommandOptions.required("data", arguments, command: definition.name),
            protected: try ModelCommandOptions.required("protected", arguments, command: definition.name), bins: arguments.option("bins"),
            label: arguments.option("label"), positive: arguments.option("positive"), answers: arguments.option("answers"))
        try ReportOptions.deliver(try request.report(currentDirectory: context.currentDirectory), as: format, arguments, in: context)
        return .success
    }
}
