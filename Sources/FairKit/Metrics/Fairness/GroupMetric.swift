/// A classification metric of one group's weighted confusion counts: one row of FairKit's metric
/// table (`GroupMetric.all`, in GroupMetric+Catalog.swift).
///
/// Every group fairness quantity in FairKit -- per-group values, Fairlearn's differences and
/// ratios, AIF360's privileged/unprivileged comparisons, Aequitas's disparities -- is derived from
/// this one table, so a metric is defined once, with one formula, one direction and one id.
///
/// The id is stable: it names the metric in JSON and on the command line (`selection_rate`, `tpr`).
///
/// Worked example used by every entry's documentation (the example of `ConfusionCounts`):
/// y = [1, 1, 0, 0, 1], ŷ = [1, 0, 0, 1, 1] gives TP 2, FN 1, TN 1, FP 1, n = 5.
public struct GroupMetric: Sendable, Identifiable, CustomStringConvertible {
    /// Stable identifier, lower snake case.
    public let id: String
    /// Name for people, e.g. "true positive rate".
    public let displayName: String
    /// The formula in symbols over TP, FP, TN, FN and n = TP + FP + TN + FN.
    public let formula: String
    /// Which way favours the group the metric is measured on.
    public let direction: MetricDirection
    private let evaluate: @Sendable (_ group: ConfusionCounts, _ population: ConfusionCounts) -> MetricValue

    /// A metric of a group's counts. `evaluate` also receives the counts of the population the group
    /// belongs to, for metrics that are shares of a whole (Aequitas's share of predicted positives);
    /// others ignore it.
    public init(id: String, displayName: String, formula: String, direction: MetricDirection,
                evaluate: @escaping @Sendable (_ group: ConfusionCounts, _ population: ConfusionCounts) -> MetricValue) {
        self.id = id
        self.displayName = displayName
        self.formula = formula
        self.direction = direction
        self.evaluate = evaluate
    }

    /// The metric on `counts`, as a part of `population` (the counts themselves when not given).
    public func value(of counts: ConfusionCounts, in population: ConfusionCounts? = nil) -> MetricValue {
        evaluate(counts, population ?? counts)
    }

    public var description: String { "\(id) (\(displayName): \(formula))" }

    /// The metric with id `id`; an unknown id is an error listing the ids there are and the nearest.
    public static func named(_ id: String) throws -> GroupMetric {
        all[try lookUpIndex(id, in: all, kind: "group metric")]
    }
}

/// The index of the entry of `table` whose id is `id`, or an error naming the ids there are and the
/// likeliest typo.
func lookUpIndex<T: Identifiable>(_ id: String, in table: [T], kind: String) throws -> Int where T.ID == String {
    if let found = table.firstIndex(where: { $0.id == id }) { return found }
    let ids = table.map(\.id)
    var text = "no \(kind) '\(id)'"
    if let near = nearestName(to: id, in: ids) { text += "; did you mean '\(near)'?" }
    throw MetricError.invalidArgument(text + " (known: \(ids.joined(separator: ", ")))")
}
