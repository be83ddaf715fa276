/// One group's label base rate.
public struct LabelBaseRate: Sendable, Equatable, Codable {
    /// The group's name, "sex=female" or "sex=female, race=Black".
    public let group: String
    /// The group's values, one per grouping column.
    public let values: [String]
    /// Rows in the group.
    public let count: Int
    /// Rows of the group whose label is the favorable value.
    public let favorableCount: Int
    /// Rows of the group with no label (left out of the rate).
    public let unlabelledCount: Int
    /// Σ wᵢ over the group's labelled rows (their count when unweighted).
    public let labelledWeight: Double
    /// P(label = favorable | group), weighted; undefined for a group with no labelled weight.
    public let rate: MetricValue

    enum CodingKeys: String, CodingKey {
        case group, values, count, rate
        case favorableCount = "favourable_count", unlabelledCount = "unlabelled_count"
        case labelledWeight = "labelled_weight"
    }
}

/// The label base rates of a table, overall and by group.
public struct LabelBaseRates: Sendable, Equatable, Codable {
    /// The grouping columns.
    public let columns: [String]
    /// The label column.
    public let label: String
    /// The favorable label value, as text.
    public let favorable: String
    /// Whether instance weights were applied.
    public let weighted: Bool
    /// P(label = favorable) over every labelled row.
    public let overall: MetricValue
    /// Every group of `columns`, in the order of `Representation.groups`.
    public let groups: [LabelBaseRate]

    // JSON keys keep the spelling published in format_version 1 (contracts never rename a field).
    enum CodingKeys: String, CodingKey { case columns, label, favorable = "favourable", weighted, overall, groups }
}

extension Table {
    /// The label base rate of each group: P(y = favorable | g) = Σᵢ∈g wᵢ [yᵢ = favorable] / Σᵢ∈g wᵢ
    /// over the group's rows that have a label (wᵢ = 1 unweighted): the weighted mean of the 0/1
    /// indicator [yᵢ = favorable]. This is AIF360's `BinaryLabelDatasetMetric.base_rate` per
    /// group, and what the dataset-level fairness metrics (statistical parity difference,
    /// disparate impact) are built from; those live with the fairness metrics, not here. A group
    /// without rows, without labelled rows, or whose rows weigh 0, has an undefined rate with the
    /// reason. Groups are every combination of the grouping columns' levels, as in
    /// `representation(by:)`; rows missing a grouping value belong to no group but count in
    /// `overall`. `DataBiasReport` computes its base rates here and nowhere else, and here they
    /// are counted by `GroupedCounts`, as `DatasetFairness.baseRates` counts them.
    ///
    /// Example: credit = [good, bad, good, good], sex = [f, f, m, m]: f 1/2 = 0.5, m 2/2 = 1;
    /// with weights [3, 1, 1, 1], f is 3/(3 + 1) = 0.75.
    ///
    /// - Parameters:
    ///   - columns: categorical or boolean grouping columns (several give their intersections).
    ///   - label: the label column; `favorable` must be one of its values.
    ///   - weights: one finite, non-negative weight per row, or nil.
    public func labelBaseRates(by columns: [String], label: String, favorable: CellValue,
                               weights: [Double]? = nil) throws -> LabelBaseRates {
        try LabelBaseRates(self, GroupIndex(dataBiasGroupsOf: self, columns: columns), label: label, favorable: favorable, weights: weights)
    }
}

extension LabelBaseRates {
    /// The rates by `groups` (made from `table`), as `Table.labelBaseRates` documents. The counts
    /// and rates are the fairness layer's: `GroupedCounts` with each row's label standing in for
    /// its prediction, an unlabelled row weighing 0, so that a rate here is the base rate
    /// `DatasetFairness.baseRates` gives for the same rows.
    init(_ table: Table, _ groups: GroupIndex, label: String, favorable: CellValue, weights: [Double]?) throws {
        guard !groups.columnNames.contains(label) else {
            throw DataError.invalidArgument("'\(label)' is both the label and a grouping column; group by other columns")
        }
        try table.checkWeights(weights)
        let coding = try table.column(label).valueCoding()
        guard let favorableCode = coding.values.firstIndex(of: favorable).map(Int32.init) else {
            let present = coding.values.compactMap(\.text)
            var text = "no row of '\(label)' holds the favorable value '\(favorable)'"
            if let near = nearestName(to: favorable.description, in: present) { text += "; did you mean '\(near)'?" }
            throw DataError.invalidArgument(text + " (values: \(present.sorted().joined(separator: ", ")))")
        }
        let labels = coding.codes.map { $0 == favorableCode ? 1 : 0 }
        let isLabelled = coding.codes.map { $0 != coding.missingCode }
        // Unweighted, then weighted: the labelled rows' counts, then their weights and rates.
        let labelled = try GroupedCounts(labels: labels, predictions: labels, weights: isLabelled.map { $0 ? 1 : 0 }, groups: groups)
        let byWeight = try weights.map { w in
            try GroupedCounts(labels: labels, predictions: labels, weights: zip(isLabelled, w).map { $0 ? $1 : 0 }, groups: groups)
        } ?? labelled
        let rates = byWeight.values(of: .baseRate)
        let sizes = groups.groupSizes()
        self.groups = (0..<groups.count).map { g -> LabelBaseRate in
            let name = groups.name(of: g)
            let counted = labelled.counts[g]
            let value = rates.values[g].number.map(MetricValue.value) ?? .undefined(reason: sizes[g] == 0 ? "group \(name) has no rows"
                : counted.total == 0 ? "no row of group \(name) has a label" : "the rows of group \(name) weigh 0 in total")
            return LabelBaseRate(group: name, values: groups.values(of: g), count: sizes[g],
                                 favorableCount: Int(counted.positives), unlabelledCount: sizes[g] - Int(counted.total),
                                 labelledWeight: byWeight.counts[g].total, rate: value)
        }
        overall = rates.overall.number.map(MetricValue.value) ?? .undefined(reason: "the labelled rows weigh 0 in total")
        columns = groups.columnNames
        self.label = label
        self.favorable = favorable.description
        weighted = weights != nil
    }
}
