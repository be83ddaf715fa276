import Foundation

/// A fairness audit as a report: the document every format renders (`document`), its
/// plain-language summary, and the JSON contract.
///
/// JSON (docs/audit.md lists every field): an object with `format_version` (1), `audit` (the
/// `FairnessAudit`: source, settings, metrics, sections, flags, small-group flags), `flagged` (how
/// many flags, the number `--fail-on-flag` tests) and `summary` (the sentences). Keys are
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
        let document = JSONDocument(formatVersion: Self.formatVersion, audit: audit, flagged: audit.flags.count, summary: summary)
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private struct JSONDocument: Encodable {
        let formatVersion: Int
        let audit: FairnessAudit
        let flagged: Int
        let summary: [String]

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", audit, flagged, summary
        }
    }
}
