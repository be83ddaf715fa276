import Foundation
import Workbench

/// `learn whatif --model FILE --data FILE --protected COLS [--rows N] [--seed S] --out FILE`:
/// writes the what-if page, one offline HTML file (docs/whatif.md). The work is `WhatIfRequest`'s.
enum WhatIfCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "whatif",
        abstract: "Write an offline what-if page: edit a row, move thresholds per group, watch the model.",
        discussion: """
            One self-contained HTML file (no network): pick a row, edit its features and watch the \
            probability, the decision, the attributions (linear SHAP, naive Bayes' log-odds terms, \
            or a tree's path attribution) and the nearest row with the other decision; move a \
            threshold per group and watch selection rates, TPR, FPR and the disparities. For \
            logistic regression, decision tree and naive Bayes pipelines; the data needs the label \
            and the protected columns. Exits 0 when written, 64 for a wrong command line, 65 for a \
            model or data file that does not fit.

              learn whatif --model adult.model.json --data adult.csv --protected sex,race --out whatif.html
              learn whatif --model adult.model.json --data adult.csv --protected sex --rows 1000 --seed 7 --out whatif.html
            """,
        parameters: [
            .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model file (learn train --out).", isRequired: true)),
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The CSV file of rows, with the label.", isRequired: true)),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Columns to group the rows by.", isRequired: true)),
            .option(OptionDescription(name: "rows", short: nil, valueName: "n", help: "Put at most n rows in the page, a seeded sample.", defaultText: "every row")),
            .option(OptionDescription(name: "seed", short: nil, valueName: "s", help: "Seed of the sample.", defaultText: "0")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the HTML page here.", isRequired: true)),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let request = WhatIfRequest(model: try ModelCommandOptions.required("model", arguments, command: definition.name),
                                    data: try ModelCommandOptions.required("data", arguments, command: definition.name),
                                    protected: try ModelCommandOptions.required("protected", arguments, command: definition.name),
                                    rows: arguments.option("rows"), seed: arguments.option("seed"))
        let result = try request.run(currentDirectory: context.currentDirectory)
        let out = try ModelCommandOptions.required("out", arguments, command: definition.name)
        let url = try OutputFile.write(result.html, to: out, currentDirectory: context.currentDirectory)
        context.console.line("Wrote the what-if page of \(result.rows) of \(result.dataRows) rows (\(result.modelKind), "
                             + "attributions: \(result.attribution)) to \(url.path).")
        return .success
    }
}
