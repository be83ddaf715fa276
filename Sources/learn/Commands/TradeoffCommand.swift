import Foundation
import Workbench

/// `learn tradeoff --data FILE --label COL --protected COL [...]`: sweeps mitigations and prints
/// accuracy against disparity with the Pareto front. The work is `TradeoffRequest`'s.
enum TradeoffCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "tradeoff",
        abstract: "Sweep mitigations and show what each costs in accuracy and buys in fairness.",
        discussion: """
            Trains the model learn train would, then exponentiated gradient at every eps of \
            --eps-grid, grid search's 10 candidates and the threshold optimizer (demographic parity \
            and equalized odds), scores each on the --test rows (expected values), marks the Pareto \
            front (*) and recommends the most accurate point whose disparity is within --tolerance. \
            --out writes the sweep as JSON. Exits 0, 64 for a wrong command line, 65 for bad data.

              learn tradeoff --data train.csv --test test.csv --label credit --positive good \\
                --protected age_group --eps-grid 0.01,0.05,0.1 --tolerance 0.05 --out sweep.json
            """,
        parameters: [
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The training CSV file, with a header line.", isRequired: true)),
            .option(OptionDescription(name: "label", short: nil, valueName: "col", help: "The column to predict.", isRequired: true)),
            .option(OptionDescription(name: "positive", short: nil, valueName: "value", help: "The label value that is 1 (0/1 and true/false need none).")),
            .option(OptionDescription(name: "protected", short: nil, valueName: "col", help: "The protected column whose groups are compared.", isRequired: true)),
            .option(OptionDescription(name: "methods", short: nil, valueName: "list", help: "exponentiated-gradient, grid-search, threshold-optimizer.", defaultText: "all three")),
            .option(OptionDescription(name: "eps-grid", short: nil, valueName: "list", help: "Exponentiated gradient's eps values.", defaultText: "0.01,0.02,0.05,0.1")),
            .option(OptionDescription(name: "constraint", short: nil, valueName: "name", help: "The reductions' constraint; equalized_odds also measures equalized odds.", defaultText: "demographic_parity")),
            .option(OptionDescription(name: "tolerance", short: nil, valueName: "d", help: "The largest disparity the recommended point may have.", defaultText: "0.05")),
            .option(OptionDescription(name: "test", short: nil, valueName: "file", help: "Held-out rows to score on.", defaultText: "the training rows")),
            .option(OptionDescription(name: "features", short: nil, valueName: "cols", help: "Feature columns, comma-separated.", defaultText: "all others")),
            .option(OptionDescription(name: "exclude", short: nil, valueName: "cols", help: "Columns to leave out of the features.")),
            .option(OptionDescription(name: "model", short: nil, valueName: "kind", help: "logistic, tree or naive-bayes.", defaultText: "logistic")),
            .option(OptionDescription(name: "c", short: nil, valueName: "c", help: "Logistic regression's inverse regularisation strength.", defaultText: "1.0")),
            .flag(FlagDescription(name: "no-standardize", short: nil, help: "Use numeric columns as they are.", group: nil)),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: "text or json.", defaultText: "text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the sweep as JSON.")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let json = try ModelCommandOptions.isJSON(arguments, command: definition.name)
        let train = TrainRequest(
            data: try ModelCommandOptions.required("data", arguments, command: definition.name),
            label: try ModelCommandOptions.required("label", arguments, command: definition.name),
            positive: arguments.option("positive"), features: arguments.option("features"), exclude: arguments.option("exclude"),
            model: arguments.option("model"), c: arguments.option("c"), noStandardize: arguments.flag("no-standardize"), out: "")
        let request = TradeoffRequest(
            train: train, protectedColumn: try ModelCommandOptions.required("protected", arguments, command: definition.name),
            methods: arguments.option("methods"), epsGrid: arguments.option("eps-grid"), constraint: arguments.option("constraint"),
            tolerance: arguments.option("tolerance"), test: arguments.option("test"), out: arguments.option("out"))
        let result = try request.run(currentDirectory: context.currentDirectory)
        if json {
            context.console.writeOutput(try result.json())
        } else {
            for line in result.summaryLines() { context.console.line(line) }
        }
        return .success
    }
}
