/// A group of rows sharing their values in the grouping columns, with its size, total weight and
/// the weighted means of chosen columns (a group-by with aggregates).
public struct GroupSummary: Sendable, Equatable {
    /// The group's values, one per grouping column (a missing value is a group of its own).
    public let key: [CellValue]
    /// The group's row indices, ascending.
    public let rows: [Int]
    /// Σ wᵢ over the group's rows (the row count when unweighted).
    public let weight: Double
    /// The columns whose means were asked for, in that order.
    public let meanColumns: [String]
    /// Per column of `meanColumns`: Σ wᵢxᵢ / Σ wᵢ over the group's rows where the column is not
    /// missing (flags count as 1 and 0, so the mean of a 0/1 label is the base rate); `nil` when
    /// no such row has positive weight.
    public let means: [Double?]

    /// How many rows.
    public var count: Int { rows.count }

    /// The mean of `column`, if it was asked for and is defined for this group.
    public func mean(of column: String) -> Double? {
        meanColumns.firstIndex(of: column).flatMap { means[$0] }
    }
}

/// How often one value occurs in a column.
public struct ValueCount: Sendable, Equatable {
    /// The value (`.missing` for missing values).
    public let value: CellValue
    /// How many rows hold it.
    public let count: Int
    /// count / rows in the table (missing values included in the denominator).
    public let fraction: Double
}

extension Table {
    /// The rows grouped by the values of `names` (groups in order of first appearance), each with
    /// its size, total weight and the weighted means of `meanColumns`.
    ///
    /// Example: for sex = [F, M, F, M], label = [1, 0, 0, 0], grouping by sex with means of label
    /// gives F: rows [0, 2], mean (1 + 0)/2 = 0.5; M: rows [1, 3], mean 0.
    ///
    /// - Parameter weights: one finite, non-negative weight per row (nil: every row weighs 1).
    public func groupSummaries(by names: [String], meanColumns: [String] = [],
                               weights: [Double]? = nil) throws -> [GroupSummary] {
        try checkWeights(weights)
        let valueColumns = try meanColumns.map { name -> [Double?] in
            let column = try self.column(name)
            guard let numbers = column.numbers else {
                throw TableError.wrongKind(column: name, expected: [.numeric, .boolean], actual: column.kind)
            }
            return numbers
        }
        return try groupIndices(by: names).map { group in
            let means = valueColumns.map { values -> Double? in
                let present = group.rows.filter { values[$0] != nil }
                return WeightedMoments(present.map { values[$0] ?? 0 }, weights: weights.map { w in present.map { w[$0] } }).mean
            }
            let weight = weights.map { w in group.rows.reduce(0) { $0 + w[$1] } } ?? Double(group.rows.count)
            return GroupSummary(key: group.key, rows: group.rows, weight: weight, meanColumns: meanColumns, means: means)
        }
    }

    /// How often each value of column `name` occurs, most frequent first (ties in order of first
    /// appearance); missing values are counted as `.missing`, not dropped.
    public func valueCounts(_ name: String) throws -> [ValueCount] {
        let groups = try groupIndices(by: [name])
        let ordered = groups.enumerated().sorted { a, b in
            a.element.rows.count != b.element.rows.count ? a.element.rows.count > b.element.rows.count : a.offset < b.offset
        }
        return ordered.map { _, group in
            ValueCount(value: group.key[0], count: group.rows.count, fraction: Double(group.rows.count) / Double(rowCount))
        }
    }

    /// Checks that `weights` has one finite, non-negative entry per row.
    func checkWeights(_ weights: [Double]?) throws {
        guard let weights else { return }
        guard weights.count == rowCount else {
            throw DataError.invalidArgument("\(weights.count) weights were given for \(rowCount) rows; give one weight per row")
        }
        if let i = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw DataError.invalidArgument("weight at row \(i + 1) is \(weights[i]); weights must be finite and >= 0")
        }
    }
}
