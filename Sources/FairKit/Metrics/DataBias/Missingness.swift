/// The share of one column's values missing in one group.
public struct GroupMissingRate: Sendable, Equatable, Codable {
    /// The group's name, "sex=female".
    public let group: String
    /// Rows in the group.
    public let count: Int
    /// Rows of the group missing a value in the column.
    public let missingCount: Int
    /// missingCount / count; undefined for a group without rows.
    public let rate: MetricValue

    enum CodingKeys: String, CodingKey { case group, count, rate, missingCount = "missing_count" }
}

/// How one column's missing values spread over the groups.
public struct ColumnMissingness: Sendable, Equatable, Codable {
    /// The column.
    public let column: String
    /// Missing values in the column among the grouped rows.
    public let missingCount: Int
    /// Each group's missing rate, in group order.
    public let groups: [GroupMissingRate]
    /// The highest group rate minus the lowest, over groups with rows.
    public let largestGap: MetricValue
    /// The group with the highest rate (nil without two groups with rows).
    public let highestGroup: String?
    /// The group with the lowest rate (nil without two groups with rows).
    public let lowestGroup: String?
    /// Chi-square test of independence between "value missing" and the group.
    public let independenceTest: ChiSquareTest
    /// Whether the gap exceeds the threshold and the test rejects independence.
    public let flagged: Bool

    enum CodingKeys: String, CodingKey {
        case column, groups, flagged
        case missingCount = "missing_count", largestGap = "largest_gap", highestGroup = "highest_group"
        case lowestGroup = "lowest_group", independenceTest = "independence_test"
    }
}

/// Missing values by group, for every column but the grouping ones.
///
/// Data missing more often for one group than another is a bias source (missing not at random):
/// dropping incomplete rows then removes that group disproportionately, and imputing fills its
/// rows with values learnt from the others (Little & Rubin, Statistical Analysis with Missing
/// Data, 3rd ed., 2019, ch. 1; Fernando et al., "Missing the missing values: the ugly duckling of
/// fairness in machine learning", Int. J. Intelligent Systems 36, 2021).
///
/// For column c and group g: rate_g = (rows of g missing c) / (rows of g); the gap is
/// max_g rate_g - min_g rate_g over groups with at least `minimumGroupRows` rows (default: every
/// group with rows; `learn audit` compares groups of 30 rows or more, the size it judges, so that
/// 2 missing values in a group of 18 do not lead the list). A column is flagged when the gap exceeds
/// `gapThreshold` (5 percentage points by default) and Pearson's chi-square test of independence
/// between the missing indicator and the group has p < `significanceLevel` (0.05 by default), so
/// that a gap in a group of a handful of rows, which chance alone produces, is not flagged (set
/// the level to 1 to flag on the gap alone).
///
/// Example: workclass missing in 1 of 4 women's rows and 0 of 4 men's: rates 0.25 and 0, gap 0.25.
public struct Missingness: Sendable, Equatable, Codable {
    /// The grouping columns.
    public let columns: [String]
    /// A gap above this (and significant) flags a column.
    public let gapThreshold: Double
    /// The test's significance level.
    public let significanceLevel: Double
    /// Groups with fewer rows take no part in the gap (their rates are still listed).
    public let minimumGroupRows: Int
    /// Every other column, in table order.
    public let byColumn: [ColumnMissingness]

    enum CodingKeys: String, CodingKey {
        case columns
        case gapThreshold = "gap_threshold", significanceLevel = "significance_level", byColumn = "by_column"
        case minimumGroupRows = "minimum_group_rows"
    }

    /// The flagged columns.
    public var flaggedColumns: [ColumnMissingness] { byColumn.filter(\.flagged) }

    init(_ table: Table, _ groups: GroupIndex, gapThreshold: Double, significanceLevel: Double, minimumGroupRows: Int = 0) throws {
        guard gapThreshold >= 0, gapThreshold < 1 else {
            throw DataError.invalidArgument("the missingness gap threshold is \(gapThreshold); it must be in [0, 1), e.g. 0.05")
        }
        guard significanceLevel > 0, significanceLevel <= 1 else {
            throw DataError.invalidArgument("the significance level is \(significanceLevel); it must be in (0, 1], e.g. 0.05")
        }
        columns = groups.columnNames
        self.gapThreshold = gapThreshold
        self.significanceLevel = significanceLevel
        self.minimumGroupRows = minimumGroupRows
        let sizes = groups.groupSizes()
        byColumn = table.columns.filter { !groups.columnNames.contains($0.name) }.map { column in
            Self.column(column, groups, sizes: sizes, gapThreshold: gapThreshold, significanceLevel: significanceLevel,
                        minimumGroupRows: minimumGroupRows)
        }
    }

    /// One column's entry; `sizes` are the groups' row counts.
    private static func column(_ column: Column, _ groups: GroupIndex, sizes: [Int], gapThreshold: Double,
                               significanceLevel: Double, minimumGroupRows: Int) -> ColumnMissingness {
        let missing = (0..<column.count).map { column.isMissing($0) }
        var missingByGroup = [Int](repeating: 0, count: groups.count)
        for (row, g) in groups.codes.enumerated() where g >= 0 && missing[row] { missingByGroup[Int(g)] += 1 }
        let rates = (0..<groups.count).map { g -> GroupMissingRate in
            GroupMissingRate(group: groups.name(of: g), count: sizes[g], missingCount: missingByGroup[g],
                             rate: .ratio(Double(missingByGroup[g]), Double(sizes[g]), undefinedWhenZero: "group \(groups.name(of: g)) has no rows"))
        }
        let missingCount = missingByGroup.reduce(0, +)
        let rated = rates.filter { $0.rate.isDefined && $0.count >= minimumGroupRows }
        let highest = rated.max { ($0.rate.number ?? 0) < ($1.rate.number ?? 0) }
        let lowest = rated.min { ($0.rate.number ?? 0) < ($1.rate.number ?? 0) }
        let gap: MetricValue = rated.count < 2
            ? .undefined(reason: minimumGroupRows > 1 ? "fewer than two groups have \(minimumGroupRows) rows or more" : "fewer than two groups have rows")
            : .value((highest?.rate.number ?? 0) - (lowest?.rate.number ?? 0))

        let test: ChiSquareTest
        if missingCount == 0 || missingCount == groups.groupedRowCount {
            let reason = "\(missingCount == 0 ? "no" : "every") value of \(column.name) is missing in the grouped rows"
            test = ChiSquareTest(statistic: .undefined(reason: reason), degreesOfFreedom: 0, pValue: .undefined(reason: reason))
        } else {
            let indicator = CodedColumn(name: "\(column.name) missing", codes: missing.map { $0 ? 1 : 0 }, levelCount: 2)
            test = ContingencyTable(groups.codedColumn, indicator).independenceTest()
        }
        let flagged = (gap.number ?? 0) > gapThreshold && (test.pValue.number ?? 1) < significanceLevel
        return ColumnMissingness(column: column.name, missingCount: missingCount, groups: rates, largestGap: gap,
                                 highestGroup: rated.count < 2 ? nil : highest?.group,
                                 lowestGroup: rated.count < 2 ? nil : lowest?.group,
                                 independenceTest: test, flagged: flagged)
    }
}

extension Table {
    /// Missing values by the groups of `columns` for every other column; see `Missingness`.
    public func missingness(by columns: [String], gapThreshold: Double = 0.05,
                            significanceLevel: Double = 0.05) throws -> Missingness {
        try Missingness(self, GroupIndex(dataBiasGroupsOf: self, columns: columns), gapThreshold: gapThreshold,
                        significanceLevel: significanceLevel)
    }
}
