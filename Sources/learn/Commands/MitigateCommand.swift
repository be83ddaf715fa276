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
            (weights, thresholds, mixing rates, the predictors' mixture). A deterministic model is scored \
            on its decisions (P > 0.5, as learn predict writes them), a randomised one by expected \
            values over its coin flips; the randomised share counts coin-flip decisions, 0 for a \
            deterministic model. Methods: reweighing, di-remover, correlation-remover, exponentiated-gradient, grid-search, \
            threshold-optimizer, eq-odds, calibrated-eq-odds, reject-option, prejudice-remover, adversarial-debiasing. \
            --model-out writes the mitigated model file learn predict applies (docs/model-files.md; not \
            for di-remover, which repairs whole data sets: --repaired-out and --repaired-test-out write \
            the repaired rows). --format markdown or html prints a report (summary, data, baseline \
            against mitigated by group with charts, what the mitigator did, limitations), and --out \
            writes it there; with --format text or json, --out is the model file, as --model-out. Two \
            options naming one file are a usage error. Exits 0, 64 for a wrong command line, 65 for data \
            that does not fit (a group with one label, a protected column with one value).

              learn mitigate --data train.csv --test test.csv --label credit --positive good \\
                --protected age_group --method exponentiated-gradient --eps 0.01 --out mitigated.json
              learn mitigate ... --format html --out report.html --model-out mitigated.json
            """,
        parameters: MitigationCommandOptions.dataParameters + [
                .option(OptionDescription(name: "privileged", short: nil, valueName: "values",
                                          help: "Its privileged values (eq-odds, calibrated-eq-odds, reject-option, prejudice-remover, adversarial-debiasing).")),
                .option(OptionDescription(name: "method", short: nil, valueName: "method", help: "The mitigation (see above).", isRequired: true)),
                .option(OptionDescription(name: "constraint", short: nil, valueName: "name", help: "demographic_parity, equalized_odds, true_positive_rate_parity, ..., bounded_group_loss",
                                          defaultText: "demographic_parity")),
                .option(OptionDescription(name: "upper-bound", short: nil, valueName: "z", help: "bounded_group_loss's largest error rate per group.")),
                .option(OptionDescription(name: "eps", short: nil, valueName: "e", help: "Exponentiated gradient's allowed violation.", defaultText: "0.01")),
                .option(OptionDescription(name: "repair-level", short: nil, valueName: "l", help: "The disparate impact remover's repair level, 0..1.", defaultText: "1")),
                .option(OptionDescription(name: "repaired-out", short: nil, valueName: "file", help: "di-remover: write the repaired training rows (CSV).")),
                .option(OptionDescription(name: "repaired-test-out", short: nil, valueName: "file", help: "di-remover: write the repaired --test rows (CSV).")),
                .option(OptionDescription(name: "alpha", short: nil, valueName: "a", help: "The correlation remover's alpha, 0..1.", defaultText: "1")),
                .option(OptionDescription(name: "eta", short: nil, valueName: "e", help: "The prejudice remover's eta.", defaultText: "1")),
                .flag(FlagDescription(name: "flip", short: nil, help: "Threshold optimizer: also allow 'score < t' rules (Fairlearn's flip).", group: nil)),
                .option(OptionDescription(name: "tol", short: nil, valueName: "t",
                                          help: "Threshold optimizer: the groups' constrained rates may differ by up to t (Fairlearn's tol; not equalized_odds).")),
            ]
            + MitigationCommandOptions.modelParameters + [
                .option(OptionDescription(name: "seed", short: nil, valueName: "s", help: "The seed of randomised decisions.", defaultText: "0")),
                .option(OptionDescription(name: "format", short: nil, valueName: "format", help: ReportFormat.optionHelp, defaultText: "text")),
                ReportOptions.dualOutParameter(own: "the mitigated model file", fileOption: "model-out"),
                .option(OptionDescription(name: "model-out", short: nil, valueName: "file", help: "Write the mitigated model file for learn predict.")),
            ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let output = try ReportOptions.dualOutput(arguments, command: definition.name, fileOption: "model-out",
                                                  alsoWritten: ["repaired-out", "repaired-test-out"], read: ["data", "test"],
                                                  currentDirectory: context.currentDirectory)
        let train = try MitigationCommandOptions.trainRequest(arguments, command: definition.name)
        var request = MitigateRequest(
            train: train, protectedColumn: try ModelCommandOptions.required("protected", arguments, command: definition.name),
            privileged: arguments.option("privileged"), method: try ModelCommandOptions.required("method", arguments, command: definition.name),
            constraint: arguments.option("constraint"), eps: arguments.option("eps"), test: arguments.option("test"),
            seed: arguments.option("seed"), out: output.file)
        request.outOption = output.fileOption
        request.repairLevel = arguments.option("repair-level")
        (request.repairedOut, request.repairedTestOut) = (arguments.option("repaired-out"), arguments.option("repaired-test-out"))
        request.alpha = arguments.option("alpha")
        request.upperBound = arguments.option("upper-bound")
        request.eta = arguments.option("eta")
        request.flip = arguments.flag("flip")
        request.tol = arguments.option("tol")
        let result = try request.run(currentDirectory: context.currentDirectory)
        try ReportOptions.show(result, report: output.report, arguments, in: context) { try result.report(data: train.data, test: request.test) }
        return .success
    }
}
