/// The group every other group is compared with in an Aequitas-style disparity audit.
///
/// Aequitas (Saleiro et al. 2018, "Aequitas: A Bias and Fairness Audit Toolkit") offers three
/// choices, one `Bias` method each: a predefined group (`get_disparity_predefined_groups`), the
/// majority group (`get_disparity_major_group`) and, metric by metric, the group with the lowest
/// value (`get_disparity_min_metric`).
public enum ReferenceGroup: Sendable, Hashable, CustomStringConvertible {
    /// A chosen group, by its name ("sex=Male") or, with one feature, its value ("Male").
    case named(String)
    /// The largest group by (weighted) row count; the first in group order on a tie.
    case largest
    /// For each metric, the group with the smallest defined value; the first in group order on a
    /// tie. Groups whose value is undefined cannot be the reference (Aequitas's idxmin skips NaN).
    case minimumMetric

    public var description: String {
        switch self {
        case .named(let name): return "group '\(name)'"
        case .largest: return "the largest group"
        case .minimumMetric: return "the group with the lowest value of each metric"
        }
    }

    /// The reference group's index among `values`' groups for one metric, `nil` when no group
    /// qualifies (no groups, or none with a defined value). An unknown name is an error.
    func resolve(in counts: GroupedCounts, values: GroupValues) throws -> Int? {
        switch self {
        case .named(let name):
            return try counts.groups.group(named: name)
        case .largest:
            // max(by:) keeps the first of equal elements.
            return counts.counts.indices.max { counts.counts[$0].total < counts.counts[$1].total }
        case .minimumMetric:
            let defined = values.values.enumerated().compactMap { g, v in v.number.map { (g, $0) } }
            return defined.min { $0.1 < $1.1 }?.0
        }
    }
}
