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
            and equalized odds), scores each on the --test rows (decisions; a randomised model's as expected values), marks the Pareto \
            front (*) and recommends the most accurate point whose disparity is within --tolerance. \
            --sweep-out writes the sweep as JSON. --format markdown or html prints a report (the \
            trade-off chart with the Pareto front and the recommended point, the table of points), and \
            --out writes it there; with --format text or json, --out is the sweep JSON, as \
            --sweep-out. Two options naming one file are a usage error. Exits 0, 64 for a wrong command \
            line, 65 for bad data.

              learn tradeoff --data train.csv --test test.csv --label credit --positive good \\
                --protected age_group --eps-grid 0.01,0.05,0.1 --tolerance 0.05 --out sweep.json
              learn tradeoff ... --format html --out tradeoff.html --sweep-out sweep.json
            """,
        parameters: MitigationCommandOptions.dataParameters + [
                .option(OptionDescription(name: "methods", short: nil, valueName: "list", help: "exponentiated-gradient, grid-search, threshold-optimizer.", defaultText: "all three")),
                .option(OptionDescription(name: "eps-grid", short: nil, valueName: "list", help: "Exponentiated gradient's eps values.", defaultText: "0.01,0.02,0.05,0.1")),
                .option(OptionDescription(name: "constraint", short: nil, valueName: "name", help: "The reductions' constraint; equalized_odds also measures equalized odds.", defaultText: "demographic_parity")),
                .option(OptionDescription(name: "tolerance", short: nil, valueName: "d", help: "The largest disparity the recommended point may have.", defaultText: "0.05")),
            ]
            + MitigationCommandOptions.modelParameters + [
                .option(OptionDescription(name: "format", short: nil, valueName: "format", help: ReportFormat.optionHelp, defaultText: "text")),
                ReportOptions.dualOutParameter(own: "the sweep as JSON", fileOption: "sweep-out"),
                .option(OptionDescription(name: "sweep-out", short: nil, valueName: "file", help: "Write the sweep as JSON.")),
            ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let output = try ReportOptions.dualOutput(arguments, command: definition.name, fileOption: "sweep-out", read: ["data", "test"],
                                                  currentDirectory: context.currentDirectory)
        let train = try MitigationCommandOptions.trainRequest(arguments, command: definition.name)
        var request = TradeoffRequest(
            train: train, protectedColumn: try ModelCommandOptions.required("protected", arguments, command: definition.name),
            methods: arguments.option("methods"), epsGrid: arguments.option("eps-grid"), constraint: arguments.option("constraint"),
            tolerance: arguments.option("tolerance"), test: arguments.option("test"), out: output.file)
        request.outOption = output.fileOption
        let result = try request.run(currentDirectory: context.currentDirectory)
        try ReportOptions.show(result, report: output.report, arguments, in: context) { try result.report(data: train.data, test: request.test) }
        return .success
    }
}
