import Foundation

extension FairnessAudit {
    /// A disparity outside [τ, 1/τ]: one group's metric divided by a reference group's.
    ///
    /// Flags come from two places. Every Aequitas finding judged unfair is one (`convention`
    /// `aequitas`: `group` against `reference`). AIF360's disparate impact SR_u / SR_p outside
    /// [τ, 1/τ] is one too (`convention` `aif360`, `metric_id` `selection_rate`, the sides named by
    /// their groups) -- unless both sides are single groups that an Aequitas selection-rate finding
    /// already compares, when it would repeat that finding's number.
    ///
    /// Severity is |ln disparity|: a ratio of 0.5 is as severe as one of 2, and 0 is the most severe.
    /// Example: disparity 0.4 has severity |ln 0.4| ≈ 0.916, more than 1.5's ≈ 0.405.
    public struct Flag: Sendable, Codable, Equatable {
        /// Which convention's comparison this is.
        public enum Convention: String, Sendable, Codable {
            case aequitas, aif360
        }

        /// Which convention's comparison this is.
        public let convention: Convention
        /// The section's attributes.
        public let attributes: [String]
        /// The metric compared (`selection_rate` for AIF360's disparate impact).
        public let metricID: String
        /// The group compared (for AIF360, the unprivileged side, its groups joined by "or").
        public let group: String
        /// The group it is compared with (for AIF360, the privileged side).
        public let reference: String
        /// The metric's value for `group`.
        public let value: Double
        /// The metric's value for `reference`.
        public let referenceValue: Double
        /// value / referenceValue.
        public let disparity: Double
        /// Which of the two the metric's direction says is worse off (`group` or `reference`);
        /// `nil` for a neutral metric such as the base rate.
        public let disadvantaged: String?
        /// Whether either side has fewer rows than the audit's small-group size.
        public let involvesSmallGroup: Bool
        /// The bootstrap percentile interval of the disparity.
        public internal(set) var disparityInterval: ConfidenceInterval?
        /// Whether the disparity can be told from parity, after Holm's correction.
        public internal(set) var test: ParityTest?
        /// For a flag involving a small group: the rows each group would need for the two-proportion
        /// z-test to tell a gap this large from parity (α = 0.05, power 0.8; `TwoProportionTest`).
        public internal(set) var rowsNeeded: Int?

        private enum CodingKeys: String, CodingKey {
            case convention, attributes, group, reference, value, disparity, disadvantaged, test
            case metricID = "metric_id", referenceValue = "reference_value", involvesSmallGroup = "small_group"
            case disparityInterval = "disparity_interval", rowsNeeded = "rows_needed"
        }

        /// |ln disparity|, the ordering of flags.
        public var severity: Double { abs(log(disparity)) }

        /// Whether the disparity is below τ (rather than above 1/τ).
        public var isBelowThreshold: Bool { disparity < 1 }

        /// Every flag of `sections`, worst first (ties in section, metric and group order).
        static func flags(in sections: [Section], options: Options) -> [Flag] {
            let found = sections.flatMap { aequitasFlags(in: $0, options: options) + aif360Flags(in: $0, options: options) }
            return found.enumerated()
                .sorted { ($0.element.severity, $1.offset) > ($1.element.severity, $0.offset) }
                .map(\.element)
        }

        private static func aequitasFlags(in section: Section, options: Options) -> [Flag] {
            section.aequitas.findings.compactMap { finding in
                guard finding.verdict == .unfair, let referenceName = finding.referenceGroup,
                      let group = section.group(finding.group), let reference = section.group(referenceName),
                      let value = finding.value.number, let disparity = finding.disparity.number,
                      let referenceValue = reference.metrics[finding.metricID]?.number else { return nil }
                return Flag(convention: .aequitas, attributes: section.attributes, metricID: finding.metricID,
                            group: group.name, reference: reference.name, value: value, referenceValue: referenceValue,
                            disparity: disparity, disadvantaged: finding.favoursGroup.map { $0 ? reference.name : group.name },
                            involvesSmallGroup: group.isSmall || reference.isSmall,
                            disparityInterval: finding.disparityInterval, test: finding.test,
                            rowsNeeded: rowsNeeded(finding.metricID, value, referenceValue, small: group.isSmall || reference.isSmall))
            }
        }

        private static func aif360Flags(in section: Section, options: Options) -> [Flag] {
            let rate = options.audited(.selectionRate)
            guard let comparison = section.aif360,
                  let impact = comparison.metrics[AIF360Metric.disparateImpact.id]?.number,
                  impact < options.threshold || impact > 1 / options.threshold,
                  let value = comparison.unprivilegedValues[rate.id]?.number,
                  let referenceValue = comparison.privilegedValues[rate.id]?.number else { return [] }
            if comparison.privileged.count == 1, comparison.unprivileged.count == 1 {
                let pair: Set = [comparison.privileged[0], comparison.unprivileged[0]]
                let repeated = section.aequitas.findings(for: rate.id).contains { finding in
                    finding.referenceGroup.map { [finding.group, $0] == pair } ?? false
                }
                if repeated { return [] }
            }
            let group = AIF360Comparison.describe(comparison.unprivileged)
            let reference = AIF360Comparison.describe(comparison.privileged)
            return [Flag(convention: .aif360, attributes: section.attributes, metricID: rate.id, group: group,
                         reference: reference, value: value, referenceValue: referenceValue, disparity: impact,
                         disadvantaged: rate.direction.favours(value, over: referenceValue).map { $0 ? reference : group },
                         involvesSmallGroup: min(comparison.privilegedRows, comparison.unprivilegedRows) < options.smallGroupRows,
                         disparityInterval: comparison.intervals[AIF360Metric.disparateImpact.id], test: comparison.disparateImpactTest,
                         rowsNeeded: rowsNeeded(rate.id, value, referenceValue,
                                                small: min(comparison.privilegedRows, comparison.unprivilegedRows) < options.smallGroupRows))]
        }

        /// The rows per group a small group's comparison of a proportion would need.
        private static func rowsNeeded(_ metricID: String, _ value: Double, _ referenceValue: Double, small: Bool) -> Int? {
            guard small, (try? GroupMetric.named(metricID))?.isProportion == true else { return nil }
            return TwoProportionTest.rowsNeeded(value, referenceValue)
        }
    }
}
