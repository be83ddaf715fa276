/// Population shares to hold a dataset's groups against (census figures, say), with their source.
public struct ReferenceShares: Sendable, Equatable {
    /// The grouping columns the shares are for, in the order of each key's values.
    public let columns: [String]
    /// Each group's share of the population, keyed by its values (one per column, as text:
    /// "female", "true"). Every group the data holds needs a share (0 if the population has
    /// none); the shares must sum to 1 within 0.01 (rounded census figures), and are rescaled to
    /// sum to exactly 1.
    public let shares: [[String]: Double]
    /// Where the figures come from, for the report.
    public let source: String

    /// Shares for the groups of several columns (their intersections).
    public init(columns: [String], shares: [[String]: Double], source: String) {
        self.columns = columns
        self.shares = shares
        self.source = source
    }

    /// Shares for the groups of one column.
    public init(column: String, shares: [String: Double], source: String) {
        self.init(columns: [column], shares: Dictionary(uniqueKeysWithValues: shares.map { ([$0.key], $0.value) }), source: source)
    }
}

/// One group's size in the data, and against the population when a reference is given.
public struct GroupRepresentation: Sendable, Equatable, Codable {
    /// The group's name, "sex=female" or "sex=female, race=Black".
    public let group: String
    /// The group's values, one per grouping column.
    public let values: [String]
    /// Rows in the group (0 for a combination of levels no row holds).
    public let count: Int
    /// count / rows that have a group (rows missing a grouping value are left out).
    public let share: MetricValue
    /// The group's population share, rescaled so the reference shares sum to 1.
    public let referenceShare: Double?
    /// share / referenceShare: 1 is proportional representation.
    public let ratioToReference: MetricValue?
    /// Whether ratioToReference is below the under-representation ratio.
    public let underRepresented: Bool?

    enum CodingKeys: String, CodingKey {
        case group, values, count, share
        case referenceShare = "reference_share", ratioToReference = "ratio_to_reference"
        case underRepresented = "under_represented"
    }
}

/// How many rows each group of one or more protected columns has, and, against population
/// shares, whether a group is under-represented and whether the shares differ beyond chance.
///
/// - share of group g: s_g = n_g / n, n the rows that have a value in every grouping column.
/// - ratio to the population share p_g: s_g / p_g. A group is flagged under-represented when the
///   ratio is below `underRepresentationRatio` (0.8 by default: in the spirit of the four-fifths
///   rule of the US Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D), a group
///   with less than four fifths of its population share is flagged).
/// - Pearson's goodness-of-fit test: X² = Σ_g (n_g - n p_g)² / (n p_g) over the groups with
///   p_g > 0, k - 1 degrees of freedom for k such groups, p-value P(χ²ₖ₋₁ ≥ X²), as
///   `scipy.stats.chisquare(f_obs, f_exp)`. The approximation is poor when an expected count
///   n p_g is below 5 (Cochran 1954); `minimumExpectedCount` shows it.
///
/// Example: 31 women and 69 men against shares 0.5 / 0.5: women's share 0.31, ratio 0.62 < 0.8,
/// under-represented; X² = (31 - 50)²/50 + (69 - 50)²/50 = 7.22 + 7.22 = 14.44 on 1 degree of
/// freedom, p = P(χ²₁ ≥ 14.44) ≈ 0.000145.
public struct Representation: Sendable, Equatable, Codable {
    /// The grouping columns.
    public let columns: [String]
    /// Rows with a value in every grouping column: the denominator of the shares.
    public let groupedRows: Int
    /// Rows missing a grouping value, left out of every group.
    public let rowsMissingGroup: Int
    /// Every group (every combination of levels, see `GroupIndex.init(dataBiasGroupsOf:columns:)`),
    /// in level order.
    public let groups: [GroupRepresentation]
    /// Where the population shares come from, when given.
    public let referenceSource: String?
    /// A group whose ratio to its population share is below this is under-represented.
    public let underRepresentationRatio: Double
    /// The goodness-of-fit test against the population shares, when given.
    public let goodnessOfFit: ChiSquareTest?
    /// The smallest expected count n p_g in the test (below 5 the p-value is approximate).
    public let minimumExpectedCount: Double?

    enum CodingKeys: String, CodingKey {
        case columns, groups
        case groupedRows = "grouped_rows", rowsMissingGroup = "rows_missing_group"
        case referenceSource = "reference_source", underRepresentationRatio = "under_representation_ratio"
        case goodnessOfFit = "goodness_of_fit", minimumExpectedCount = "minimum_expected_count"
    }

    /// The under-represented groups.
    public var underRepresentedGroups: [GroupRepresentation] { groups.filter { $0.underRepresented == true } }

