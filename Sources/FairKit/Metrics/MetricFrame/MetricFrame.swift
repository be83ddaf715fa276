/// Many metrics in every group of one or more sensitive features, after Fairlearn's `MetricFrame`
/// (Weerts et al. 2023, "Fairlearn: Assessing and Improving Fairness of AI Systems", JMLR 24).
///
/// Groups are the combinations of the sensitive features' values present in the data
/// ("sex=Female, race=Black"). With control features, every metric is computed within each
/// stratum of the control features' values, and `overall` is each stratum's overall value (as in
/// Fairlearn). Rows are assigned to groups once, as integer codes; every table metric then comes
/// from confusion counts tallied in a single pass, and sample metrics from each group's rows
/// gathered once.
///
/// Read results with `values(_:stratum:)`, which gives Fairlearn's `overall`, `by_group`,
/// `group_min`, `group_max`, `difference(method:)` and `ratio(method:)` for one metric.
///
/// Example: on Fairlearn's 18-row documentation data, `values("selection_rate")` gives groups a, b, c
/// with 3/4, 1/2, 1/2 and overall 5/9; `difference()` 1/4, `ratio()` 2/3.
public struct MetricFrame: Sendable {
    /// The results within one control stratum (all rows, named "", without control features).
    public struct Stratum: Sendable {
        /// The stratum's name, "age=old"; "" without control features.
        public let name: String
        /// The sensitive groups present in the stratum, in group order.
        public let groups: [String]
        /// Metric values over the whole stratum, one per metric.
        let overall: [MetricValue]
        /// Metric values per group: `byGroup[group][metric]`.
        let byGroup: [[MetricValue]]
    }

    public let metrics: [FrameMetric]
    /// The names of the sensitive and control features.
    public let sensitiveFeatures: [String]
    public let controlFeatures: [String]
    /// The strata, in the order of the control features' values; one without control features.
    public let strata: [Stratum]

    /// Computes `metrics` over the groups of `sensitive`, within each stratum of `control`.
    /// Labels and predictions must be 0 or 1, scores finite, weights finite and >= 0, every array
    /// and feature one value per row.
    public init(metrics: [FrameMetric], labels: [Int], predictions: [Int], scores: [Double]? = nil,
                weights: [Double]? = nil, sensitive: [SensitiveFeature], control: [SensitiveFeature] = []) throws {
        try MetricInput.validate(labels: labels, predictions: predictions, weights: weights)
        if let scores { try MetricInput.validate(labels: labels, scores: scores, weights: weights, probabilities: false) }
        if let repeated = Dictionary(grouping: metrics.map(\.id), by: { $0 }).first(where: { $0.value.count > 1 }) {
            throw MetricError.invalidArgument("the metric '\(repeated.key)' is listed twice; list each metric once")
        }
        let groups = try GroupIndex(sensitive)
        try groups.requireRows(labels.count)
        let controlIndex = try control.isEmpty ? nil : GroupIndex(control)
        try controlIndex?.requireRows(labels.count)
        // Cells: the (stratum, group) combinations present, control features first, so a stratum's
        // cells are consecutive and in group order.
        let cells = try controlIndex == nil ? groups : GroupIndex(control + sensitive)
        let strataCount = controlIndex?.count ?? 1
        let stratumOf = Dictionary(uniqueKeysWithValues: (controlIndex?.levelCodes ?? [[]]).enumerated().map { ($1, $0) })
        let groupOf = Dictionary(uniqueKeysWithValues: groups.levelCodes.enumerated().map { ($1, $0) })
        var cellsOfStratum = [[(cell: Int, group: Int)]](repeating: [], count: strataCount)
        for (cell, levels) in cells.levelCodes.enumerated() {
            let stratum = stratumOf[Array(levels.prefix(control.count))] ?? 0
            cellsOfStratum[stratum].append((cell, groupOf[Array(levels.suffix(sensitive.count))] ?? 0))
        }
        let counts = ConfusionCounts.tally(labels: labels, predictions: predictions, weights: weights,
                                           codes: cells.codes, cells: cells.count).counts
        let sample = MetricSample(labels: labels, predictions: predictions, scores: scores, weights: weights)
        let needsRows = metrics.contains { if case .sample = $0.evaluation { return true } else { return false } }
        let cellRows = needsRows ? cells.rowsByGroup() : []
        let stratumRows = needsRows ? controlIndex?.rowsByGroup() ?? [] : []

        func evaluate(_ counts: ConfusionCounts, in population: ConfusionCounts, rows: () -> MetricSample) throws -> [MetricValue] {
            var gathered: MetricSample?
            return try metrics.map { metric in
                switch metric.evaluation {
                case .counts(let m):
                    return m.value(of: counts, in: population)
                case .sample(let f):
                    let sample = gathered ?? rows()
                    gathered = sample
                    return try f(sample)
                }
            }
        }

        self.strata = try cellsOfStratum.enumerated().map { s, members in
            let total = members.reduce(ConfusionCounts.zero) { $0 + counts[$1.cell] }
            let overall = try evaluate(total, in: total) {
                controlIndex == nil ? sample : sample.selecting(stratumRows[s])
            }
            let byGroup = try members.map { member in
                try evaluate(counts[member.cell], in: total) { sample.selecting(cellRows[member.cell]) }
            }
            return Stratum(name: controlIndex?.name(of: s) ?? "", groups: members.map { groups.name(of: $0.group) },
                           overall: overall, byGroup: byGroup)
        }
        self.metrics = metrics
        self.sensitiveFeatures = sensitive.map(\.name)
        self.controlFeatures = control.map(\.name)
    }

    /// One metric's values in one stratum: its overall value, value by group, and from them the
    /// group minimum, maximum, difference and ratio. Without control features `stratum` is not
    /// needed; with them it names the stratum ("age=old").
    public func values(_ metricID: String, stratum: String? = nil) throws -> GroupValues {
        let m = try metricIndex(metricID)
        let s = try stratumIndex(stratum)
        return Self.values(of: metrics[m], at: m, in: strata[s])
    }

    /// One metric's values in every stratum, in stratum order.
    public func valuesByStratum(_ metricID: String) throws -> [(stratum: String, values: GroupValues)] {
        let m = try metricIndex(metricID)
        return strata.map { ($0.name, Self.values(of: metrics[m], at: m, in: $0)) }
    }

    private static func values(of metric: FrameMetric, at m: Int, in stratum: Stratum) -> GroupValues {
        GroupValues(metricID: metric.id, displayName: metric.displayName, groups: stratum.groups,
                    values: stratum.byGroup.map { $0[m] }, overall: stratum.overall[m])
    }

    private func metricIndex(_ id: String) throws -> Int {
        try lookUpIndex(id, in: metrics, kind: "metric in this frame")
    }

    private func stratumIndex(_ name: String?) throws -> Int {
        let names = strata.map(\.name)
        guard let name else {
            if strata.count == 1 { return 0 }
            throw MetricError.invalidArgument(
                "this frame has control features (\(controlFeatures.joined(separator: ", "))); name a stratum: \(names.joined(separator: "; "))")
        }
        if let s = names.firstIndex(of: name) { return s }
        var text = "no stratum '\(name)'"
        if let near = nearestName(to: name, in: names) { text += "; did you mean '\(near)'?" }
        throw MetricError.invalidArgument(text + " (strata: \(names.joined(separator: "; ")))")
    }
}
