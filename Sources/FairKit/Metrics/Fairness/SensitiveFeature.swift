/// One protected (or control) attribute, coded once as small integers so that grouping compares
/// integers instead of strings.
///
/// Levels are sorted (text for categories, numeric order for numbers, false before true), as
/// pandas' groupby orders Fairlearn's groups. A missing value is a level of its own,
/// `SensitiveFeature.missingLevel`, listed last: rows whose protected attribute is unknown are a
/// group a report must show, never rows dropped silently (pandas' groupby drops them). A
/// `GroupIndex` may instead leave those rows out of every group and count them
/// (`GroupIndex.MissingValues.excluded`).
public struct SensitiveFeature: Sendable, Equatable {
    /// The level of rows whose value is missing.
    public static let missingLevel = "(missing)"

    /// The attribute's name, e.g. "sex".
    public let name: String
    /// One code per row, an index into `levels`.
    public let codes: [Int32]
    /// The values the codes stand for, as text.
    public let levels: [String]
    /// Whether some row is missing: then the last level is `missingLevel` (a value that merely
    /// reads "(missing)" sorts among the others).
    let hasMissingLevel: Bool

    /// A feature from per-row values; `nil` is missing.
    public init(name: String, values: [String?]) {
        // Codes in order of first appearance (one hash per row), then sorted once by the column coding.
        var index: [String: Int32] = [:]
        var raw = [Int32](repeating: CategoricalValues.missingCode, count: values.count)
        for (row, value) in values.enumerated() {
            guard let value else { continue }
            if let code = index[value] {
                raw[row] = code
            } else {
                let code = Int32(index.count)
                index[value] = code
                raw[row] = code
            }
        }
        let firstSeen = index.sorted { $0.value < $1.value }.map(\.key)
        self.init(Column(name: name, values: .categorical(CategoricalValues(codes: raw, levels: firstSeen))))
    }

    /// A feature from a table column: categories in text order, numbers in numeric order, false
    /// before true; levels no row holds are left out.
    public init(_ column: Column) {
        self.init(column, keepingUnusedLevels: false)
    }

    /// A feature from a table column, as `init(_:)`; with `keepingUnusedLevels`, a categorical
    /// column's levels that no row holds, and a boolean's false and true, are levels too (so that
    /// `GroupIndex` can list every combination of levels, absent ones included).
    public init(_ column: Column, keepingUnusedLevels: Bool) {
        let coding = column.valueCoding(keepingUnusedLevels: keepingUnusedLevels)
        name = column.name
        codes = coding.codes
        levels = coding.values.map(\.description) + (coding.hasMissing ? [Self.missingLevel] : [])
        hasMissingLevel = coding.hasMissing
    }

    /// How many rows the feature has.
    public var count: Int { codes.count }

    /// The code of the level written `text`, or an error naming the levels there are.
    public func code(of text: String) throws -> Int32 {
        if let i = levels.firstIndex(of: text) { return Int32(i) }
        var message = "attribute '\(name)' has no value '\(text)'"
        if let near = nearestName(to: text, in: levels) { message += "; did you mean '\(near)'?" }
        throw MetricError.invalidArgument(message + " (values: \(levels.joined(separator: ", ")))")
    }
}
