import Foundation
import Workbench

/// `learn train --data FILE --label COL --out FILE ...`: fits a pipeline on a CSV file and writes
/// its model file (docs/model-files.md). The work is `TrainRequest`'s; this reads options and prints.
enum TrainCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "train",
        abstract: "Train a model on a CSV file and save it as a model file.",
        discussion: """
            Every column but the label, the weight and the protected columns is a feature (or name \
            them with --features, or drop some with --exclude). Numeric columns are standardised \
            unless --no-standardize, categorical ones one-hot encoded, missing values filled with the \
            training mean or most frequent value (--missing). With --test-fraction, a stratified, \
            seeded part of the rows is held out and the model is trained on the rest. Prints rows, \
            features, train accuracy (and test accuracy and AUC with a split); writes the model file \
            atomically. Exits 0 when trained, 64 for a wrong command line, 65 for data that does not fit.

              learn train --data german.csv --label credit --positive good \\
                --protected sex,age_group --test-fraction 0.3 --seed 42 --out german.model.json
            """,
        parameters: [
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The training CSV file, with a header line.", isRequired: true)),
            .option(OptionDescription(name: "label", short: nil, valueName: "col", help: "The column to predict.", isRequired: true)),
            .option(OptionDescription(name: "positive", short: nil, valueName: "value", help: "The label value that is 1 (0/1 and true/false need none).")),
            .option(OptionDescription(name: "features", short: nil, valueName: "cols", help: "Feature columns, comma-separated.", defaultText: "all others")),
            .option(OptionDescription(name: "exclude", short: nil, valueName: "cols", help: "Columns to leave out of the features.")),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Protected columns: kept out of the features and recorded.")),
            .flag(FlagDescription(name: "include-protected", short: nil, help: "Keep the protected columns among the features.", group: nil)),
            .option(OptionDescription(name: "model", short: nil, valueName: "kind", help: "logistic, tree or naive-bayes.", defaultText: "logistic")),
            .option(OptionDescription(name: "c", short: nil, valueName: "c", help: "Logistic regression's inverse regularisation strength.", defaultText: "1.0")),
            .option(OptionDescription(name: "max-depth", short: nil, valueName: "n", help: "The tree's maximum depth.", defaultText: "no limit")),
            .flag(FlagDescription(name: "no-standardize", short: nil, help: "Use numeric columns as they are.", group: nil)),
            .option(OptionDescription(name: "weight", short: nil, valueName: "col", help: "A column of sample weights.")),
            .option(OptionDescription(name: "test-fraction", short: nil, valueName: "f", help: "Hold out this share of rows for testing.")),
            .option(OptionDescription(name: "seed", short: nil, valueName: "s", help: "The seed of the held-out split.", defaultText: "0")),
            .option(OptionDescription(name: "missing", short: nil, valueName: "policy", help: "impute, drop-rows or error.", defaultText: "impute")),
            .option(OptionDescription(name: "unknown-categories", short: nil, valueName: "how",
                                      help: "At prediction, a category not seen in training: error or ignore.", defaultText: "error")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: "text or json.", defaultText: "text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Where to write the model file.", isRequired: true)),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let json = try ModelCommandOptions.isJSON(arguments, command: definition.name)
        let request = TrainRequest(
            data: try ModelCommandOptions.required("data", arguments, command: definition.name),
            label: try ModelCommandOptions.required("label", arguments, command: definition.name),
            positive: arguments.option("positive"), features: arguments.option("features"), exclude: arguments.option("exclude"),
            protected: arguments.option("protected"), includeProtected: arguments.flag("include-protected"), model: arguments.option("model"),
            c: arguments.option("c"), maxDepth: arguments.option("max-depth"), noStandardize: arguments.flag("no-standardize"),
            weight: arguments.option("weight"), testFraction: arguments.option("test-fraction"), seed: arguments.option("seed"),
            missing: arguments.option("missing"), unknownCategories: arguments.option("unknown-categories"),
            out: try ModelCommandOptions.required("out", arguments, command: definition.name))
        let result = try request.run(currentDirectory: context.currentDirectory)
        try context.console.show(result, asJSON: json)
        return .success
    }
}
