/// One group's label base rate.
public struct LabelBaseRate: Sendable, Equatable, Codable {
    /// The group's name, "sex=female" or "sex=female, race=Black".
    public let group: String
    /// The group's values, one per grouping column.
    public let values: [String]
    /// Rows in the group.
    public let count: Int
    /// Rows of the group whose label is the favourable value.
    public let favourableCount: Int
    /// Rows of the group with no label (left out of the rate).
    public let unlabelledCount: Int
    /// Σ wᵢ over the group's labelled rows (their count when unweighted).
    public let labelledWeight: Double
    /// P(label = favourable | group), weighted; undefined for a group with no labelled weight.
    public let rate: MetricValue

    enum CodingKeys: String, CodingKey {
        case group, values, count, rate
        case favourableCount = "favourable_count", unlabelledCount = "unlabelled_count"
        case labelledWeight = "labelled_weight"
    }
}

/// The label base rates of a table, overall and by group.
public struct LabelBaseRates: Sendable, Equatable, Codable {
    /// The grouping columns.
    public let columns: [String]
    /// The label column.
    public let label: String
    /// The favourable label value, as text.
    public let favourable: String
    /// Whether instance weights were applied.
    public let weighted: Bool
    /// P(label = favourable) over every labelled row.
    public let overall: MetricValue
    /// Every group of `columns`, in the order of `Representation.groups`.
    public let groups: [LabelBaseRate]

    enum CodingKeys: String, CodingKey { case columns, label, favourable, weighted, overall, groups }
}

extension Table {
    /// The label base rate of each group: P(y = favourable | g) = Σᵢ∈g wᵢ [yᵢ = favourable] / Σᵢ∈g wᵢ
    /// over the group's rows that have a label (wᵢ = 1 unweighted): the weighted mean of the 0/1
    /// indicator [yᵢ = favourable]. This is AIF360's `BinaryLabelDatasetMetric.base_rate` per
    /// group, and what the dataset-level fairness metrics (statistical parity difference,
    /// disparate impact) are built from; those live with the fairness metrics, not here. A group
    /// without rows, without labelled rows, or whose rows weigh 0, has an undefined rate with the
    /// reason. Groups are every combination of the grouping columns' levels, as in
    /// `representation(by:)`; rows missing a grouping value belong to no group but count in
    /// `overall`. `DataBiasReport` computes its base rates here and nowhere else.
    ///
    /// Example: credit = [good, bad, good, good], sex = [f, f, m, m]: f 1/2 = 0.5, m 2/2 = 1;
    /// with weights [3, 1, 1, 1], f is 3/(3 + 1) = 0.75.
    ///
    /// - Parameters:
    ///   - columns: categorical or boolean grouping columns (several give their intersections).
    ///   - label: the label column; `favourable` must be one of its values.
    ///   - weights: one finite, non-negative weight per row, or nil.
    public func labelBaseRates(by columns: [String], label: String, favourable: CellValue,
                               weights: [Double]? = nil) throws -> LabelBaseRates {
        try LabelBaseRates(self, GroupAssignment(self, columns: columns), label: label, favourable: favourable, weights: weights)
    }
}

extension LabelBaseRates {
    /// The rates by the groups of `assignment` (made from `table`), as `Table.labelBaseRates` documents.
    init(_ table: Table, _ assignment: GroupAssignment, label: String, favourable: CellValue, weights: [Double]?) throws {
        guard !assignment.columns.contains(label) else {
            throw DataError.invalidArgument("'\(label)' is both the label and a grouping column; group by other columns")
        }
        try table.checkWeights(weights)
        let labelColumn = try table.column(label)
        let indicator: [Double?] = (0..<table.rowCount).map { row in
            labelColumn.isMissing(row) ? nil : (labelColumn[row] == favourable ? 1 : 0)
        }
        guard indicator.contains(1) else {
            let present = try table.valueCounts(label).compactMap(\.value.text)
            var text = "no row of '\(label)' holds the favourable value '\(favourable)'"
            if let near = nearestName(to: favourable.description, in: present) { text += "; did you mean '\(near)'?" }
            throw DataError.invalidArgument(text + " (values: \(present.sorted().joined(separator: ", ")))")
        }
        /// The weighted mean of the indicator over the labelled ones of `rows`, and their weight.
        func rate(_ rows: [Int]) -> (labelled: [Int], moments: Moments) {
            let labelled = rows.filter { indicator[$0] != nil }
            return (labelled, Moments(labelled.map { indicator[$0] ?? 0 }, weights: weights.map { w in labelled.map { w[$0] } }))
        }
        groups = assignment.rows.indices.map { g -> LabelBaseRate in
            let rows = assignment.rows[g]
            let name = assignment.name(of: g)
            let (labelled, moments) = rate(rows)
            let value = moments.mean.map(MetricValue.value) ?? .undefined(reason: rows.isEmpty ? "group \(name) has no rows"
                : labelled.isEmpty ? "no row of group \(name) has a label" : "the rows of group \(name) weigh 0 in total")
            return LabelBaseRate(group: name, values: assignment.values(of: g), count: rows.count,
                                 favourableCount: labelled.filter { indicator[$0] == 1 }.count,
                                 unlabelledCount: rows.count - labelled.count, labelledWeight: moments.weight, rate: value)
        }
        overall = rate(Array(0..<table.rowCount)).moments.mean.map(MetricValue.value)
            ?? .undefined(reason: "the labelled rows weigh 0 in total")
        columns = assignment.columns
        self.label = label
        self.favourable = favourable.description
        weighted = weights != nil
    }
}
