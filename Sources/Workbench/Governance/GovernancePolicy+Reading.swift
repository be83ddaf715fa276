import FairKit
import Foundation

extension GovernancePolicy {
    /// Trivial below this many bytes when an artifact gives no `min_bytes`: a title and a line.
    public static let defaultArtifactMinBytes = 200

    /// Reads a policy file's JSON. Every problem is a `GovernancePolicyError` naming the field by
    /// its JSON path (`tiers.high.metrics[1].max`) and what it must hold. Tiers are sorted by name.
    public init(json data: Data) throws {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw GovernancePolicyError(path: "", message: "is not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"))")
        }
        let reader = FieldReader(root, path: "")
        let version = try reader.object().integer("format_version")
        guard version >= 1, version <= Self.currentFormatVersion else {
            throw GovernancePolicyError(path: "format_version", message: "\(version) is not a version this learn reads (1 to \(Self.currentFormatVersion)); update Fairwork")
        }
        let object = try reader.object()
        name = try object.string("name")
        defaultTier = try object.optionalString("default_tier")
        let tierObject = try object.field("tiers").object()
        guard !tierObject.keys.isEmpty else { throw GovernancePolicyError(path: "tiers", message: "lists no tier; add one such as \"high\"") }
        tiers = try tierObject.keys.map { key in try Self.tier(key, tierObject.field(key).object()) }
        if let defaultTier, tier(defaultTier) == nil {
            throw GovernancePolicyError(path: "default_tier", message: "'\(defaultTier)' is not one of the tiers (\(tiers.map(\.name).joined(separator: ", ")))")
        }
    }

    private static func tier(_ name: String, _ object: FieldReader.Object) throws -> Tier {
        let metrics = try object.field("metrics").array().map(metric)
        let artifacts = try object.optionalField("required_artifacts")?.array().map(artifact) ?? []
        return Tier(name: name, useCases: try object.optionalField("use_cases")?.array().map { try $0.string() } ?? [],
                    metrics: metrics,
                    approvedMitigations: try object.optionalField("approved_mitigations")?.array().map { try $0.string() } ?? [],
                    requiredArtifacts: artifacts)
    }

    private static func metric(_ field: FieldReader) throws -> MetricRequirement {
        let object = try field.object()
        let id = try object.string("metric")
        let checkText = try object.string("check")
        guard let check = MetricRequirement.Check(rawValue: checkText) else {
            throw GovernancePolicyError(path: object.path("check"), message: "'\(checkText)' is not one of ratio, difference, minimum")
        }
        let known = (try? GroupMetric.named(id)) != nil || (check == .minimum && id == Self.aucMetricID)
        guard known else {
            throw GovernancePolicyError(path: object.path("metric"), message: "'\(id)' is not a group metric id (selection_rate, tpr, fpr, fnr, ppv, accuracy, ...)"
                                        + (check == .minimum ? " or roc_auc" : ""))
        }
        let (key, range, words): (String, ClosedRange<Double>, String) = switch check {
        case .ratio: ("tau", 0.000_001...1, "a number in (0, 1], such as 0.8")
        case .difference: ("max", 0...1, "a number in [0, 1], such as 0.1")
        case .minimum: ("min", 0...1, "a number in [0, 1], such as 0.7")
        }
        let threshold = try object.number(key)
        guard range.contains(threshold) else { throw GovernancePolicyError(path: object.path(key), message: "\(policyNumber(threshold)) is not \(words)") }
        return MetricRequirement(metric: id, check: check, threshold: threshold)
    }

    private static func artifact(_ field: FieldReader) throws -> ArtifactRequirement {
        let object = try field.object()
        let minBytes = try object.optionalField("min_bytes").map { try $0.integer() } ?? defaultArtifactMinBytes
        guard minBytes >= 1 else { throw GovernancePolicyError(path: object.path("min_bytes"), message: "\(minBytes) is not a whole number >= 1") }
        return ArtifactRequirement(name: try object.string("name"), path: try object.string("path"), minBytes: minBytes,
                                   sections: try object.optionalField("sections")?.array().map { try $0.string() } ?? [])
    }

    /// The id of the area under the ROC curve, a `minimum` check only (it needs scores, not groups).
    public static let aucMetricID = "roc_auc"
}

/// Walks a `JSONSerialization` value, each step knowing its JSON path for error messages.
struct FieldReader {
    let value: Any
    let path: String

    init(_ value: Any, path: String) {
        self.value = value
        self.path = path
    }

    /// A JSON object's fields; `keys` sorted, since JSONSerialization keeps no order.
    struct Object {
        let fields: [String: Any]
        let path: String
        var keys: [String] { fields.keys.sorted() }

        func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        func optionalField(_ key: String) -> FieldReader? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            return FieldReader(value, path: path(key))
        }

        func field(_ key: String) throws -> FieldReader {
            guard let field = optionalField(key) else { throw GovernancePolicyError(path: path(key), message: "is missing; this field is required") }
            return field
        }

        func string(_ key: String) throws -> String { try field(key).string() }
        func optionalString(_ key: String) throws -> String? { try optionalField(key)?.string() }
        func number(_ key: String) throws -> Double { try field(key).number() }
        func integer(_ key: String) throws -> Int { try field(key).integer() }
    }

    func object() throws -> Object {
        guard let fields = value as? [String: Any] else { throw GovernancePolicyError(path: path, message: "expected an object ({...})") }
        return Object(fields: fields, path: path)
    }

    func array() throws -> [FieldReader] {
        guard let items = value as? [Any] else { throw GovernancePolicyError(path: path, message: "expected a list ([...])") }
        return items.enumerated().map { FieldReader($1, path: "\(path)[\($0)]") }
    }

    func string() throws -> String {
        guard let text = value as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GovernancePolicyError(path: path, message: "expected a non-empty string")
        }
        return text
    }

    func number() throws -> Double {
        // JSONSerialization reads true and false as NSNumbers of a boolean class: not thresholds.
        guard let number = value as? NSNumber, type(of: number) != Self.booleanClass, number.doubleValue.isFinite else {
            throw GovernancePolicyError(path: path, message: "expected a number")
        }
        return number.doubleValue
    }

    private static let booleanClass = type(of: NSNumber(value: true))

    func integer() throws -> Int {
        let x = try number()
        guard x == x.rounded(), abs(x) < 1e9 else { throw GovernancePolicyError(path: path, message: "expected a whole number") }
        return Int(x)
    }
}
