/// What is wrong with a model file. Every case names the field at fault as a path from the top of
/// the file (`model.coefficients`, `encoder.columns[2].levels`) and says how to fix it; loading a
/// damaged file never crashes and never yields a model that predicts something else.
public enum ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not a complete JSON document (a truncated copy, say).
    case notJSON(detail: String)
    /// `format_version` is newer than this FairKit reads.
    case newerVersion(found: Int, supported: Int)
    /// `kind` is not what the reader expected.
    case wrongKind(field: String, found: String, expected: [String])
    /// A required field is absent.
    case missingField(String)
    /// A field holds the wrong type of JSON value.
    case wrongType(field: String, expected: String)
    /// A field's value cannot be used.
    case invalidValue(field: String, problem: String)
    /// The model's parameters do not fit the encoder's features (a coefficient count, say).
    case featureCountMismatch(field: String, expected: Int, got: Int, features: [String])
    /// The model cannot be saved (a classifier FairKit has no file format for).
    case unsupportedModel(String)

    /// What is wrong, naming the field, and how to fix it.
    public var description: String {
        switch self {
        case .notJSON(let detail):
            return "the model file is not complete JSON (\(detail)); it may be truncated: save or copy it again"
        case let .newerVersion(found, supported):
            return "format_version is \(found), but this FairKit reads model files up to version \(supported); "
                + "update FairKit (or the workbench) to read it"
        case let .wrongKind(field, found, expected):
            return "\(field) is '\(found)', but a \(expected.joined(separator: " or ")) model file is needed here"
        case .missingField(let field):
            return "the field '\(field)' is missing; docs/model-files.md lists the fields each kind needs"
        case let .wrongType(field, expected):
            return "'\(field)' must be \(expected)"
        case let .invalidValue(field, problem):
            return "'\(field)': \(problem)"
        case let .featureCountMismatch(field, expected, got, features):
            let shown = features.count > 8 ? features.prefix(8).joined(separator: ", ") + ", ..." : features.joined(separator: ", ")
            return "'\(field)' has \(got) entries, but the encoder makes \(expected) features (\(shown)); "
                + "give one per feature, in the encoder's feature order"
        case .unsupportedModel(let what):
            return "\(what) has no model-file format; save a LogisticRegression, DecisionTree, GaussianNaiveBayes or DummyClassifier"
        }
    }
}
