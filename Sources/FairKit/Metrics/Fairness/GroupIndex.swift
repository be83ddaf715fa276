/// The groups of one or more sensitive features, assigned once: each row gets a small integer group
/// code, so every metric afterwards is a single pass over integer codes. The one way FairKit's
/// metrics group rows: MetricFrame, the group metrics and audits, and the data-bias checks.
///
/// With several features the groups are intersectional: by default the combinations of values
/// present in the data (absent combinations have no rows and are not listed; Fairlearn lists them
/// as rows of NaN, which its min, max, differences and ratios then skip, so the aggregates agree).
/// Groups are ordered by their values, first feature first, as pandas' groupby orders Fairlearn's,
/// and named "sex=Female, race=Black". Two options change what the groups are:
/// - `combinations: .all` lists every combination of the features' levels, absent ones too, with
///   no rows (an absent group is the starkest under-representation), as long as there are at most
///   `maxCombinations` of them; past that only the combinations present are listed
///   (`listedCombinations` says which happened). Metrics see an absent group as a group without
///   rows: its rates are undefined, and a smoothed rate such as differential fairness's is its prior.
/// - `missingValues: .excluded` leaves a row with a missing value in any feature out of every group
///   (its code is -1) and counts it (`excludedRowCount`), instead of grouping it under the level
///   "(missing)" (`.ownGroup`, the default).
///
/// Example: sex = [F, M, F, nil] and race = [X, Y, Y, Y] give, by default, the groups
/// (F, X), (F, Y), (M, Y), ((missing), Y) with codes [0, 2, 1, 3]; with `.all` and `.excluded`,
/// (F, X), (F, Y), (M, X), (M, Y) with codes [0, 3, 1, -1], (M, X) empty and one row excluded.
public struct GroupIndex: Sendable {
    /// Which combinations of the features' levels are groups.
    public enum Combinations: String, Sendable {
        /// The combinations some row holds.
        case present
        /// Every combination, up to `GroupIndex.maxCombinations`.
        case all
    }

    /// What a missing value of a feature does to its row.
    public enum MissingValues: String, Sendable {
        /// It is the level "(missing)", listed last: the row is in a group like any other.
        case ownGroup = "own_group"
        /// The row is in no group (code -1) and counted in `excludedRowCount`.
        case excluded
    }

    /// Listing every combination stops being useful (and small) beyond this many.
    public static let maxCombinations = 1_000

    /// The features grouped over, in order.
    public let features: [SensitiveFeature]
    /// One group code per row, in `0..<count`; -1 for a row in no group (missing values `.excluded`).
    public let codes: [Int32]
    /// For each group, its level code in each feature.
    public let levelCodes: [[Int32]]
    /// Whether every combination of levels is a group, or those present only (also when `.all`
    /// was asked for but there were more than `maxCombinations`).
    public let listedCombinations: Combinations
    /// What missing values do.
    public let missingValues: MissingValues
    /// Rows in no group: with missing values `.excluded`, those missing a value; otherwise 0.
    public let excludedRowCount: Int

    /// Groups the rows by the combined values of `features` (at least one, all of one length): the
    /// combinations present, a missing value a level of its own.
    public init(_ features: [SensitiveFeature]) throws {
        try self.init(features, combinations: .present, missingValues: .ownGroup)
    }

    /// Groups the rows by the combined values of `features` (at least one, all of one length), with
    /// the combinations and missing values as asked (see the type's description).
    public init(_ features: [SensitiveFeature], combinations: Combinations = .present,
                missingValues: MissingValues = .ownGroup) throws {
        guard let first = features.first else {
            throw MetricError.invalidArgument("grouping needs at least one sensitive feature")
        }
        if let bad = features.first(where: { $0.count != first.count }) {
            throw MetricError.lengthMismatch(what: "sensitive feature '\(bad.name)'", expected: first.count, got: bad.count)
        }
        // Excluded, the missing level (the last code) is out of the variable's range.
        let variables = features.map { feature -> CodeGrouping.Variable in
            (feature.codes, feature.levels.count - (missingValues == .excluded && feature.hasMissingLevel ? 1 : 0))
        }
        let every = combinations == .all
            ? CodeGrouping(everyCombinationOf: variables, rowCount: first.count, limit: Self.maxCombinations) : nil
        let groups = every ?? CodeGrouping(variables, rowCount: first.count, order: .ascending)
        self.features = features
        self.codes = groups.codes
        self.levelCodes = groups.combinations
        self.listedCombinations = every == nil ? .present : .all
        self.missingValues = missingValues
        self.excludedRowCount = missingValues == .excluded ? groups.codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } : 0
    }

    /// Groups a table's rows by the columns `columns`, each made a `SensitiveFeature` (with
    /// `combinations: .all`, keeping the levels no row holds); see the type's description.
    public init(table: Table, columns: [String], combinations: Combinations = .present,
                missingValues: MissingValues = .ownGroup) throws {
        try self.init(table.sensitiveFeatures(columns, keepingUnusedLevels: combinations == .all),
                      combinations: combinations, missingValues: missingValues)
    }

    /// How many groups there are.
    public var count: Int { levelCodes.count }
    /// How many rows were grouped.
    public var rowCount: Int { codes.count }
    /// How many rows are in some group.
    public var groupedRowCount: Int { rowCount - excludedRowCount }

    /// Checks that the groups cover `labelCount` rows, one per label, and, unless
    /// `allowingExcludedRows` (for a metric that counts rows in no group overall only), that every
    /// row is in a group.
    func requireRows(_ labelCount: Int, allowingExcludedRows: Bool = false) throws {
        let names = features.map { "'\($0.name)'" }.joined(separator: ", ")
        if rowCount != labelCount {
            throw MetricError.lengthMismatch(what: "feature \(names)", expected: labelCount, got: rowCount)
        }
        if !allowingExcludedRows, excludedRowCount > 0 {
            throw MetricError.invalidArgument("the groups leave out \(excludedRowCount) of \(rowCount) rows (missing a value of \(names)); "
                + "this metric needs every row in a group: group with missingValues: .ownGroup")
        }
    }

    /// The values of group `group`, one per feature.
    public func values(of group: Int) -> [String] {
        zip(features, levelCodes[group]).map { $0.levels[Int($1)] }
    }

    /// The name of group `group`: "sex=Female, race=Black".
    public func name(of group: Int) -> String {
        zip(features, values(of: group)).map { "\($0.name)=\($1)" }.joined(separator: ", ")
    }

    /// Every group's name, in group order.
    public var names: [String] { (0..<count).map(name(of:)) }

    /// The group called `name`: its full name ("sex=Female"), or with one feature its bare value
    /// ("Female"). An unknown name is an error listing the groups there are.
    public func group(named name: String) throws -> Int {
        let all = names
        if let g = all.firstIndex(of: name) { return g }
        if features.count == 1, let g = (0..<count).first(where: { values(of: $0)[0] == name }) { return g }
        var text = "no group '\(name)'"
        if let near = nearestName(to: name, in: all) { text += "; did you mean '\(near)'?" }
        throw MetricError.invalidArgument(text + " (groups: \(all.joined(separator: "; ")))")
    }

    /// The rows of each group, in row order (one pass).
    public func rowsByGroup() -> [[Int]] {
        CodeGrouping.rowsByGroup(codes, count: count)
    }

    /// How many rows each group has, in group order (0 for an absent combination).
    public func groupSizes() -> [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for code in codes where code >= 0 { sizes[Int(code)] += 1 }
        return sizes
    }
}
