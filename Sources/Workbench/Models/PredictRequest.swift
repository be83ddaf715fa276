import FairKit
import Foundation

/// What `learn predict` was asked: a pipeline model file, a CSV file of rows, a threshold. Run it
/// with `run(currentDirectory:)`; the result holds the rows with `score` and `prediction` added.
public struct PredictRequest: Sendable, Equatable {
    /// The pipeline model file (`learn train --out`, or written by hand: docs/model-files.md).
    public var model: String
    /// The CSV file of rows to score.
    public var data: String
    /// The decision threshold (default 0.5): prediction 1 exactly when score > threshold.
    public var threshold: String?

    /// A request to score `data` with `model` (threshold 0.5 unless given).
    public init(model: String, data: String, threshold: String? = nil) {
        self.model = model
        self.data = data
        self.threshold = threshold
    }

    /// The names of the two columns added.
    public static let scoreColumn = "score", predictionColumn = "prediction"

    /// Loads the model, reads the rows (the model's columns with the kinds they were trained
    /// with), and scores them. A missing column the model needs, a value of the wrong kind, a
    /// category never seen in training (unless the model ignores them) or a missing value the
    /// model cannot fill is `badInput` naming the file, column and row; values filled and
    /// categories ignored become warnings with their counts.
    public func run(currentDirectory: URL) throws -> PredictResult {
        let cut = try threshold.map { text -> Double in
            guard let t = OptionValues.finiteNumber(text), t >= 0, t <= 1 else {
                throw RequestFailure.usage("--threshold", "'\(text)' is not a number in [0, 1], such as 0.5")
            }
            return t
        } ?? DecisionRule.defaultThreshold
        let (pipeline, mitigated) = try loadModel(currentDirectory, allowMitigated: true)
        let input = try TableFile.read(data, from: currentDirectory, schema: Self.schema(of: pipeline))
        var warnings: [String] = []
        do {
            let table = input.table
            if let fills = pipeline.fitted?.imputer {
                for (column, count) in try pipeline.missingValueCounts(in: table) {
                    let fill = fills.fills[fills.columns.firstIndex(of: column) ?? 0]
                    warnings.append("\(data): \(count) missing value\(count == 1 ? "" : "s") in '\(column)' filled with the training value \(fill)")
                }
            }
            if pipeline.settings.unknownCategories == .ignore {
                for (column, rows) in try pipeline.unknownCategoryRows(in: table) {
                    let count = rows.count
                    warnings.append("\(data): \(count) row\(count == 1 ? "" : "s") of '\(column)' hold\(count == 1 ? "s" : "") a category "
                                    + "not seen in training, encoded as all indicators 0")
                }
            }
            for name in [Self.scoreColumn, Self.predictionColumn] where table.hasColumn(name) {
                warnings.append("\(data): the column '\(name)' is replaced by the model's \(name)s")
            }
            let scores = try mitigated?.predictProbability(table) ?? pipeline.predictProbability(table)
            // A mitigated model's decision is its seeded draw from P(positive), unless --threshold asks for a cut.
            let labels = mitigated.map { m in threshold == nil && m.isRandomised ? RandomisedDecision.sample(scores, seed: m.seed) : nil } ?? nil
            let predictions = labels?.map(Double.init) ?? scores.map { Double(DecisionRule.label(probability: $0, threshold: cut)) }
            let output = try table.adding(.numeric(Self.scoreColumn, scores)).adding(.numeric(Self.predictionColumn, predictions))
            return PredictResult(table: output, scores: scores, threshold: cut, positive: pipeline.fitted?.label.positive ?? "",
                                 label: pipeline.settings.label, warnings: warnings)
        } catch let error as DataError {
            throw RequestFailure(.badInput, "\(data): \(error)\(Self.hint(for: error, pipeline: pipeline))")
        } catch {
            throw RequestFailure.badInput(data, error)
        }
    }

    /// The column kinds a pipeline was trained with, for reading its input files.
    static func schema(of pipeline: Pipeline) -> [String: ColumnKind] {
        var schema: [String: ColumnKind] = [:]
        for feature in pipeline.features {
            switch feature.encoding {
            case .number: schema[feature.sourceColumn] = .numeric
            case .flag: schema[feature.sourceColumn] = .boolean
            case .indicator: schema[feature.sourceColumn] = .categorical
            }
        }
        return schema
    }

    /// The pipeline in the model file; any problem is `badInput` naming the file and the field
    /// (`learn explain` loads its model the same way).
    func loadModel(_ folder: URL) throws -> Pipeline { try loadModel(folder, allowMitigated: false).pipeline }

    /// The model file's pipeline and, for a `mitigated_pipeline` (`learn mitigate --out`), the
    /// whole mitigated model, whose pipeline is its base.
    func loadModel(_ folder: URL, allowMitigated: Bool) throws -> (pipeline: Pipeline, mitigated: MitigatedPipeline?) {
        let url = URL.resolving(model, from: folder)
        guard let data = try? Data(contentsOf: url) else {
            throw RequestFailure(.badInput, "\(model): cannot read the model file (\(FileManager.default.fileExists(atPath: url.path) ? "not readable" : "no such file"))")
        }
        do {
            let kind = try ModelFile.kind(of: data)
            if allowMitigated, kind == .mitigatedPipeline {
                let mitigated = try MitigatedPipeline(modelFileData: data)
                return (mitigated.pipeline, mitigated)
            }
            guard kind == .pipeline else {
                throw ModelFileError.wrongKind(field: "kind", found: kind.rawValue,
                                               expected: [ModelFile.Kind.pipeline.rawValue] + (allowMitigated ? [ModelFile.Kind.mitigatedPipeline.rawValue] : []))
            }
            return (try Pipeline(modelFileData: data), nil)
        } catch let error as ModelFileError {
            var message = "\(model): \(error)"
            if case .wrongKind(let field, _, _) = error, field == "kind" {
                message += " (learn train writes one; docs/model-files.md shows how to wrap a classifier in a pipeline file)"
            }
            throw RequestFailure(.badInput, message)
        }
    }

    /// Where the row is in the file (after the header line), and what fixes the problem.
    private static func hint(for error: DataError, pipeline: Pipeline) -> String {
        switch error {
        case .missingValue(_, let row):
            return " [line \(row + 2) of the file]" + (pipeline.settings.missingValues == .dropRows
                ? " (the model was trained with --missing drop-rows, so it cannot fill it: drop the row or fill the value)"
                : " (the model was trained with --missing error: fill the value, or retrain with --missing impute)")
        case .unknownCategory(_, _, let row, _):
            return " [line \(row + 2) of the file] (or retrain with --unknown-categories ignore)"
        default:
            return ""
        }
    }
}