    init(_ groups: GroupIndex, reference: ReferenceShares?, underRepresentationRatio: Double) throws {
        guard underRepresentationRatio > 0, underRepresentationRatio <= 1 else {
            throw DataError.invalidArgument("the under-representation ratio is \(underRepresentationRatio); it must be in (0, 1], e.g. 0.8")
        }
        let n = groups.groupedRowCount
        let counts = groups.groupSizes()
        let expected = try reference.map { try Self.populationShares($0, for: groups, counts: counts) }
        self.groups = counts.indices.map { g in
            let share = MetricValue.ratio(Double(counts[g]), Double(n), undefinedWhenZero: "no row has a value in \(groups.columnNames.joined(separator: ", "))")
            let p = expected?[g]
            let ratio = p.map { p in
                MetricValue.quotient(share, .value(p), "the population share of \(groups.name(of: g))")
            }
            return GroupRepresentation(group: groups.name(of: g), values: groups.values(of: g), count: counts[g],
                                       share: share, referenceShare: p, ratioToReference: ratio,
                                       underRepresented: ratio.map { ($0.number ?? .infinity) < underRepresentationRatio })
        }
        columns = groups.columnNames
        groupedRows = n
        rowsMissingGroup = groups.excludedRowCount
        referenceSource = reference?.source
        self.underRepresentationRatio = underRepresentationRatio
        if let expected {
            let test = Self.goodnessOfFit(counts: counts, shares: expected, names: groups.name(of:))
            goodnessOfFit = test.test
            minimumExpectedCount = test.minimumExpected
        } else {
            goodnessOfFit = nil
            minimumExpectedCount = nil
        }
    }

    /// Each group's population share (nil where the reference has none and the group no rows),
    /// checked and rescaled to sum to 1; `counts` are the groups' sizes.
    private static func populationShares(_ reference: ReferenceShares, for groups: GroupIndex, counts: [Int]) throws -> [Double?] {
        guard reference.columns == groups.columnNames else {
            throw DataError.invalidArgument("the reference shares are for [\(reference.columns.joined(separator: ", "))] but the groups "
                + "are by [\(groups.columnNames.joined(separator: ", "))]; give shares keyed by those columns' values, in that order")
        }
        let names = (0..<groups.count).map { groups.values(of: $0) }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var given = [Double?](repeating: nil, count: names.count)
        // In key order, so that of several faulty keys the same one is reported every run.
        for (key, share) in reference.shares.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            guard let g = index[key] else {
                let wanted = key.joined(separator: ", ")
                var text = "the reference shares name the group [\(wanted)], which is not a group of \(groups.columnNames.joined(separator: ", "))"
                if let near = nearestName(to: wanted, in: names.map { $0.joined(separator: ", ") }) { text += "; did you mean [\(near)]?" }
                throw DataError.invalidArgument(text + " (groups: \(names.map { "[\($0.joined(separator: ", "))]" }.joined(separator: " ")))")
            }
            guard share.isFinite, share >= 0, share <= 1 else {
                throw DataError.invalidArgument("the reference share of [\(key.joined(separator: ", "))] is \(share); shares must be in [0, 1]")
            }
            given[g] = share
        }
        if let g = given.indices.first(where: { given[$0] == nil && counts[$0] > 0 }) {
            throw DataError.invalidArgument("group \(groups.name(of: g)) has \(rowsText(counts[g])) but no reference share; "
                + "give it one (0 if the population has none)")
        }
        let sum = given.reduce(0) { $0 + ($1 ?? 0) }
        guard abs(sum - 1) <= 0.01 else {
            throw DataError.invalidArgument("the reference shares sum to \(sum); they must cover every group and sum to 1")
        }
        return given.map { $0.map { $0 / sum } }
    }

    /// The goodness-of-fit test over the groups with a positive population share.
    private static func goodnessOfFit(counts: [Int], shares: [Double?], names: (Int) -> String) -> (test: ChiSquareTest, minimumExpected: Double?) {
        func undefined(_ reason: String) -> (ChiSquareTest, Double?) {
            (ChiSquareTest(statistic: .undefined(reason: reason), degreesOfFreedom: 0, pValue: .undefined(reason: reason)), nil)
        }
        if let g = counts.indices.first(where: { shares[$0] == 0 && counts[$0] > 0 }) {
            return undefined("\(names(g)) has \(rowsText(counts[g])) but a population share of 0")
        }
        let tested = counts.indices.filter { (shares[$0] ?? 0) > 0 }
        let n = Double(tested.reduce(0) { $0 + counts[$1] })
        guard n > 0 else { return undefined("no rows to test") }
        guard tested.count >= 2 else { return undefined("only one group has a positive population share") }
        var statistic = 0.0, minimumExpected = Double.infinity
        for g in tested {
            let e = n * (shares[g] ?? 0)
            statistic += (Double(counts[g]) - e) * (Double(counts[g]) - e) / e
            minimumExpected = min(minimumExpected, e)
        }
        let df = tested.count - 1
        return (ChiSquareTest(statistic: .value(statistic), degreesOfFreedom: df,
                              pValue: .value(ChiSquareDistribution.survival(statistic, degreesOfFreedom: Double(df)))),
                minimumExpected)
    }
}

extension Table {
    /// The representation of the groups of `columns` (categorical or boolean; several columns give
    /// their intersections), against `reference` population shares when given. See
    /// `Representation` for the formulas and the flagging rule.
    public func representation(by columns: [String], reference: ReferenceShares? = nil,
                               underRepresentationRatio: Double = 0.8) throws -> Representation {
        try Representation(GroupIndex(dataBiasGroupsOf: self, columns: columns), reference: reference,
                           underRepresentationRatio: underRepresentationRatio)
    }
}

/// "1 row", "2 rows".
func rowsText(_ count: Int) -> String { count == 1 ? "1 row" : "\(count) rows" }
