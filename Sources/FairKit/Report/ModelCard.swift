import Foundation

/// A model card (Mitchell et al., "Model Cards for Model Reporting", FAT* 2019): model details,
/// intended use, factors, metrics, evaluation data, training data, quantitative analyses (by each
/// protected column alone and by their intersection), ethical considerations, caveats and
/// recommendations.
///
/// Its numbers are measured, never written: the model's details come from its model file
/// (`ModelDetails`), the quantitative analyses from a `FairnessAudit` of the model's predictions
/// on evaluation (test) data. What only a person can know (intended use, out-of-scope uses,
/// ethical considerations, caveats; `ModelCard.writtenFields`) comes from `answers`, and each
/// field left unanswered is shown as "To be written" with its question, never filled in. The
/// completeness section (and `completeness` in the JSON) says which fields are written.
///
/// ```swift
/// let details = try ModelCard.ModelDetails(modelFileData: data, file: "german.model.json")
/// let card = ModelCard(model: details, audit: audit, answers: try WrittenAnswers(
///     data: intendedUse, file: "intended-use.yaml", fields: ModelCard.writtenFields))
/// let html = card.document.html()
/// ```
///
/// JSON (docs/model-cards.md): `format_version` 1, `kind` "model_card", `model`, `evaluation`,
/// `overall`, `audit` (the audit's own JSON), `fields`, `completeness`.
public struct ModelCard: DocumentReport {
    /// The version of the JSON layout.
    public static let formatVersion = 1

    /// What the model file says.
    public var model: ModelDetails
    /// The audit of the model's predictions on the evaluation data.
    public var audit: FairnessAudit
    /// The written fields a person answered.
    public var answers: WrittenAnswers
    /// The answers file as named (nil when none was given).
    public var answersFile: String?
    /// The SHA-256 of the evaluation file's bytes, when it came from a file.
    public var evaluationDataSHA256: String?
    /// The decision threshold the predictions were made with (label 1 when P > threshold).
    public var decisionThreshold: Double

    /// The card of `model` evaluated by `audit`, with the person's `answers`.
    public init(model: ModelDetails, audit: FairnessAudit, answers: WrittenAnswers = WrittenAnswers(), answersFile: String? = nil,
                evaluationDataSHA256: String? = nil, decisionThreshold: Double = DecisionRule.defaultThreshold) {
        self.model = model
        self.audit = audit
        self.answers = answers
        self.answersFile = answersFile
        self.evaluationDataSHA256 = evaluationDataSHA256
        self.decisionThreshold = decisionThreshold
    }

    /// Which written fields are answered.
    public var completeness: WrittenCompleteness { WrittenCompleteness(Self.writtenFields, answers) }

    /// The metrics over every evaluation row (the first audit section's overall values, which
    /// every section shares), in the audit's metric order.
    public var overall: [(id: String, value: MetricValue)] {
        audit.metrics.map { ($0.id, audit.sections.first?.overall[$0.id] ?? .undefined(reason: "not audited")) }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONCard(card: self)), as: UTF8.self) + "\n"
    }

    private struct JSONCard: Encodable {
        let card: ModelCard

        enum Key: String, CodingKey {
            case formatVersion = "format_version", kind, model, evaluation, overall, audit, fields, completeness
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(ModelCard.formatVersion, forKey: .formatVersion)
            try c.encode("model_card", forKey: .kind)
            try c.encode(ModelJSON(model: card.model), forKey: .model)
            try c.encode(EvaluationJSON(data: card.audit.source.data, rows: card.audit.rowCount, rowsDropped: card.audit.source.rowsDropped,
                                        sha256: card.evaluationDataSHA256, decisionThreshold: card.decisionThreshold), forKey: .evaluation)
            try c.encode(Dictionary(card.overall.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a }), forKey: .overall)
            try c.encode(card.audit, forKey: .audit)
            try c.encode(card.answers.json(ModelCard.writtenFields), forKey: .fields)
            try c.encode(card.completeness, forKey: .completeness)
        }
    }

    private struct EvaluationJSON: Encodable {
        let data: String?
        let rows: Int
        let rowsDropped: Int
        let sha256: String?
        let decisionThreshold: Double

        enum CodingKeys: String, CodingKey {
            case data, rows, rowsDropped = "rows_dropped", sha256, decisionThreshold = "decision_threshold"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(data, forKey: .data)
            try c.encode(rows, forKey: .rows)
            try c.encode(rowsDropped, forKey: .rowsDropped)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(decisionThreshold, forKey: .decisionThreshold)
        }
    }

    private struct ModelJSON: Encodable {
        let model: ModelDetails

        enum Key: String, CodingKey {
            case file, kind, classifier, label, positive, features, encodedFeatureCount = "encoded_feature_count", protected
            case includeProtected = "include_protected", excluded, missingValues = "missing_values", standardized
            case hyperparameters, fitDiagnostics = "fit_diagnostics", mitigation, provenance
        }

        func encode(to encoder: any Encoder) throws {
            func object(_ settings: [Setting]) -> [String: String] {
                Dictionary(settings.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(model.file, forKey: .file)
            try c.encode(model.kind, forKey: .kind)
            try c.encode(model.classifier, forKey: .classifier)
            try c.encode(model.label, forKey: .label)
            try c.encode(model.positive, forKey: .positive)
            try c.encode(model.featureColumns, forKey: .features)
            try c.encode(model.encodedFeatureCount, forKey: .encodedFeatureCount)
            try c.encode(model.protected, forKey: .protected)
            try c.encode(model.includeProtected, forKey: .includeProtected)
            try c.encode(model.excluded.map { ["column": $0.name, "reason": $0.value] }, forKey: .excluded)
            try c.encode(model.missingValues, forKey: .missingValues)
            try c.encode(model.standardized, forKey: .standardized)
            try c.encode(object(model.hyperparameters), forKey: .hyperparameters)
            try c.encode(object(model.fitDiagnostics), forKey: .fitDiagnostics)
            try c.encode(model.mitigation.isEmpty ? nil : object(model.mitigation), forKey: .mitigation)
            try c.encode(ProvenanceJSON(provenance: model.provenance), forKey: .provenance)
        }
    }

    /// Every provenance field, null when the file does not record it.
    private struct ProvenanceJSON: Encodable {
        let provenance: Provenance?

        enum Key: String, CodingKey {
            case trainingFile = "training_file", trainingDataSHA256 = "training_data_sha256", trainingRows = "training_rows"
            case fairKitVersion = "fairkit_version", created
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(provenance?.trainingFile, forKey: .trainingFile)
            try c.encode(provenance?.trainingDataSHA256, forKey: .trainingDataSHA256)
            try c.encode(provenance?.trainingRows, forKey: .trainingRows)
            try c.encode(provenance?.fairKitVersion, forKey: .fairKitVersion)
            try c.encode(provenance?.created, forKey: .created)
        }
    }
}
