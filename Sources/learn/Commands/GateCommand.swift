import Workbench

/// `learn gate --policy FILE --model FILE --data FILE --protected COLS [--tier T]`: a deployment
/// gate (docs/governance.md). The work is `GateRequest`'s.
enum GateCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "gate",
        abstract: "Judge a model against a governance policy's tier: metrics, thresholds, required documents.",
        discussion: """
            Scores the labelled test file with the model (threshold 0.5), audits the predictions by \
            each protected column and their intersection, and checks every requirement of the tier: \
            between-groups ratios (>= tau) and differences (<= max), minimum accuracy or roc_auc, and \
            that each required document exists and is non-trivial. Prints PASS or FAIL per check with \
            the number. Exits 0 when every check passes, 1 on a breach, 64 for a wrong command line, \
            65 for a policy, model or data file that does not fit (a policy problem names the field). \
            docs/governance.md describes the policy file; a CI step is in the README.

              learn gate --policy policy.json --model credit.model.json --data test.csv \\
                --protected sex,age --bins age=18-25,26- --tier high
            """,
        parameters: [
            .option(OptionDescription(name: "policy", short: nil, valueName: "file", help: "The policy file (docs/governance.md).", isRequired: true)),
            .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model file (learn train --out).", isRequired: true)),
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The labelled test CSV file.", isRequired: true)),
            .option(OptionDescription(name: "protected", short: nil, valueName: "cols", help: "Protected columns, comma-separated: sex,race.", isRequired: true)),
            .option(OptionDescription(name: "tier", short: nil, valueName: "tier", help: "The policy's tier to judge against.", defaultText: "the policy's default_tier")),
            .option(OptionDescription(name: "bins", short: nil, valueName: "ranges", help: "Ranges of a numeric protected column: age=18-25,26-.")),
            .option(OptionDescription(name: "privileged", short: nil, valueName: "rules", help: "Privileged groups, as learn audit takes them: sex=Male; age>25.")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: "text or json.", defaultText: "text")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let json = try ModelCommandOptions.isJSON(arguments, command: definition.name)
        func required(_ name: String) throws -> String { try ModelCommandOptions.required(name, arguments, command: definition.name) }
        let request = GateRequest(policy: try required("policy"), model: try required("model"), data: try required("data"),
                                  protected: try required("protected"), tier: arguments.option("tier"),
                                  bins: arguments.option("bins"), privileged: arguments.option("privileged"))
        let result = try request.run(currentDirectory: context.currentDirectory)
        context.console.writeOutput(json ? try result.json() : result.text())
        return result.passed ? .success : .failure
    }
}
