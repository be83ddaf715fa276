import Workbench

/// The data and model options `learn mitigate` and `learn tradeoff` share (those of `learn train`).
enum MitigationCommandOptions {
    /// --data, --label, --positive, --protected.
    static let dataParameters: [Parameter] = [
        .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The training CSV file, with a header line.", isRequired: true)),
        .option(OptionDescription(name: "label", short: nil, valueName: "col", help: "The column to predict.", isRequired: true)),
        .option(OptionDescription(name: "positive", short: nil, valueName: "value", help: "The label value that is 1 (0/1 and true/false need none).")),
        .option(OptionDescription(name: "protected", short: nil, valueName: "col", help: "The protected column whose groups are compared.", isRequired: true)),
    ]

    /// --test and the model options of `learn train`.
    static let modelParameters: [Parameter] = [
        .option(OptionDescription(name: "test", short: nil, valueName: "file", help: "Held-out rows to compare on.", defaultText: "the training rows")),
        .option(OptionDescription(name: "features", short: nil, valueName: "cols", help: "Feature columns, comma-separated.", defaultText: "all others")),
        .option(OptionDescription(name: "exclude", short: nil, valueName: "cols", help: "Columns to leave out of the features.")),
        .option(OptionDescription(name: "model", short: nil, valueName: "kind", help: "logistic, tree or naive-bayes.", defaultText: "logistic")),
        .option(OptionDescription(name: "c", short: nil, valueName: "c", help: "Logistic regression's inverse regularisation strength.", defaultText: "1.0")),
        .flag(FlagDescription(name: "no-standardize", short: nil, help: "Use numeric columns as they are.", group: nil)),
    ]

    /// The `learn train` request the data and model options describe (no model file of its own).
    static func trainRequest(_ arguments: ParsedArguments, command: String) throws -> TrainRequest {
        TrainRequest(
            data: try ModelCommandOptions.required("data", arguments, command: command),
            label: try ModelCommandOptions.required("label", arguments, command: command),
            positive: arguments.option("positive"), features: arguments.option("features"), exclude: arguments.option("exclude"),
            model: arguments.option("model"), c: arguments.option("c"), noStandardize: arguments.flag("no-standardize"), out: "")
    }
}
