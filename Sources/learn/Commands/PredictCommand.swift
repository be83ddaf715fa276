import Foundation
import Workbench

/// `learn predict --model FILE --data FILE [--threshold T] [--out FILE]`: scores a CSV file with a
/// pipeline model file; the output is the input rows with `score` and `prediction` added, ready
/// for `learn audit`. The work is `PredictRequest`'s.
enum PredictCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "predict",
        abstract: "Score a CSV file with a model file: adds score and prediction columns.",
        discussion: """
            Writes every input row and column, then score (P(label = positive)) and prediction (1 \
            when score > threshold, else 0), as CSV to --out or to standard output. The file needs \
            the columns the model was trained on. Missing values the model fills, and categories it \
            ignores, are reported as warnings with their counts. Exits 0 when scored, 64 for a wrong \
            command line, 65 for a model or data file that does not fit (named with its column and row).

              learn predict --model german.model.json --data applicants.csv --out scored.csv
              learn audit --data scored.csv --label credit --positive good --prediction prediction --protected sex
            """,
        parameters: [
            .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model file (learn train --out).", isRequired: true)),
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The CSV file of rows to score.", isRequired: true)),
            .option(OptionDescription(name: "threshold", short: nil, valueName: "t", help: "Predict 1 when score > t.", defaultText: "0.5")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: "The summary with --out: text or json.", defaultText: "text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the scored CSV here.", defaultText: "standard output")),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let json = try ModelCommandOptions.isJSON(arguments, command: definition.name)
        let out = arguments.option("out")
        if json, out == nil {
            throw UsageError(command: ["learn", definition.name], problem: .invalidValue(
                option: "--format", value: "json", expected: "text unless --out is given (the CSV goes to standard output)"))
        }
        let request = PredictRequest(model: try ModelCommandOptions.required("model", arguments, command: definition.name),
                                     data: try ModelCommandOptions.required("data", arguments, command: definition.name),
                                     threshold: arguments.option("threshold"))
        let result = try request.run(currentDirectory: context.currentDirectory)
        for warning in result.warnings { context.console.warning(warning) }
        guard let out else {
            context.console.writeOutput(result.csv())
            return .success
        }
        let url = try OutputFile.write(result.csv(), to: out, currentDirectory: context.currentDirectory)
        if json {
            context.console.writeOutput(try result.json(out: url.path))
        } else {
            context.console.line("Wrote \(result.table.rowCount) scored rows to \(url.path): \(result.positiveCount) predicted "
                                 + "\(result.label) = \(result.positive) (score > \(result.threshold)).")
        }
        return .success
    }
}
