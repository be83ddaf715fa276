import Foundation

extension Datasheet {
    /// The datasheet as JSON (docs/model-cards.md#datasheet-json): `format_version` 1, `kind`
    /// "datasheet", `data` (`file`, `sha256`, `rows`), `columns`, `protected`, `bins`, `representation`,
    /// `missingness`, `label_base_rates`, `duplicates`, `fields`, `completeness`; pretty, keys sorted.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONSheet(sheet: self)), as: UTF8.self) + "\n"
    }

    private struct JSONSheet: Encodable {
        let sheet: Datasheet

        enum Key: String, CodingKey {
            case formatVersion = "format_version", kind, data, columns, protected, bins, representation, missingness
            case labelBaseRates = "label_base_rates", duplicates, fields, completeness
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(Datasheet.formatVersion, forKey: .formatVersion)
            try c.encode("datasheet", forKey: .kind)
            try c.encode(DataJSON(file: sheet.data, sha256: sheet.sha256, rows: sheet.rowCount), forKey: .data)
            try c.encode(sheet.columns.map(ColumnJSON.init), forKey: .columns)
            try c.encode(sheet.protectedColumns, forKey: .protected)
            try c.encode(sheet.bins.mapValues { $0.map(\.name) }, forKey: .bins)
            try c.encode(sheet.representation, forKey: .representation)
            try c.encode(sheet.missingness, forKey: .missingness)
            try c.encode(sheet.labelBaseRates, forKey: .labelBaseRates)
            try c.encode(sheet.duplicates, forKey: .duplicates)
            try c.encode(sheet.answers.json(Datasheet.writtenFields), forKey: .fields)
            try c.encode(sheet.completeness, forKey: .completeness)
        }
    }

    private struct DataJSON: Encodable {
        let file: String
        let sha256: String?
        let rows: Int

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(rows, forKey: .rows)
        }

        enum CodingKeys: String, CodingKey { case file, sha256, rows }
    }

    /// A column's summary: `name`, `type`, `missing`, `distinct` and `mean` (null where they do not apply).
    private struct ColumnJSON: Encodable {
        let summary: ColumnSummary

        init(_ summary: ColumnSummary) { self.summary = summary }

        enum CodingKeys: String, CodingKey { case name, type, missing, distinct, mean, top }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(summary.name, forKey: .name)
            try c.encode(summary.kind.rawValue, forKey: .type)
            try c.encode(summary.missing, forKey: .missing)
            try c.encode(summary.distinct, forKey: .distinct)
            try c.encode(summary.mean, forKey: .mean)
            try c.encode(summary.top?.text, forKey: .top)
        }
    }
}
