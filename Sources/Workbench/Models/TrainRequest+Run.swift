import FairKit
import Foundation

extension TrainRequest {
    /// Reads the CSV file, fits the pipeline (on the training part when a split is asked for),
    /// measures it, and writes the model file atomically to `out`. A problem with the command line
    /// is a `RequestFailure` of kind `usage`; one with the file or its columns (unreadable,
    /// malformed at a line and field, an unknown column, a label of three values, a missing value
    /// under `--missing error`) is `badInput`, its message starting with the file's path.
    public func run(currentDirectory: URL) throws -> TrainResult {
        let (settings, classifier) = try self.settings()
        let split = try self.split()
        let input = try TableFile.read(data, from: currentDirectory)
        var pipeline = Pipeline(settings: settings, classifier: classifier)
        do {
            var train = input.table, test: Table?
            if let split {
                // Stratified by the label, so both parts keep its share of positives.
                let label = try BinaryLabel(fitting: input.table.column(settings.label), positive: settings.positive)
                let strata = try label.values(in: input.table).map { $0 ?? 2 }
                let rows = try DataSplit.trainTest(rowCount: input.table.rowCount, testSize: .fraction(split.fraction),
                                                   seed: split.seed, stratifyBy: strata)
                (train, test) = (input.table.selectingRows(rows.train), input.table.selectingRows(rows.test))
            }
            try pipeline.fit(train)
            pipeline.provenance?.trainingFile = data
            pipeline.provenance?.trainingDataSHA256 = input.sha256
            let trainScore = try evaluate(pipeline, on: train)
            let testScore = try test.map { try evaluate(pipeline, on: $0) }
            let text = String(decoding: try pipeline.modelFileData(), as: UTF8.self)
            let written = try OutputFile.write(text, to: out, currentDirectory: currentDirectory)
            return TrainResult(pipeline: pipeline, modelFile: written, data: data, rows: input.table.rowCount,
                               trainRows: train.rowCount, testRows: test?.rowCount, train: trainScore, test: testScore)
        } catch let failure as RequestFailure {
            throw failure
        } catch {
            throw RequestFailure(.badInput, "\(data): \(error)\(hint(for: error))")
        }
    }

    /// Accuracy (and AUC) of `pipeline` on the rows of `table` it can score: rows with a label,
    /// and under `--missing drop-rows`/`error` no missing feature.
    private func evaluate(_ pipeline: Pipeline, on table: Table) throws -> TrainResult.Score {
        var rows = table
        if pipeline.settings.missingValues != .impute { rows = try rows.droppingMissing(in: pipeline.featureColumns) }
        // Held-out rows with a category training never saw cannot be scored under
        // --unknown-categories error: they are left out of the score and counted.
        let unknown = Set(try pipeline.unknownCategoryRows(in: rows).flatMap(\.rows))
        let skipped = pipeline.settings.unknownCategories == .error ? unknown.count : 0
        let present = try pipeline.labels(rows).enumerated().compactMap { row, label in
            label == nil || (skipped > 0 && unknown.contains(row)) ? nil : row
        }
        if present.count < rows.rowCount { rows = rows.selectingRows(present) }
        let labels = try pipeline.labels(rows).map { $0 ?? 0 }
        let weights = try pipeline.settings.weight.map { name in try rows.column(name).numbers?.map { $0 ?? 0 } ?? [] }
        let scores = try pipeline.predictProbability(rows)
        let predictions = scores.map { DecisionRule.label(probability: $0, threshold: DecisionRule.defaultThreshold) }
        return TrainResult.Score(rows: rows.rowCount, unknownCategoryRows: skipped,
                                 accuracy: try PerformanceMetric.accuracy.evaluate(labels: labels, predictions: predictions, weights: weights),
                                 auc: try ROCCurve.areaUnderCurve(labels: labels, scores: scores, weights: weights))
    }

    /// The option that fixes `error`, when there is one.
    private func hint(for error: Error) -> String {
        if case .missingValue? = error as? DataError {
            return " (--missing impute fills missing values; --missing drop-rows leaves such rows out)"
        }
        switch error as? ModelError {
        case .invalidSetting(let name, _, _)? where name == "positive label": return " (--positive VALUE)"
        case .didNotConverge?: return " (a smaller --c regularises more)"
        default: return ""
        }
    }
}
