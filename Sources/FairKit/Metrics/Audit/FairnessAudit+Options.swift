extension FairnessAudit {
    /// What an audit measures and how it judges what it measures. Every setting has a default.
    public struct Options: Sendable {
        /// Selection rate, TPR, FPR, FNR, PPV and accuracy: the treatment a group receives (how
        /// often it is selected) and the errors it bears on either label, plus overall quality.
        public static let defaultMetrics: [GroupMetric] = [
            .selectionRate, .truePositiveRate, .falsePositiveRate, .falseNegativeRate, .positivePredictiveValue, .accuracy,
        ]

        /// Groups with fewer rows than this are too small to judge: 30. A rate measured on n rows
        /// has a standard error of up to √(0.25 / n); at n = 30 that is 0.091, so its 95% interval
        /// spans about ±0.18, as wide as most disparities an audit looks for. 30 is also the usual
        /// rule of thumb for the normal approximation of a proportion.
        public static let defaultSmallGroupRows = 30

        /// The group metrics reported for every group and compared across groups.
        public var metrics: [GroupMetric]
        /// AIF360's privileged groups: for each protected attribute, the values that are privileged
        /// (`["sex": ["Male"]]`; several values of one attribute are joined by OR). A section gets
        /// AIF360 comparisons when each of its attributes has privileged values here.
        public var privileged: [String: [String]]
        /// The Aequitas reference group (see `Reference`).
        public var reference: Reference
        /// Aequitas's τ: a disparity is fair within [τ, 1/τ]; also the four-fifths rule's 0.8 for
        /// AIF360's disparate impact.
        public var threshold: Double
        /// Whether the positive prediction is punitive (COMPAS's "high risk", a fraud alert): the
        /// metrics are then read from the affected person's view, for whom the positive prediction
        /// is a harm (see `audited(_:)`).
        public var positiveIsHarmful: Bool
        /// Groups with fewer rows are too small to judge (see `defaultSmallGroupRows`).
        public var smallGroupRows: Int
        /// The confidence of every interval, in (0, 1); the tests' α is 1 - confidence.
        public var confidence: Double = UncertaintyConstants.confidence
        /// Bootstrap resamples for the intervals of differences and ratios; 0 leaves them out.
        public var bootstrapReplicates: Int = UncertaintyConstants.bootstrapReplicates
        /// The bootstrap's seed.
        public var bootstrapSeed: UInt64 = UncertaintyConstants.bootstrapSeed

        /// Options; every one has a default (see each property).
        public init(metrics: [GroupMetric] = defaultMetrics, privileged: [String: [String]] = [:],
                    reference: Reference = .largest, threshold: Double = DisparityAudit.defaultThreshold,
                    positiveIsHarmful: Bool = false, smallGroupRows: Int = defaultSmallGroupRows) {
            self.metrics = metrics
            self.privileged = privileged
            self.reference = reference
            self.threshold = threshold
            self.positiveIsHarmful = positiveIsHarmful
            self.smallGroupRows = smallGroupRows
        }

        /// The metrics with their directions as this audit reads them (see `audited(_:)`).
        var auditedMetrics: [GroupMetric] { metrics.map(audited) }

        /// `metric` with its direction as this audit reads it: the metric table's own direction, or,
        /// when the positive prediction is harmful, the affected person's view.
        ///
        /// The metric table's directions read the positive prediction as the favorable one
        /// (assistive: a loan, a job interview) and count errors as harms. When it is punitive
        /// (detention, an investigation), what matters to the person is whether they receive it.
        /// Aequitas (Saleiro et al. 2018, "Aequitas: a bias and fairness audit toolkit", the
        /// fairness tree) makes the same split: for punitive interventions the harms are the false
        /// positives (FPR, FDR), for assistive ones the false negatives (FNR, FOR). So in punitive
        /// mode, every metric whose numerator counts people who *received* the positive prediction
        /// among a set (selection rate, share of predicted positives, TPR) is harmful when higher,
        /// and every metric whose numerator counts positives *spared* it, the false negatives (FNR,
        /// FOR; and NPV = 1 - FOR, reversed with it), favours the group when higher. FPR, FDR, TNR and PPV
        /// keep their direction (they already count the undeserved positive prediction as the
        /// harm), as do accuracy and the error rate (the model's quality for the group).
        ///
        /// Example (COMPAS, "high risk" = decile score >= 5): African-American defendants' FNR is
        /// 0.280 and Caucasians' 0.477. Caucasian reoffenders were labelled low risk more often, a
        /// benefit in punitive mode, so the FNR disparity 0.4772 / 0.2799 ≈ 1.71 puts African-American
        /// defendants at a disadvantage -- as ProPublica read it.
        func audited(_ metric: GroupMetric) -> GroupMetric {
            guard positiveIsHarmful, Self.reversedWhenPunitive.contains(metric.id) else { return metric }
            let reversed: MetricDirection = metric.direction == .higherIsFavorable ? .lowerIsFavorable : .higherIsFavorable
            return GroupMetric(id: metric.id, displayName: metric.displayName, formula: metric.formula,
                               direction: reversed) { metric.value(of: $0, in: $1) }
        }

        /// The ids of the metrics whose direction reverses when the positive prediction is harmful.
        static let reversedWhenPunitive: Set<String> = Set([
            GroupMetric.selectionRate, .predictedPositiveShare, .truePositiveRate,
            .falseNegativeRate, .falseOmissionRate, .negativePredictiveValue,
        ].map(\.id))

        /// Checks the settings against the protected attributes: metrics listed once, τ in (0, 1],
        /// privileged and reference values that exist.
        func validate(against features: [SensitiveFeature]) throws {
            guard !metrics.isEmpty else { throw FairnessAuditError.invalidArgument("an audit needs at least one metric") }
            if let repeated = repeatedElement(metrics.map(\.id)) {
                throw FairnessAuditError.invalidArgument("the metric '\(repeated)' is listed twice; list each metric once")
            }
            guard threshold > 0, threshold <= 1 else {
                throw FairnessAuditError.invalidArgument(
                    "the fairness threshold τ is \(formatNumber(threshold)); it must lie in (0, 1] (Aequitas and the four-fifths rule use 0.8)")
            }
            guard confidence > 0, confidence < 1 else {
                throw FairnessAuditError.invalidArgument(
                    "the confidence is \(formatNumber(confidence)); it must lie strictly between 0 and 1 (0.95 for 95% intervals)")
            }
            guard bootstrapReplicates >= 0 else {
                throw FairnessAuditError.invalidArgument("the number of bootstrap resamples is \(bootstrapReplicates); it must be 0 (none) or more")
            }
            guard smallGroupRows >= 0 else {
                throw FairnessAuditError.invalidArgument("the small-group size is \(smallGroupRows); it must be 0 or more")
            }
            for (attribute, values) in privileged.sorted(by: { $0.key < $1.key }) {
                let feature = try Self.feature(attribute, in: features, for: "privileged values")
                guard !values.isEmpty else {
                    throw FairnessAuditError.invalidArgument("no privileged value is given for '\(attribute)'; name at least one")
                }
                for value in values { _ = try feature.code(of: value) }
            }
            if case .values(let values) = reference {
                for (attribute, value) in values.sorted(by: { $0.key < $1.key }) {
                    _ = try Self.feature(attribute, in: features, for: "a reference value").code(of: value)
                }
            }
        }

        /// The Aequitas reference of the section over `attributes`.
        func referenceGroup(for attributes: [String]) -> ReferenceGroup {
            switch reference {
            case .largest: return .largest
            case .minimumMetric: return .minimumMetric
            case .values(let values):
                let named = attributes.compactMap { attribute in values[attribute].map { "\(attribute)=\($0)" } }
                return named.count == attributes.count ? .named(named.joined(separator: ", ")) : .largest
            }
        }

        private static func feature(_ name: String, in features: [SensitiveFeature], for use: String) throws -> SensitiveFeature {
            if let feature = features.first(where: { $0.name == name }) { return feature }
            let names = features.map(\.name)
            var text = "\(use) name '\(name)', which is not a protected attribute"
            if let near = nearestName(to: name, in: names) { text += "; did you mean '\(near)'?" }
            throw FairnessAuditError.invalidArgument(text + " (protected: \(names.joined(separator: ", ")))")
        }
    }

    /// The group each group is compared with in the Aequitas-style disparities.
    public enum Reference: Sendable, Equatable {
        /// The largest group by weight (Aequitas's majority group): the default.
        case largest
        /// For each metric, the group with the lowest value (Aequitas's min metric).
        case minimumMetric
        /// A chosen value per attribute, `["sex": "Male", "race": "White"]`: a section whose
        /// attributes all have one compares with the group holding those values (the intersection
        /// with every value); any other section falls back to the largest group.
        case values([String: String])
    }
}

/// The first element that occurs twice, if any.
func repeatedElement<T: Hashable>(_ elements: [T]) -> T? {
    var seen = Set<T>()
    return elements.first { !seen.insert($0).inserted }
}
