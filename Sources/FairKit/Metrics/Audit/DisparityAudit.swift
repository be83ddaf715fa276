/// An Aequitas-style disparity audit: each group's metric divided by the reference group's, and a
/// verdict of fair when the disparity lies within [τ, 1/τ].
///
/// disparity(g, m) = m(g) / m(reference); fair ⇔ τ ≤ disparity ≤ 1/τ, τ = 0.8 by default (Aequitas's
/// `Fairness(tau=0.8)`, the "80% rule" made symmetric). Source: Saleiro et al. 2018, "Aequitas: A
/// Bias and Fairness Audit Toolkit", arXiv:1811.05577; dssg/aequitas `bias.py` and `fairness.py`.
///
/// Where Aequitas caps a division by zero at 10 (`fill_divbyzero`) and leaves 0/0 as NaN, a
/// disparity against a reference value of 0 is undefined here, with the reason. Statistical
/// significance (Aequitas's optional `check_significance`) is not computed.
///
/// Example: FPRs of 0.2 (reference, the largest group), 0.3 and 0.15 give disparities 1, 1.5 and
/// 0.75; with τ = 0.8 only the first is fair (1.5 > 1/0.8 = 1.25 and 0.75 < 0.8). The second
/// group is disfavoured (more false positives), the third favoured.
public struct DisparityAudit: Sendable, Codable {
    /// Aequitas's default threshold τ.
    public static let defaultThreshold = 0.8

    /// The metrics Aequitas audits by default (`Bias.all_group_metrics`): ppr, pprev, precision,
    /// fdr, for, fpr, fnr, tpr, tnr, npv.
    public static let aequitasMetrics: [GroupMetric] = [
        .predictedPositiveShare, .selectionRate, .positivePredictiveValue, .falseDiscoveryRate,
        .falseOmissionRate, .falsePositiveRate, .falseNegativeRate, .truePositiveRate,
        .trueNegativeRate, .negativePredictiveValue,
    ]

    /// Whether a disparity is within the threshold.
    public enum Verdict: String, Sendable, Codable {
        case fair, unfair, undefined
    }

    /// One group's disparity on one metric.
    public struct Finding: Sendable, Codable {
        /// The metric's id (see `GroupMetric`).
        public let metricID: String
        public let group: String
        /// The group's metric value.
        public let value: MetricValue
        /// The reference group, `nil` when none could be chosen.
        public let referenceGroup: String?
        /// value / reference value.
        public let disparity: MetricValue
        public let verdict: Verdict
        /// Whether the metric's direction says the group is better off than the reference
        /// (`nil`: equal, neutral metric, or undefined).
        public let favoursGroup: Bool?
        /// The bootstrap percentile interval of the disparity (set by `FairnessAudit`).
        public internal(set) var disparityInterval: ConfidenceInterval?
        /// Whether the disparity can be told from parity (set by `FairnessAudit` for proportions).
        public internal(set) var test: ParityTest?
        /// Aequitas's own significance test of the disparity (set by `FairnessAudit` for proportions).
        public internal(set) var aequitasSignificance: AequitasSignificance.Result?

        private enum CodingKeys: String, CodingKey {
            case metricID = "metric_id", group, value, referenceGroup = "reference_group", disparity, verdict
            case favoursGroup = "favours_group", disparityInterval = "disparity_interval", test
            case aequitasSignificance = "aequitas_significance"
        }
    }

    public let threshold: Double
    public let reference: ReferenceGroup
    /// Findings, metric by metric, groups in group order within each.
    public let findings: [Finding]

    /// Audits `metrics` over the groups of `counts` against `reference` with threshold τ in (0, 1].
    public init(counts: GroupedCounts, reference: ReferenceGroup = .largest,
                metrics: [GroupMetric] = aequitasMetrics, threshold: Double = defaultThreshold) throws {
        guard threshold > 0, threshold <= 1 else {
            throw MetricError.invalidArgument("the fairness threshold τ is \(threshold); it must lie in (0, 1] (Aequitas uses 0.8)")
        }
        var findings: [Finding] = []
        for metric in metrics {
            let values = counts.values(of: metric)
            let ref = try reference.resolve(in: counts, values: values)
            for (g, value) in values.values.enumerated() {
                findings.append(Self.finding(metric: metric, group: g, value: value, values: values,
                                             reference: ref, threshold: threshold))
            }
        }
        self.threshold = threshold
        self.reference = reference
        self.findings = findings
    }

    private static func finding(metric: GroupMetric, group g: Int, value: MetricValue, values: GroupValues,
                                reference ref: Int?, threshold: Double) -> Finding {
        let refName = ref.map { values.groups[$0] }
        let disparity: MetricValue
        if let ref, let refName {
            disparity = .quotient(value, values.values[ref], "the reference group '\(refName)''s \(metric.displayName)")
        } else {
            disparity = .undefined(reason: "no group has a defined \(metric.displayName) to serve as the reference")
        }
        let verdict: Verdict = disparity.number.map { threshold <= $0 && $0 <= 1 / threshold ? .fair : .unfair } ?? .undefined
        var favours: Bool?
        if let ref, let x = value.number, let y = values.values[ref].number {
            favours = metric.direction.favours(x, over: y)
        }
        return Finding(metricID: metric.id, group: values.groups[g], value: value, referenceGroup: refName,
                       disparity: disparity, verdict: verdict, favoursGroup: favours)
    }

    /// The findings for one metric.
    public func findings(for metricID: String) -> [Finding] {
        findings.filter { $0.metricID == metricID }
    }

    /// Whether parity holds for a metric across all groups: unfair if any group is unfair,
    /// otherwise undefined if any group's disparity is undefined, otherwise fair. (Aequitas ignores
    /// undefined groups here; one group we cannot judge keeps parity from being declared.)
    public func parity(for metricID: String) -> Verdict {
        let verdicts = findings(for: metricID).map(\.verdict)
        if verdicts.contains(.unfair) { return .unfair }
        if verdicts.contains(.undefined) || verdicts.isEmpty { return .undefined }
        return .fair
    }
}
