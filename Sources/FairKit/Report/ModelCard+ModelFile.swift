import Foundation

extension ModelCard {
    /// A named setting as the card shows it: `C` = `1`.
    public struct Setting: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// What a model file says about its model (docs/model-files.md), as the card's "Model
    /// details" and "Training data" show it: nothing here is written by a person.
    public struct ModelDetails: Sendable, Equatable {
        /// The model file as named.
        public var file: String
        /// The file's kind: `pipeline` or `mitigated_pipeline`.
        public var kind: String
        /// The classifier's kind: `logistic_regression`, `decision_tree`, ...
        public var classifier: String
        /// The label column and its positive value.
        public var label: String
        public var positive: String
        /// The feature columns, in the encoder's order, and how many numbers they encode to.
        public var featureColumns: [String]
        public var encodedFeatureCount: Int
        /// The protected columns named in training, and whether they were allowed among the features.
        public var protected: [String]
        public var includeProtected: Bool
        /// Training columns that are not features, with the reason (`label`, `protected`, `excluded`, ...).
        public var excluded: [Setting]
        /// How missing values are handled: `impute`, `drop_rows` or `error`.
        public var missingValues: String
        /// Whether numeric columns are standardised.
        public var standardized: Bool
        /// The classifier's recorded hyperparameters (`hyperparameters` in the file), sorted by name.
        public var hyperparameters: [Setting]
        /// The fit's recorded scalar results (logistic regression's `iterations`, `objective`,
        /// `scaled_gradient`; a tree's `feature_count`; ...), sorted by name.
        public var fitDiagnostics: [Setting]
        /// A mitigated pipeline's `method`, protected column and scalar settings; empty otherwise.
        public var mitigation: [Setting]
        /// Where the model came from (training file, its SHA-256, rows, FairKit version, date).
        public var provenance: Provenance?

        /// The details of the model file `data`, named `file`. A file that does not load as a
        /// pipeline or mitigated pipeline throws FairKit's `ModelFileError`, naming the field.
        public init(modelFileData data: Data, file: String) throws {
            let kind = try ModelFile.kind(of: data)
            let pipeline: Pipeline
            let raw = try JSONDecoder().decode(RawFile.self, from: data)
            var model = raw.model
            var mitigation: [Setting] = []
            switch kind {
            case .mitigatedPipeline:
                let mitigated = try MitigatedPipeline(modelFileData: data)
                pipeline = mitigated.pipeline
                model = raw.pipeline?.model
                let fields = raw.mitigation?.scalars ?? [:]
                mitigation = [Setting("method", fields["method"]?.text ?? "unknown"), Setting("protected_column", mitigated.protectedColumn)]
                    + Self.settings(fields).filter { $0.name != "method" }
            case .pipeline:
                pipeline = try Pipeline(modelFileData: data)
            default:
                throw ModelFileError.wrongKind(field: "kind", found: kind.rawValue,
                                               expected: [ModelFile.Kind.pipeline.rawValue, ModelFile.Kind.mitigatedPipeline.rawValue])
            }
            self.file = file
            self.kind = kind.rawValue
            self.classifier = model?.scalars["kind"]?.text ?? "unknown"
            self.label = pipeline.settings.label
            self.positive = pipeline.fitted?.label.positive ?? pipeline.settings.positive ?? ""
            self.featureColumns = pipeline.featureColumns
            self.encodedFeatureCount = pipeline.features.count
            self.protected = pipeline.settings.protected
            self.includeProtected = pipeline.settings.includeProtected
            self.excluded = pipeline.excludedColumns.map { Setting($0.column, $0.reason.rawValue) }
            self.missingValues = pipeline.settings.missingValues.rawValue
            self.standardized = pipeline.settings.standardizeNumeric
            self.hyperparameters = Self.settings(model?.hyperparameters ?? [:])
            self.fitDiagnostics = Self.settings(model?.scalars ?? [:]).filter { $0.name != "kind" && $0.name != "format_version" }
            self.mitigation = mitigation
            self.provenance = pipeline.provenance
        }

        private static func settings(_ scalars: [String: Scalar]) -> [Setting] {
            scalars.keys.sorted().compactMap { key in scalars[key]?.text.map { Setting(key, $0) } }
        }
    }

    /// The parts of a model file the card reads generically: a section's scalar fields (numbers,
    /// text, booleans, null; arrays and objects such as coefficients are skipped).
    private struct RawFile: Decodable {
        let model: Section?
        let pipeline: RawPipeline?
        let mitigation: Section?

        struct RawPipeline: Decodable { let model: Section? }

        struct Section: Decodable {
            let scalars: [String: Scalar]
            let hyperparameters: [String: Scalar]?

            init(from decoder: any Decoder) throws {
                scalars = try [String: Scalar](from: decoder)
                hyperparameters = try? decoder.container(keyedBy: Key.self).decodeIfPresent([String: Scalar].self, forKey: .hyperparameters)
            }

            enum Key: String, CodingKey { case hyperparameters }
        }
    }

    /// A JSON value read as card text: booleans, numbers (shortest form that reads back), text,
    /// null as "none"; arrays and objects have no text.
    private enum Scalar: Decodable {
        case value(String)
        case structure

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .value("none") }
            else if let b = try? c.decode(Bool.self) { self = .value(b ? "true" : "false") }
            else if let x = try? c.decode(Double.self) {
                self = .value(x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)")
            } else if let s = try? c.decode(String.self) { self = .value(s) }
            else { self = .structure }
        }

        var text: String? {
            if case .value(let s) = self { return s } else { return nil }
        }
    }
}
