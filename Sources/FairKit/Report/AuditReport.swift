import Foundation

/// A fairness audit as a report: the document every format renders (`document`), its
/// plain-language summary, and the JSON contract.
///
/// JSON (docs/audit.md lists every field): an object with `format_version` (1), `audit` (the
/// `FairnessAudit`: source, settings, metrics, sections, flags, small-group flags), `flagged` (how
/// many flags, the number `--fail-on-flag` tests) and `summary` (the sentences); `audit.data_bias`,
/// when present, carries its own `summary` (`DataBiasSummary`'s sentences). Keys are
/// snake_case and printed sorted; an undefined value is `{"value": null, "undefined": reason}`.
/// Fields are never renamed or removed within a format version; new ones may be added.
public struct AuditReport: DocumentReport {
    /// The version of the JSON layout.
    public static let formatVersion = 1

    /// The audit reported.
    public let audit: FairnessAudit

    /// The report of `audit`.
    public init(audit: FairnessAudit) {
        self.audit = audit
    }

    /// The summary's sentences (see `AuditSummary`).
    public var summary: [String] { AuditSummary.sentences(for: audit) }

    /// The report as JSON: pretty, keys sorted, so the same audit always prints the same text.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = JSONDocument(formatVersion: Self.formatVersion, audit: AuditJSON(audit: audit), flagged: audit.flags.count,
                                    summary: summary)
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private struct JSONDocument: Encodable {
        let formatVersion: Int
        let audit: AuditJSON
        let flagged: Int
        let summary: [String]

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", audit, flagged, summary
        }
    }

    /// The audit's own JSON, its data-bias report with the summary sentences added: they are
    /// written by the report room, which the metrics below it do not reach.
    private struct AuditJSON: Encodable {
        let audit: FairnessAudit

        func encode(to encoder: Encoder) throws {
            try audit.encode(to: encoder)
            guard let bias = audit.dataBias else { return }
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(DataBiasJSON(report: bias), forKey: Key("data_bias"))
        }
    }

    private struct DataBiasJSON: Encodable {
        let report: DataBiasReport

        func encode(to encoder: Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(report.summary, forKey: Key("summary"))
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
