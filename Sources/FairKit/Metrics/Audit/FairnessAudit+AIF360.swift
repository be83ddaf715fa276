extension FairnessAudit {
    /// AIF360's view of a section: the unprivileged side compared with the privileged side, signed,
    /// the unprivileged first (`PrivilegedComparison`, `AIF360Metric`).
    ///
    /// The privileged side is every group whose value of each attribute is a privileged one (for an
    /// intersection: privileged on every attribute, e.g. sex=Male and race=White). The unprivileged
    /// side is every other group whose values are all known; rows with a missing attribute are on
    /// neither side and count only overall, as AIF360 counts rows outside both of its groups.
    ///
    /// Example: privileged sex=Male with selection rate 0.5, unprivileged sex=Female with 0.2:
    /// statistical parity difference 0.2 - 0.5 = -0.3, disparate impact 0.2 / 0.5 = 0.4.
    public struct AIF360Comparison: Sendable, Codable {
        /// The metrics reported: every `ClassificationMetric` comparison FairKit reproduces
        /// (`AIF360Metric.all`: statistical parity, disparate impact, equal opportunity, average
        /// odds, average absolute odds, equalized odds, average predictive value, and the
        /// differences and ratios of the error rate, FPR, FNR, FOR and FDR), then the inequality
        /// indices (`AIF360Metric.inequalityIndices`).
        public static let reported: [AIF360Metric] = AIF360Metric.all + AIF360Metric.inequalityIndices

        /// The groups on the privileged side, by name.
        public let privileged: [String]
        /// The groups on the unprivileged side, by name.
        public let unprivileged: [String]
        /// Rows on the privileged side (unweighted).
        public let privilegedRows: Int
        /// Rows on the unprivileged side (unweighted).
        public let unprivilegedRows: Int
        /// The privileged side's value of every audited metric and of the selection rate, by metric id.
        public let privilegedValues: [String: MetricValue]
        /// The unprivileged side's value of every audited metric and of the selection rate, by metric id.
        public let unprivilegedValues: [String: MetricValue]
        /// By AIF360 metric name (`disparate_impact`, ...).
        public let metrics: [String: MetricValue]
        /// The bootstrap percentile interval of each metric, by AIF360 metric name, when defined.
        public internal(set) var intervals: [String: ConfidenceInterval] = [:]
        /// The two-proportion z-test of the selection rates behind the disparate impact (the
        /// disparate impact's test for parity), with Holm's adjustment.
        public internal(set) var disparateImpactTest: ParityTest?

        private enum CodingKeys: String, CodingKey {
            case privileged, unprivileged, metrics, intervals, disparateImpactTest = "disparate_impact_test"
            case privilegedRows = "privileged_rows", unprivilegedRows = "unprivileged_rows"
            case privilegedValues = "privileged_values", unprivilegedValues = "unprivileged_values"
        }

        /// The side named for people: the group's name, or the names joined by "or".
        public static func describe(_ side: [String]) -> String {
            side.joined(separator: " or ")
        }

        /// The comparison over `index`'s groups, or `nil` when an attribute has no privileged values.
        init?(features: [SensitiveFeature], index: GroupIndex, rows: [Int], outcomes: Outcomes,
              privileged: [String: [String]], metrics: [GroupMetric]) throws {
            var wanted: [Set<Int32>] = []
            for feature in features {
                guard let values = privileged[feature.name] else { return nil }
                wanted.append(Set(try values.map(feature.code(of:))))
            }
            var privilegedGroups: [Int] = [], unprivilegedGroups: [Int] = []
            for g in 0..<index.count {
                let levels = index.levelCodes[g]
                if zip(levels, wanted).allSatisfy({ $1.contains($0) }) {
                    privilegedGroups.append(g)
                } else if !zip(features, levels).contains(where: { $0.hasMissingLevel && Int($1) == $0.levels.count - 1 }) {
                    unprivilegedGroups.append(g)
                }
            }
            let rule = features.map { "\($0.name) in {\(privileged[$0.name, default: []].joined(separator: ", "))}" }.joined(separator: " and ")
            guard !privilegedGroups.isEmpty else {
                throw FairnessAuditError.invalidArgument("no row is privileged (\(rule)), so AIF360's comparison has no privileged group")
            }
            guard !unprivilegedGroups.isEmpty else {
                throw FairnessAuditError.invalidArgument(
                    "every row with known values is privileged (\(rule)), so AIF360's comparison has no unprivileged group")
            }
            func side(_ groups: [Int]) -> ProtectedGroup {
                ProtectedGroup(anyOf: groups.map { g in Dictionary(uniqueKeysWithValues: zip(features.map(\.name), index.values(of: g))) })
            }
            let comparison = try PrivilegedComparison(labels: outcomes.labels, predictions: outcomes.predictions,
                                                      weights: outcomes.weights, features: features,
                                                      privileged: side(privilegedGroups), unprivileged: side(unprivilegedGroups))
            self.privileged = privilegedGroups.map(index.name(of:))
            self.unprivileged = unprivilegedGroups.map(index.name(of:))
            self.privilegedRows = privilegedGroups.reduce(0) { $0 + rows[$1] }
            self.unprivilegedRows = unprivilegedGroups.reduce(0) { $0 + rows[$1] }
            let measured = metrics.contains { $0.id == GroupMetric.selectionRate.id } ? metrics : metrics + [.selectionRate]
            self.privilegedValues = Dictionary(uniqueKeysWithValues: measured.map { ($0.id, comparison.value($0, for: .privileged)) })
            self.unprivilegedValues = Dictionary(uniqueKeysWithValues: measured.map { ($0.id, comparison.value($0, for: .unprivileged)) })
            self.metrics = Dictionary(uniqueKeysWithValues: Self.reported.map { ($0.id, $0.value(on: comparison)) })
        }
    }
}
