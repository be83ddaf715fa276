import FairKit
import Foundation

/// The pre-processing methods of `learn mitigate` that change the data the model learns from:
/// the disparate impact remover (on the raw numeric feature columns) and the correlation remover
/// (on the encoded features, with the protected groups as sensitive columns).
extension MitigateRequest {
    /// A number in [0, 1] from `text` (default 1).
    private func unitInterval(_ text: String?, _ option: String) throws -> Double {
        guard let text else { return 1 }
        let x = try TrainRequest.number(text, option: option, expected: "a number between 0 and 1, such as 0.5")
        guard (0...1).contains(x) else { throw RequestFailure.usage(option, "'\(text)' is not between 0 and 1") }
        return x
    }

    /// What the disparate impact remover produced: the refitted model's P(positive) on the
    /// compared rows, the report lines, and the repaired training and test tables (every column,
    /// the numeric features' values replaced).
    struct Repair {
        let probabilities: [Double]
        let details: [String]
        let training: Table
        let test: Table?
    }

    /// Feldman et al.'s repair of every numeric feature column, per protected group, on the
    /// training rows and (separately, as AIF360 applies `fit_transform` to each data set) on the
    /// compared rows; the pipeline is refitted on the repaired training rows.
    func repairData(_ pipeline: Pipeline, _ settings: Pipeline.Settings, _ classifier: any Classifier,
                    _ train: Table, _ test: Table?) throws -> Repair {
        let remover = try DisparateImpactRemover(repairLevel: try unitInterval(repairLevel, "--repair-level"))
        let numeric = pipeline.features.compactMap { feature -> String? in
            if case .number = feature.encoding { return feature.sourceColumn }
            return nil
        }
        guard !numeric.isEmpty else {
            throw RequestFailure(.badInput, "\(self.train.data): the model has no numeric feature columns for the disparate impact remover to repair")
        }
        func repaired(_ table: Table, _ file: String) throws -> (Table, [DisparateImpactRemover.ColumnRepair]) {
            let columns = try numeric.map { name -> [Double] in
                let values = try table.column(name).numbers ?? []
                if let row = values.firstIndex(where: { $0 == nil }) {
                    throw RequestFailure(.badInput, "\(file): '\(name)' is missing at row \(row + 1); the repair needs every value")
                }
                return values.map { $0 ?? 0 }
            }
            let (out, report) = try remover.repair(columns, sensitive: SensitiveFeature(try table.column(protectedColumn)))
            var result = table
            for (name, values) in zip(numeric, out) { result = try result.adding(.numeric(name, values)) }
            return (result, report)
        }
        let (repairedTrain, report) = try repaired(train, self.train.data)
        var refit = Pipeline(settings: settings, classifier: classifier)
        try refit.fit(repairedTrain)
        let repairedTest = try test.map { try repaired($0, self.test ?? "").0 }
        let details = zip(numeric, report).map { name, r in
            "\(name): \(r.quantiles) quantiles, \(r.changedRows) training rows changed, " + String(format: "mean absolute change %.4f.", r.meanAbsoluteChange)
        }
        return Repair(probabilities: try refit.predictProbability(repairedTest ?? repairedTrain),
                      details: ["Repair level \(remover.repairLevel)."] + details, training: repairedTrain, test: repairedTest)
    }

    /// Writes repaired rows as CSV to `path` when one is given (`--repaired-out`, `--repaired-test-out`).
    func writeRepaired(_ table: Table?, to path: String?, option: String, _ currentDirectory: URL) throws -> URL? {
        guard let table, let path else { return nil }
        return try OutputFile.write(CSVWriter().string(from: table), to: path, currentDirectory: currentDirectory, option: option)
    }

    /// Fairlearn's correlation remover on the encoded features, with one indicator column per
    /// training group as the sensitive columns; the base classifier is refitted on the result.
    func removeCorrelation(_ classifier: any Classifier, _ train: Rows, _ compared: Rows) throws
        -> ([Double], [String], MitigatedPipeline.Mitigation) {
        var remover = try CorrelationRemover(alpha: try unitInterval(alpha, "--alpha"))
        let groups = train.sensitive.levels
        func withGroups(_ rows: Rows) -> Matrix { MitigatedPipeline.appendingGroups(rows.x, rows.sensitive, groups) }
        try remover.fit(withGroups(train), sensitiveColumns: Array(train.x.columns..<(train.x.columns + groups.count)))
        var model = classifier
        try model.fit(try remover.transform(withGroups(train)), train.y)
        return (try model.predictProbability(try remover.transform(withGroups(compared))),
                ["Alpha \(remover.alpha): the features' linear dependence on the groups (" + groups.joined(separator: ", ")
                 + ") removed before refitting the model."], .correlationRemover(remover, groups: groups, model: model))
    }
}
