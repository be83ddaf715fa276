import Foundation
import Workbench

/// `learn explain --model FILE --data FILE [--rows 0,5,9-12] [--method M] ...`: explains a model's
/// predictions on rows of a CSV file, in the file's own columns. The work is `ExplainRequest`'s.
enum ExplainCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "explain",
        abstract: "Explain a model's predictions: Shapley values, LIME or counterfactuals, per row.",
        discussion: """
            Shows each row's output, the columns that moved it most (one-hot columns summed back to \
            their source column) and a plain-language summary; --method lime shows LIME's surrogate \
            and its local R²; --method counterfactual shows the smallest changes that flip the \
            prediction under --immutable, --increase-only and --decrease-only (a category column among \
            them needs --level-order); --method permutation-importance and pdp \
            describe the model over all the rows (or those --rows names). Attributions are \
            measured against background rows (--background, default the data file; at most \
            --background-rows of them, a seeded sample). Exits 0 when explained, 64 for a wrong \
            command line, 65 for a model or data file that does not fit.

              learn explain --model german.model.json --data applicants.csv --rows 0-2
              learn explain --model german.model.json --data applicants.csv --method counterfactual --immutable age,sex
              learn explain --model german.model.json --data applicants.csv --rows 0-4 --format html --out why.html
            """,
        parameters: [
            .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model file (learn train --out).", isRequired: true)),
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The CSV file holding the rows.", isRequired: true)),
            .option(OptionDescription(name: "rows", short: nil, valueName: "list", help: "Rows to explain, from 0: 0,5,9-12.", defaultText: "0")),
            .option(OptionDescription(name: "method", short: nil, valueName: "name", help: "exact-shap, kernel-shap, linear-shap, tree-shap, permutation-shap, lime, counterfactual, permutation-importance or pdp.", defaultText: "kernel-shap")),
            .option(OptionDescription(name: "background", short: nil, valueName: "file", help: "A CSV file of reference rows.", defaultText: "the data file")),
            .option(OptionDescription(name: "background-rows", short: nil, valueName: "n", help: "Use at most n background rows.", defaultText: "100")),
            .option(OptionDescription(name: "samples", short: nil, valueName: "n", help: "Kernel SHAP coalitions, permutation pairs, LIME samples, importance repeats, pdp grid points.", defaultText: "2M+2048, 10, 5000, 5, 100")),
            .option(OptionDescription(name: "seed", short: nil, valueName: "s", help: "Seed of every random choice.", defaultText: "0")),
            .option(OptionDescription(name: "output", short: nil, valueName: "scale", help: "probability or log-odds.", defaultText: "probability")),
            .option(OptionDescription(name: "top", short: nil, valueName: "k", help: "Columns shown per row (LIME: features selected).", defaultText: "5")),
            .option(OptionDescription(name: "immutable", short: nil, valueName: "cols", help: "Counterfactuals: columns that must not change.")),
            .option(OptionDescription(name: "increase-only", short: nil, valueName: "cols", help: "Counterfactuals: columns that may only rise.")),
            .option(OptionDescription(name: "decrease-only", short: nil, valueName: "cols", help: "Counterfactuals: columns that may only fall.")),
            .option(OptionDescription(name: "level-order", short: nil, valueName: "orders", help: "Counterfactuals: a monotone category's levels, lowest first: savings=a|b|c;employment=...")),
            .option(OptionDescription(name: "features", short: nil, valueName: "cols", help: "pdp: the columns to vary.", defaultText: "every numeric column")),
            .option(OptionDescription(name: "metric", short: nil, valueName: "id", help: "permutation-importance: the score that drops.", defaultText: "accuracy")),
            .option(OptionDescription(name: "time-budget", short: nil, valueName: "s", help: "kernel-shap: start no row after s seconds.")),
            .option(OptionDescription(name: "codebook", short: nil, valueName: "file", help: "Raw codes read as a code book's text: a values_maps.json-style file, or german.")),
        ] + ReportOptions.parameters)

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let format = try ReportOptions.format(arguments, command: definition.name)
        let request = ExplainRequest(
            model: try ModelCommandOptions.required("model", arguments, command: definition.name),
            data: try ModelCommandOptions.required("data", arguments, command: definition.name),
            rows: arguments.option("rows"), method: arguments.option("method"), background: arguments.option("background"),
            backgroundRows: arguments.option("background-rows"), samples: arguments.option("samples"), seed: arguments.option("seed"),
            output: arguments.option("output"), top: arguments.option("top"), immutable: arguments.option("immutable"),
            increaseOnly: arguments.option("increase-only"), decreaseOnly: arguments.option("decrease-only"),
            timeBudget: arguments.option("time-budget"), features: arguments.option("features"), metric: arguments.option("metric"),
            codeBook: arguments.option("codebook"), levelOrder: arguments.option("level-order"))
        // A live line on standard error, only on a terminal and never beside JSON: a pipe, a log
        // or a script gets none. NO_COLOR is the style's business (the line has no colour anyway).
        var line = context.console.error.isTTY && format != .json ? StatusLine(interactive: true, width: context.console.error.width,
                                                            style: context.console.error.style, write: context.console.writeError) : nil
        let result = try request.run(currentDirectory: context.currentDirectory, progress: line == nil ? nil : { line?.update(StyledText($0)) })
        line?.finish()
        for warning in result.warnings { context.console.warning(warning) }
        // Text on the terminal keeps its bar lists; every other format and --out take the report route.
        if format == .text, arguments.option("out") == nil {
            context.console.writeOutput(result.text())
        } else {
            try ReportOptions.deliver(try result.report(), as: format, arguments, in: context)
        }
        return .success
    }
}
