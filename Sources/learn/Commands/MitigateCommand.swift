import Foundation
import Workbench

/// `learn mitigate --data FILE --label COL --protected COL --method M [...]`: trains the base
/// model and a mitigated one and compares them. The work is `MitigateRequest`'s.
enum MitigateCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "mitigate",
        abstract: "Train a model with a bias mitigation and compare it with the plain model.",
        discussion: """
            Trains the model learn train would (same data and model options), then the mitigated \
            one, and prints both on the --test rows (or the training rows): accuracy, selection rate \
            per group, demographic parity and equalized odds differences, and what the mitigator did \
            (weights, thresholds, mixing rates, the predictors' mixture). Randomised decisions are \
            scored as expected values. Methods: reweighing, di-remover, correlation-remover, exponentiated-gradient, grid-search, \
            threshold-optimizer, eq-odds, calibrated-eq-odds, reject-option. --out writes the mitigated \
            model file learn predict applies (docs/model-files.md; not for di-remover and correlation-remover). Exits 0, 64 for a wrong command line, 65 for data that \
            does not fit (a group with one label, a protected column with one value).

              learn mitigate --data train.csv --test test.csv --label credit --positive good \\
                --protected age_group --method exponentiated-gradient --eps 0.01
            """,
        parameters: [
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The training CSV file, with a header line.", isRequired: true)),
            .option(OptionDescription(name: "label", short: nil, valueName: "col", help: "The column to predict.", isRequired: true)),
            .option(OptionDescription(name: "positive", short: nil, valueName: "value", help: "The label value that is 1 (0/1 and true/false need none).")),
            .option(OptionDescription(name: "protected", short: nil, valueName: "col", help: "The protected column whose groups are compared.", isRequired: true)),
            .option(OptionDescription(name: "privileged", short: nil, valueName: "values", help: "Its privileged values (eq-odds, calibrated-eq-odds, reject-option).")),
            .option(OptionDescription(name: "method", short: nil, valueName: "method", help: "The mitigation (see above).", isRequired: true)),
            .option(OptionDescription(name: "constraint", short: nil, valueName: "name", help: "demographic_parity, equalized_odds, true_positive_rate_parity, ...",
                                      defaultText: "demographic_parity")),
            .option(OptionDescription(name: "eps", short: nil, valueName: "e", help: "Exponentiated gradient's allowed violation.", defaultText: "0.01")),
            .option(OptionDescription(name: "repair-level", short: nil, valueName: "l", help: "The disparate impact remover's repair level, 0..1.", defaultText: "1")),
            .option(OptionDescription(name: "alpha", short: nil, valueName: "a", help: "The correlation remover's alpha, 0..1.", defaultText: "1")),
            .option(OptionDescription(name: "test", short: nil, valueName: "file", help: "Held-out rows to compare on.", defaultText: "the training rows")),
            .option(OptionDescription(name: "features", short: nil, valueName: "cols", help: "Feature columns, comma-separated.", defaultText: "all others")),
            .option(OptionDescription(name: "exclude", short: nil, valueName: "cols", help: "Columns to leave out of the features.")),
            .option(OptionDescription(name: "model", short: nil, valueName: "kind", help: "logistic, tree or naive-bayes.", defaultText: "logistic")),
            .option(OptionDescription(name: "c", short: nil, valueName: "c", help: "Logistic regression's inverse regularisation strength.", defaultText: "1.0")),
            .flag(FlagDescription(name: "no-standardize", short: nil, help: "Use numeric columns as they are.", group: nil)),
            .option(OptionDescription(name: "seed", short: nil, valueName: "s", help: "The seed of randomised decisions.", defaultText: "0")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: "text or json.", defaultText: "text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the mitigated model file for learn predict.")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let json = try ModelCommandOptions.isJSON(arguments, command: definition.name)
        let train = TrainRequest(
            data: try ModelCommandOptions.required("data", arguments, command: definition.name),
            label: try ModelCommandOptions.required("label", arguments, command: definition.name),
            positive: arguments.option("positive"), features: arguments.option("features"), exclude: arguments.option("exclude"),
            model: arguments.option("model"), c: arguments.option("c"), noStandardize: arguments.flag("no-standardize"), out: "")
        var request = MitigateRequest(
            train: train, protectedColumn: try ModelCommandOptions.required("protected", arguments, command: definition.name),
            privileged: arguments.option("privileged"), method: try ModelCommandOptions.required("method", arguments, command: definition.name),
            constraint: arguments.option("constraint"), eps: arguments.option("eps"), test: arguments.option("test"),
            seed: arguments.option("seed"), out: arguments.option("out"))
        request.repairLevel = arguments.option("repair-level")
        request.alpha = arguments.option("alpha")
        let result = try request.run(currentDirectory: context.currentDirectory)
        if json {
            context.console.writeOutput(try result.json())
        } else {
            for line in result.summaryLines() { context.console.line(line) }
        }
        return .success
    }
}
