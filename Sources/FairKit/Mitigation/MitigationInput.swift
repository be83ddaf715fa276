/// The checks every mitigator runs on its labels, sensitive column, weights and scores before
/// working, so bad input stops with a `MitigationError` naming the row, group or field.
public enum MitigationInput {
    /// Labels, weights and the sensitive column as a mitigator reads them once validated.
    public struct Rows: Sendable {
        public let labels: [Int]
        /// One weight per row (1 when none were given).
        public let weights: [Double]
        /// The group code of each row, an index into `groupNames`.
        public let groups: [Int]
        /// The sensitive column's values, in `SensitiveFeature`'s order.
        public let groupNames: [String]

        public var count: Int { labels.count }
    }

    /// Validates labels (0/1), optional weights (finite, >= 0) and the sensitive column (one value
    /// per row, at least two values).
    public static func rows(labels: [Int], sensitive: SensitiveFeature, sampleWeight: [Double]? = nil) throws -> Rows {
        try check(count: sensitive.count, of: "the sensitive column '\(sensitive.name)'", rows: labels.count)
        if let sampleWeight { try check(count: sampleWeight.count, of: "sample weights", rows: labels.count) }
        if let row = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw MitigationError.invalidValue(what: "label", row: row, value: "\(labels[row])", requirement: "labels must be 0 or 1")
        }
        let weights = sampleWeight ?? [Double](repeating: 1, count: labels.count)
        if let row = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw MitigationError.invalidValue(what: "sample weight", row: row, value: "\(weights[row])",
                                               requirement: "weights must be finite and >= 0")
        }
        let groups = sensitive.codes.map { Int($0) }
        var present = Set(groups)
        if present.count < 2 {
            throw MitigationError.singleGroup(feature: sensitive.name, value: present.popFirst().map { sensitive.levels[$0] } ?? "(no rows)")
        }
        return Rows(labels: labels, weights: weights, groups: groups, groupNames: sensitive.levels)
    }

    /// Scores (probabilities or decision values) a post-processor reads: one per row, finite.
    public static func scores(_ scores: [Double], rows: Int) throws {
        try check(count: scores.count, of: "scores", rows: rows)
        if let row = scores.firstIndex(where: { !$0.isFinite }) {
            throw MitigationError.invalidValue(what: "score", row: row, value: "\(scores[row])", requirement: "scores must be finite")
        }
    }

    /// Throws `lengthMismatch` unless `count == rows`.
    public static func check(count: Int, of what: String, rows: Int) throws {
        guard count == rows else { throw MitigationError.lengthMismatch(what: what, expected: rows, got: count) }
    }
}
