extension FairnessAudit {
    /// The audit of one protected attribute, or of the intersection of several: groups, their
    /// metrics, and the disparities between them in Fairlearn's, AIF360's and Aequitas's terms.
    public struct Section: Sendable, Codable {
        /// The attributes grouped over: one, or all of them for the intersection.
        public let attributes: [String]
        /// The groups present in the data, in value order (first attribute first).
        public internal(set) var groups: [Group]
        /// Each metric over all rows, by metric id.
        public let overall: [String: MetricValue]
        /// The Wilson interval of each proportion metric over all rows, by metric id.
        public internal(set) var overallIntervals: [String: ConfidenceInterval] = [:]
        /// Fairlearn's disparities.
        public internal(set) var fairlearn: FairlearnDisparities
        /// AIF360's comparisons, when every attribute of the section has privileged values.
        public internal(set) var aif360: AIF360Comparison?
        /// Aequitas's disparities against the reference group.
        public internal(set) var aequitas: AequitasDisparities

        private enum CodingKeys: String, CodingKey {
            case attributes, groups, overall, fairlearn, aif360, aequitas, overallIntervals = "overall_intervals"
        }

        /// "sex", or "sex x race" for an intersection.
        public var title: String { attributes.joined(separator: " x ") }

        /// The group called `name`.
        public func group(_ name: String) -> Group? { groups.first { $0.name == name } }

        init(features: [SensitiveFeature], outcomes: Outcomes, metrics: [GroupMetric], options: Options) throws {
            let index = try GroupIndex(features)
            let counts = try GroupedCounts(labels: outcomes.labels, predictions: outcomes.predictions,
                                           weights: outcomes.weights, groups: index)
            let rows = index.groupSizes()
            let values = metrics.map(counts.values(of:))
            let total = counts.overall.total
            let names = features.map(\.name)

            attributes = names
            groups = (0..<index.count).map { g in
                Group(name: index.name(of: g), values: Dictionary(uniqueKeysWithValues: zip(names, index.values(of: g))),
                      rows: rows[g], weight: counts.counts[g].total, share: counts.counts[g].total / total,
                      isSmall: rows[g] < options.smallGroupRows,
                      metrics: Dictionary(uniqueKeysWithValues: values.map { ($0.metricID, $0.values[g]) }))
            }
            overall = Dictionary(uniqueKeysWithValues: values.map { ($0.metricID, $0.overall) })
            fairlearn = FairlearnDisparities(values: values, counts: counts)
            aif360 = try AIF360Comparison(features: features, index: index, rows: rows, outcomes: outcomes,
                                          privileged: options.privileged, metrics: metrics)
            aequitas = try AequitasDisparities(
                audit: DisparityAudit(counts: counts, reference: options.referenceGroup(for: names),
                                      metrics: metrics, threshold: options.threshold))
        }
    }

    /// One group of a section.
    public struct Group: Sendable, Codable {
        /// "sex=Female", or "sex=Female, race=Black" in an intersection.
        public let name: String
        /// The group's value of each attribute.
        public let values: [String: String]
        /// Rows in the group (unweighted).
        public let rows: Int
        /// Total instance weight (the row count when unweighted).
        public let weight: Double
        /// The group's share of the total weight.
        public let share: Double
        /// Whether the group has fewer rows than the audit's small-group size.
        public let isSmall: Bool
        /// The group's value of each metric, by metric id.
        public let metrics: [String: MetricValue]
        /// The Wilson interval of each proportion metric, by metric id (`FairnessAudit` intervals).
        public internal(set) var intervals: [String: ConfidenceInterval] = [:]

        private enum CodingKeys: String, CodingKey {
            case name, values, rows, weight, share, metrics, intervals, isSmall = "small"
        }
    }

    /// A disparity as a difference and as a ratio.
    public struct DifferenceAndRatio: Sendable, Codable, Equatable {
        /// 0 is parity.
        public let difference: MetricValue
        /// 1 is parity.
        public let ratio: MetricValue
        /// The bootstrap percentile interval of the difference, when defined.
        public internal(set) var differenceInterval: ConfidenceInterval?
        /// The bootstrap percentile interval of the ratio, when defined.
        public internal(set) var ratioInterval: ConfidenceInterval?

        init(difference: MetricValue, ratio: MetricValue) {
            self.difference = difference
            self.ratio = ratio
        }

        private enum CodingKeys: String, CodingKey {
            case difference, ratio, differenceInterval = "difference_interval", ratioInterval = "ratio_interval"
        }
    }

    /// Fairlearn's view of a section: every metric's spread across the groups (`GroupValues`
    /// between groups: difference max - min, ratio min / max), and its named criteria.
    public struct FairlearnDisparities: Sendable, Codable {
        /// By metric id: the between-groups difference and ratio.
        public internal(set) var metrics: [String: DifferenceAndRatio]
        /// By criterion id (`demographic_parity`, `equalized_odds`, `equal_opportunity`): Fairlearn's
        /// `<id>_difference` and `<id>_ratio` (worst case over the criterion's metrics).
        public internal(set) var criteria: [String: DifferenceAndRatio]

        init(values: [GroupValues], counts: GroupedCounts) {
            metrics = Dictionary(uniqueKeysWithValues: values.map {
                ($0.metricID, DifferenceAndRatio(difference: $0.difference(), ratio: $0.ratio()))
            })
            criteria = Dictionary(uniqueKeysWithValues: FairlearnDisparity.all.map {
                ($0.id, DifferenceAndRatio(difference: $0.difference(in: counts), ratio: $0.ratio(in: counts)))
            })
        }
    }

    /// Aequitas's view of a section: each group's disparity against the reference group, metric by
    /// metric, and each metric's parity verdict (`DisparityAudit`).
    public struct AequitasDisparities: Sendable, Codable {
        /// How the reference group was chosen.
        public let reference: ReferenceGroup
        /// Findings, metric by metric, groups in order within each.
        public internal(set) var findings: [DisparityAudit.Finding]
        /// By metric id: unfair if any group is, undefined if any cannot be judged, else fair.
        public let parity: [String: DisparityAudit.Verdict]

        init(audit: DisparityAudit) {
            reference = audit.reference
            findings = audit.findings
            parity = Dictionary(uniqueKeysWithValues: Set(audit.findings.map(\.metricID)).map { ($0, audit.parity(for: $0)) })
        }

        /// The findings of one metric.
        public func findings(for metricID: String) -> [DisparityAudit.Finding] {
            findings.filter { $0.metricID == metricID }
        }
    }
}
