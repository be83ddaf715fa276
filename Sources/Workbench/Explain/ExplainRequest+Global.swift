import FairKit
import Foundation

extension ExplainRequest {
    /// The global views (`--method permutation-importance` and `pdp`): the model over every row
    /// of the data file, or over the rows `--rows` names when it is given.
    /// `explained` is the model in `--output`'s space, its players the source columns.
    func explainGlobally(_ s: Settings, pipeline: Pipeline, mitigated: MitigatedPipeline? = nil, explained: ExplainedModel, x: Matrix,
                         table: Table, codeBook: CodeBook?) throws -> [ExplainResult.Global] {
        let rows = self.rows == nil ? Array(0..<x.rows) : s.rows
        let subset = Matrix(rows: rows.map { x.row($0) })
        switch s.method {
        case .permutationImportance:
            if output != nil { throw RequestFailure.usage("--output", "permutation-importance scores predicted labels; leave --output out") }
            let all = try pipeline.labels(table)
            let labels = rows.map { all[$0] }
            if let k = labels.firstIndex(where: { $0 == nil }) {
                throw RequestFailure(.badInput, "\(data): the label '\(pipeline.settings.label)' is missing at row \(rows[k]); "
                                     + "permutation importance needs every row labelled (leave the row out with --rows)")
            }
            // Labels are scored against P(y = 1) > 0.5, so the model is read in probability space.
            let model = try mitigated.map { try explainedMitigated($0, featureNames: explained.featureNames, groups: explained.groups, space: .probability) }
                ?? ExplainedModel.classifier(pipeline.classifier, featureNames: explained.featureNames, groups: explained.groups, space: .probability)
            let importance = try PermutationImportance(model: model, scorer: .metric(s.metric), repeats: s.samples ?? ExplainRequest.defaultRepeats,
                                                       seed: s.seed, groupsAsPlayers: true)
            let (baseline, importances) = try importance.compute(subset, labels: labels.map { $0 ?? 0 })
            return [.importance(metric: s.metric.id, baseline: baseline, repeats: importance.repeats, rows: rows.count, importances)]
        case .pdp:
            return try dependenceColumns(s, pipeline).map { column, features in
                let categorical = features.count > 1 || features.contains { if case .indicator = pipeline.features[$0].encoding { return true }; return false }
                let pd = categorical ? try PartialDependence(model: explained, x: subset, block: features)
                    : try PartialDependence(model: explained, x: subset, feature: features[0], resolution: s.samples ?? ExplainRequest.defaultResolution)
                // The grid in the file's own units (a scaled column read back through the encoder,
                // a category's level, through the code book when one is given).
                var probe = subset.row(0)
                let values = try pd.grid.map { v -> String in
                    if categorical {
                        for f in features { probe[f] = 0 }
                        probe[features[Int(v)]] = 1
                    } else {
                        probe[features[0]] = v
                    }
                    let text = try pipeline.readableValues(of: probe).first { $0.column == column }.map { "\($0.value)" } ?? "\(v)"
                    return codeBook?.readable(text, in: column) ?? text
                }
                return .dependence(column: column, grid: values, pd, rows: rows)
            }
        default:
            return []
        }
    }

    /// `--features`' source columns (default every numeric or yes/no column) with their encoded
    /// features: one for a numeric or yes/no column, the one-hot block of a category column.
    private func dependenceColumns(_ s: Settings, _ pipeline: Pipeline) throws -> [(String, [Int])] {
        let single = pipeline.features.indices.compactMap { i -> (String, [Int])? in
            if case .indicator = pipeline.features[i].encoding { return nil }
            return (pipeline.features[i].sourceColumn, [i])
        }
        guard !s.features.isEmpty else {
            guard !single.isEmpty else {
                throw RequestFailure.usage("--method", "pdp varies every numeric column by default and the model has none; "
                                           + "name category columns with --features")
            }
            return single
        }
        return try s.features.map { name in
            if let found = single.first(where: { $0.0 == name }) { return found }
            let block = pipeline.features.indices.filter { pipeline.features[$0].sourceColumn == name }
            guard !block.isEmpty else {
                throw RequestFailure.usage("--features", "'\(name)' is not a feature of the model; its columns are "
                                           + Array(Set(pipeline.sourceColumns)).sorted().joined(separator: ", "))
            }
            return (name, block)
        }
    }

    /// Permutation importance's repeats when `--samples` is not given (scikit-learn's n_repeats).
    static let defaultRepeats = 5
    /// Partial dependence's grid size when `--samples` is not given (scikit-learn's grid_resolution).
    static let defaultResolution = 100
}
