/// The group every other group is compared with in an Aequitas-style disparity audit.
///
/// Aequitas (Saleiro et al. 2018, "Aequitas: A Bias and Fairness Audit Toolkit") offers three
/// choices, one `Bias` method each: a predefined group (`get_disparity_predefined_groups`), the
/// majority group (`get_disparity_major_group`) and, metric by metric, the group with the lowest
/// value (`get_disparity_min_metric`).
public enum ReferenceGroup: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A chosen group, by its name ("sex=Male") or, with one feature, its value ("Male").
    case named(String)
    /// The largest group by (weighted) row count; the first in group order on a tie.
    case largest
    /// For each metric, the group with the smallest defined value; the first in group order on a
    /// tie. Groups whose value is undefined cannot be the reference (Aequitas's idxmin skips NaN).
    case minimumMetric

    private enum CodingKeys: String, CodingKey { case kind, group }

    /// JSON: `{"kind": "named", "group": "Male"}`, `{"kind": "largest"}`, `{"kind": "minimum_metric"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .named(let group):
            try container.encode("named", forKey: .kind)
            try container.encode(group, forKey: .group)
        case .largest: try container.encode("largest", forKey: .kind)
        case .minimumMetric: try container.encode("minimum_metric", forKey: .kind)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "named": self = .named(try container.decode(String.self, forKey: .group))
        case "largest": self = .largest
        case "minimum_metric": self = .minimumMetric
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container,
                                                   debugDescription: "unknown reference kind '\(other)'; use named, largest or minimum_metric")
        }
    }

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
