/// A feature left out of the proxy scan, and why.
public struct SkippedFeature: Sendable, Equatable, Codable {
    /// Why a feature is not scanned.
    public enum Reason: String, Sendable, Codable {
        /// Nearly every row has its own value (a case number, a name, a timestamp): it
        /// identifies rows instead of describing them, and its association with any grouping is
        /// 1 by construction.
        case identifier
        /// Text with too many distinct values, too rarely repeated, to be read as categories (first
        /// names, dates, free-form descriptions): a contingency table of it is mostly empty cells.
        case freeText = "free_text"
    }

    /// The column.
    public let column: String
    /// Why it is skipped.
    public let reason: Reason
    /// Its distinct values.
    public let distinctValues: Int
    /// Rows where it has a value.
    public let rowsWithValue: Int

    enum CodingKeys: String, CodingKey {
        case column, reason
        case distinctValues = "distinct_values", rowsWithValue = "rows_with_value"
    }
}

/// Which features a proxy scan skips: identifier-like columns and free text (`SkippedFeature`).
///
/// Cramér's V and NMI of a column whose values are nearly all distinct are 1, or close, whatever
/// the grouping: each value's row falls in one group, so the value "predicts" the group perfectly
/// (COMPAS's case numbers and names have V = 1.00 against race). Such a column cannot stand in
/// for a group in a model either: a model cannot learn a value it sees once. So:
/// - identifier-like: a categorical column in which at least `identifierShare` (90%) of the rows
///   with a value hold distinct values;
/// - free text: a categorical column with more than `ProxyScan.highCardinality` (50) distinct
///   values, fewer than `freeTextRowsPerValue` (5) rows each on average. Five is Cochran's rule of
///   thumb for a chi-square table's expected counts: below it the table behind V and NMI is mostly
///   sparse cells, and their values mostly chance.
/// Columns with fewer than `minimumRows` (20) values are never skipped: too few to tell. Numeric
/// columns are never skipped: their η and quantile-binned NMI do not grow with the number of
/// distinct values (a row id's η against a grouping is near 0), and a near-unique number is as
/// often a measurement (a credit amount) as an identifier.
///
/// Example: 1,000 rows of case numbers, 998 distinct: identifier-like (99.8% >= 90%). 1,000 first
/// names, 400 distinct (2.5 rows each): free text. 1,000 rows of 60 charge descriptions (16.7 rows
/// each): scanned.
enum FeatureScreen {
    /// The share of distinct values at which a column is identifier-like.
    static let identifierShare = 0.9
    /// A many-valued text column with fewer rows per value than this is free text.
    static let freeTextRowsPerValue = 5.0
    /// Columns with fewer values than this are always scanned.
    static let minimumRows = 20

    /// Why `column` is skipped, or `nil` when it is scanned.
    static func skipped(_ column: Column) -> SkippedFeature? {
        guard case .categorical(let values) = column.values else { return nil }
        var seen = [Bool](repeating: false, count: values.levels.count)
        var rows = 0
        for code in values.codes where code >= 0 {
            rows += 1
            seen[Int(code)] = true
        }
        let distinct = seen.lazy.filter { $0 }.count
        guard rows >= minimumRows else { return nil }
        if Double(distinct) >= identifierShare * Double(rows) {
            return SkippedFeature(column: column.name, reason: .identifier, distinctValues: distinct, rowsWithValue: rows)
        }
        if distinct > ProxyScan.highCardinality, Double(rows) / Double(distinct) < freeTextRowsPerValue {
            return SkippedFeature(column: column.name, reason: .freeText, distinctValues: distinct, rowsWithValue: rows)
        }
        return nil
    }
}
