import Foundation

/// JSON model files: every FairKit classifier, a fitted `FeatureEncoder` and a `Pipeline` save to
/// one and load from one (docs/model-files.md documents every field).
///
/// A file is one JSON object with `format_version` (this FairKit writes and reads
/// `ModelFile.formatVersion`), `kind` (`ModelFile.Kind`) and the kind's fields. Numbers are
/// written in the shortest form that reads back to the same Double, so a reloaded model predicts
/// bit for bit what the saved one did. Reading checks the version first, then the kind, then every
/// field; any problem is a `ModelFileError` naming the field.
public enum ModelFile {
    /// The layout version this FairKit writes, and the newest it reads.
    public static let formatVersion = 1

    /// What a model file holds.
    public enum Kind: String, Sendable, CaseIterable {
        case pipeline
        case featureEncoder = "feature_encoder"
        case logisticRegression = "logistic_regression"
        case decisionTree = "decision_tree"
        case gaussianNaiveBayes = "gaussian_naive_bayes"
        case dummyClassifier = "dummy_classifier"
        case mitigatedPipeline = "mitigated_pipeline"
    }

    /// The kind of model a file's bytes hold, after checking that it is JSON of a version this
    /// FairKit reads.
    public static func kind(of data: Data) throws -> Kind {
        let header = try decode(Header.self, from: data)
        guard let version = header.formatVersion else { throw ModelFileError.missingField("format_version") }
        guard version <= formatVersion else { throw ModelFileError.newerVersion(found: version, supported: formatVersion) }
        guard version >= 1 else { throw ModelFileError.invalidValue(field: "format_version", problem: "\(version) is not a version; the first is 1") }
        guard let text = header.kind else { throw ModelFileError.missingField("kind") }
        guard let kind = Kind(rawValue: text) else {
            throw ModelFileError.invalidValue(field: "kind", problem: "'\(text)' is not a kind of model file (kinds: "
                                              + Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        return kind
    }

    /// The model a file of `Record`'s kind holds: version and kind checked first, then every field.
    static func load<Record: ModelFileRecord>(_ type: Record.Type, from data: Data) throws -> Record.Model {
        let kind = try kind(of: data)
        guard kind == Record.kind else { throw ModelFileError.wrongKind(field: "kind", found: kind.rawValue, expected: [Record.kind.rawValue]) }
        return try decode(type, from: data).model(at: [])
    }

    /// The record as a whole file's bytes (with `format_version`): pretty-printed, keys sorted,
    /// numbers round-tripping exactly.
    static func write<Record: ModelFileRecord>(_ record: Record) throws -> Data {
        var record = record
        record.formatVersion = formatVersion
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(record)
        data.append(0x0A)
        return data
    }

    /// JSONDecoder's errors turned into `ModelFileError`s that name the field.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            switch error {
            case let .keyNotFound(key, context):
                throw ModelFileError.missingField(path(context.codingPath + [key]))
            case let .typeMismatch(expected, context), let .valueNotFound(expected, context):
                throw ModelFileError.wrongType(field: path(context.codingPath), expected: typeName(expected))
            case let .dataCorrupted(context):
                if context.codingPath.isEmpty {
                    let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                    throw ModelFileError.notJSON(detail: detail ?? context.debugDescription)
                }
                throw ModelFileError.invalidValue(field: path(context.codingPath), problem: context.debugDescription)
            @unknown default:
                throw ModelFileError.notJSON(detail: "\(error)")
            }
        }
    }

    /// `encoder.columns[2].levels` from a coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == "\(index)" {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out.isEmpty ? "(the top level)" : out
    }

    /// The path of `key` below the current decoder position.
    static func path(_ keys: [any CodingKey], _ key: String) -> String {
        let base = path(keys)
        return keys.isEmpty ? key : base + "." + key
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number"
        case is Int.Type, is UInt64.Type: return "a whole number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            return name.hasPrefix("Array") || name.hasPrefix("[") ? "an array" : "an object"
        }
    }

    /// The two fields read before anything else.
    private struct Header: Decodable {
        let formatVersion: Int?
        let kind: String?
        enum CodingKeys: String, CodingKey { case formatVersion = "format_version", kind }
    }
}

/// One kind's layout in a model file: a Codable record made from a fitted model and turned back
/// into one, every field checked (`path`: where the record sits in the file, for error messages).
/// Alone in a file it carries `format_version`; as a section of a pipeline it does not.
protocol ModelFileRecord: Codable {
    associatedtype Model
    static var kind: ModelFile.Kind { get }
    var formatVersion: Int? { get set }
    func model(at path: [any CodingKey]) throws -> Model
}

/// A model that saves to and loads from a model file (docs/model-files.md).
public protocol ModelFileCodable {
    /// The model file's bytes (JSON, UTF-8).
    func modelFileData() throws -> Data
    /// The model a model file's bytes hold; `ModelFileError` naming the field when they are wrong.
    init(modelFileData data: Data) throws
}

extension ModelFileCodable {
    /// Writes the model file to `url` atomically (a temporary file renamed over the target).
    public func save(to url: URL) throws {
        try modelFileData().write(to: url, options: .atomic)
    }

    /// Reads the model file at `url`; an unreadable file is an error naming it.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ModelFileError.invalidValue(field: url.path, problem: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(modelFileData: data)
    }
}
