import Foundation

/// A fitted `Pipeline` in a model file (kind `pipeline`): `label` (`column`, `positive`, optional
/// `negative`), `protected` (the protected columns), `excluded` (`column` and `reason` of every
/// training column that is not a feature), `missing_values` (`policy` and, with "impute", the
/// `fill` value of each feature column), `encoder` (a feature-encoder record), `model` (a
/// classifier record) and `provenance`. Only `label`, `encoder` and `model` are required: a
/// hand-written file may leave the rest out (docs/model-files.md).
struct PipelineRecord: ModelFileRecord {
    static let kind = ModelFile.Kind.pipeline

    struct Label: Codable, Equatable {
        var column: String
        var positive: String
        var negative: String?
    }

    struct Excluded: Codable, Equatable {
        var column: String
        var reason: String
    }

    struct MissingValues: Codable, Equatable {
        var policy: String
        var fill: [String: ScalarRecord]?
    }

    var formatVersion: Int?
    var kind: String
    var label: Label
    var protected: [String]?
    var includeProtected: Bool?
    var weight: String?
    var excluded: [Excluded]?
    var missingValues: MissingValues?
    var encoder: FeatureEncoderRecord
    var model: ClassifierRecord
    var provenance: ProvenanceRecord?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, label, protected, includeProtected = "include_protected", weight, excluded
        case missingValues = "missing_values", encoder, model, provenance
    }

    init(_ pipeline: Pipeline) throws {
        let fitted = try pipeline.requireFitted()
        kind = Self.kind.rawValue
        label = Label(column: fitted.label.column, positive: fitted.label.positive, negative: fitted.label.negative)
        protected = pipeline.settings.protected
        includeProtected = pipeline.settings.includeProtected
        weight = pipeline.settings.weight
        excluded = fitted.excludedColumns.map { Excluded(column: $0.column, reason: $0.reason.rawValue) }
        var fill: [String: ScalarRecord]?
        if let imputer = fitted.imputer {
            fill = Dictionary(uniqueKeysWithValues: zip(imputer.columns, imputer.fills).compactMap { name, cell in ScalarRecord(cell).map { (name, $0) } })
        }
        missingValues = MissingValues(policy: pipeline.settings.missingValues.rawValue, fill: fill)
        encoder = try FeatureEncoderRecord(fitted.encoder)
        model = try ClassifierRecord(pipeline.classifier)
        provenance = pipeline.provenance.map(ProvenanceRecord.init)
    }

    private enum Key: String, CodingKey { case encoder, model, missingValues = "missing_values", excluded }

    func model(at path: [any CodingKey]) throws -> Pipeline {
        let encoder = try self.encoder.model(at: [Key.encoder])
        let classifier = try model.classifier(at: [Key.model], featureNames: encoder.featureNames)
        let policyText = missingValues?.policy ?? Pipeline.MissingValuePolicy.error.rawValue
        guard let policy = Pipeline.MissingValuePolicy(rawValue: policyText) else {
            throw ModelFileError.invalidValue(field: "missing_values.policy",
                                              problem: "'\(policyText)' is not " + Pipeline.MissingValuePolicy.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var imputer: MissingValueImputer?
        if policy == .impute {
            imputer = try self.imputer(for: encoder)
        }
        let excluded = try (self.excluded ?? []).enumerated().map { i, entry in
            guard let reason = Pipeline.ExcludedColumn.Reason(rawValue: entry.reason) else {
                throw ModelFileError.invalidValue(field: "excluded[\(i)].reason", problem: "'\(entry.reason)' is not "
                                                  + Pipeline.ExcludedColumn.Reason.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return Pipeline.ExcludedColumn(column: entry.column, reason: reason)
        }
        guard !label.column.isEmpty else { throw ModelFileError.invalidValue(field: "label.column", problem: "name the label column") }
        let settings = Pipeline.Settings(label: label.column, positive: label.positive, features: .columns(encoder.columns),
                                         protected: protected ?? [], includeProtected: includeProtected ?? false, weight: weight,
                                         standardizeNumeric: encoder.standardizeNumeric, missingValues: policy,
                                         unknownCategories: encoder.handleUnknown)
        var pipeline = Pipeline(settings: settings, classifier: classifier)
        let rows = provenance?.trainingRows ?? 0
        pipeline.fitted = Pipeline.FittedState(label: BinaryLabel(column: label.column, positive: label.positive, negative: label.negative),
                                               imputer: imputer, encoder: encoder, excludedColumns: excluded,
                                               training: Pipeline.TrainingSummary(rows: rows, rowsUsed: rows, rowsDropped: 0, imputed: []))
        pipeline.provenance = provenance?.provenance
        return pipeline
    }

    /// The imputer of `missing_values.fill`: one value per feature column, of the column's type.
    private func imputer(for encoder: FeatureEncoder) throws -> MissingValueImputer {
        let fill = missingValues?.fill ?? [:]
        let kinds = Dictionary(uniqueKeysWithValues: self.encoder.columns.map { ($0.name, $0.type) })
        var imputer = MissingValueImputer(columns: encoder.columns)
        imputer.fills = try encoder.columns.map { name in
            let field = "missing_values.fill.\(name)"
            guard let value = fill[name] else { throw ModelFileError.missingField(field) }
            switch (kinds[name], value) {
            case ("numeric", .number(let x)) where x.isFinite: return value.cell
            case ("boolean", .flag), ("categorical", .text): return value.cell
            default: throw ModelFileError.wrongType(field: field, expected: "a fill value of the column's type (\(kinds[name] ?? "?"))")
            }
        }
        if let stray = fill.keys.sorted().first(where: { kinds[$0] == nil }) {
            throw ModelFileError.invalidValue(field: "missing_values.fill.\(stray)", problem: "'\(stray)' is not a column of the encoder")
        }
        return imputer
    }
}

extension Pipeline: ModelFileCodable {
    /// The fitted pipeline as a model file (kind `pipeline`). A classifier other than FairKit's
    /// four cannot be saved (`ModelFileError.unsupportedModel`).
    public func modelFileData() throws -> Data { try ModelFile.write(PipelineRecord(self)) }

    /// The fitted pipeline a `pipeline` model file holds: it predicts bit for bit what the saved
    /// one did.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(PipelineRecord.self, from: data) }
}
