/// A fairness audit of a classifier's predictions: every group's metrics and the disparities
/// between groups in the three conventions users know, with flags and the groups too small to judge.
///
/// For each protected attribute, and then for their intersection when there are several (sex,
/// then race, then sex x race), a `Section` holds:
/// - each group's rows, weight, share and metrics (the metric table, `GroupMetric`), and overall;
/// - Fairlearn's between-groups difference (max - min) and ratio (min / max) of every metric, and
///   its demographic parity, equalized odds and equal opportunity (Weerts et al. 2023, JMLR 24);
/// - AIF360's comparisons of the unprivileged with the privileged group, when the privileged
///   values are given: statistical parity difference SR_u - SR_p, disparate impact SR_u / SR_p,
///   equal opportunity difference TPR_u - TPR_p, average odds difference
///   ½[(FPR_u - FPR_p) + (TPR_u - TPR_p)] (Bellamy et al. 2019, IBM J. Res. Dev. 63);
/// - Aequitas's disparities m(g) / m(reference) with the verdict fair ⇔ τ ≤ disparity ≤ 1/τ
///   (Saleiro et al. 2018, arXiv:1811.05577; `DisparityAudit`).
///
/// A **flag** is a ratio outside [τ, 1/τ]: an Aequitas disparity, or AIF360's disparate impact
/// when it compares groups the Aequitas disparities do not (see `Flag`). Differences have no agreed
/// threshold and are reported, not flagged. Flags are ordered worst first by |ln disparity|, so a
/// ratio of 0.5 and one of 2 are equally severe. A flag on a group (or against a reference) with
/// fewer rows than `smallGroupRows` is not judged: it is listed in `smallGroupFlags` instead.
///
/// Example (hand-checked): sex = Male with TP 80, FP 20, TN 80, FN 20 (200 rows) and Female with
/// TP 10, FP 10, TN 60, FN 20 (100 rows). Selection rates are 100/200 = 0.5 and 20/100 = 0.2, so
/// Female's disparity against the largest group, Male, is 0.2 / 0.5 = 0.4 < 0.8: flagged, Female
/// disadvantaged. TPRs are 80/100 = 0.8 and 10/30 = 1/3: disparity 5/12 ≈ 0.417, flagged. With
/// `privileged: ["sex": ["Male"]]`, statistical parity difference 0.2 - 0.5 = -0.3 and disparate
/// impact 0.4 (not flagged again: it compares the same two groups as the Aequitas disparity).
public struct FairnessAudit: Sendable, Codable {
    /// Where the audited numbers came from, for the report's header.
    public let source: Source
    /// Rows audited (after any dropped for missing values).
    public let rowCount: Int
    /// Whether instance weights entered the counts.
    public let weighted: Bool
    /// Aequitas's τ: fair within [τ, 1/τ].
    public let threshold: Double
    /// Groups with fewer rows are too small to judge.
    public let smallGroupRows: Int
    /// Whether the positive prediction was declared harmful (metrics read from the affected
    /// person's view: see `Options.audited(_:)`).
    public let positiveIsHarmful: Bool
    /// The metrics audited, in report order, with the directions used.
    public let metrics: [AuditedMetric]
    /// One section per protected attribute, then one for their intersection.
    public let sections: [Section]
    /// Disparities outside [τ, 1/τ] between groups large enough to judge, worst first.
    public let flags: [Flag]
    /// Disparities outside [τ, 1/τ] that involve a group with fewer than `smallGroupRows` rows,
    /// worst first: shown, not counted.
    public let smallGroupFlags: [Flag]
    /// The data-bias report of the audited rows, when asked for (see `dataBias(of:...)`).
    public internal(set) var dataBias: DataBiasReport?
    /// How the intervals and tests were made (see `Uncertainty`).
    public let uncertainty: Uncertainty

    private enum CodingKeys: String, CodingKey {
        case source, threshold, metrics, sections, flags
        case rowCount = "row_count", weighted, smallGroupRows = "small_group_rows"
        case positiveIsHarmful = "positive_is_harmful", smallGroupFlags = "small_group_flags", dataBias = "data_bias", uncertainty
    }

    /// A metric as the audit used it.
    public struct AuditedMetric: Sendable, Codable, Equatable {
        /// The metric table's id (`GroupMetric.id`).
        public let id: String
        /// The name for people.
        public let displayName: String
        /// The formula in symbols.
        public let formula: String
        /// Which way favours a group, as the audit read it (see `Options.positiveIsHarmful`).
        public let direction: MetricDirection

        private enum CodingKeys: String, CodingKey {
            case id, displayName = "display_name", formula, direction
        }
    }

    /// What was audited, as the report names it; fields that do not apply are `nil` (and absent
    /// from JSON).
    public struct Source: Sendable, Codable, Equatable {
        /// The data's name: a file path, or a dataset's name.
        public var data: String?
        /// Rows in the data.
        public var rowsRead: Int?
        /// Rows dropped for a missing label, prediction, score or weight.
        public var rowsDropped: Int
        /// The label column.
        public var label: String?
        /// The label value counted as positive.
        public var labelPositive: String?
        /// The prediction column (`nil` when predictions come from scores).
        public var prediction: String?
        /// The prediction value counted as positive.
        public var predictionPositive: String?
        /// The score column, when predictions are score >= `scoreThreshold`.
        public var score: String?
        /// The score threshold.
        public var scoreThreshold: Double?
        /// The instance-weight column.
        public var weight: String?

        /// A source; every field is optional but the dropped-row count.
        public init(data: String? = nil, rowsRead: Int? = nil, rowsDropped: Int = 0, label: String? = nil,
                    labelPositive: String? = nil, prediction: String? = nil, predictionPositive: String? = nil,
                    score: String? = nil, scoreThreshold: Double? = nil, weight: String? = nil) {
            self.data = data
            self.rowsRead = rowsRead
            self.rowsDropped = rowsDropped
            self.label = label
            self.labelPositive = labelPositive
            self.prediction = prediction
            self.predictionPositive = predictionPositive
            self.score = score
            self.scoreThreshold = scoreThreshold
            self.weight = weight
        }

        private enum CodingKeys: String, CodingKey {
            case data, label, prediction, score, weight
            case rowsRead = "rows_read", rowsDropped = "rows_dropped", labelPositive = "label_positive"
            case predictionPositive = "prediction_positive", scoreThreshold = "score_threshold"
        }
    }

    /// Audits 0/1 `labels` and `predictions` (with optional instance `weights`) across the groups of
    /// the protected attributes `protected`: one section per attribute, then their intersection.
    public init(labels: [Int], predictions: [Int], weights: [Double]? = nil, protected features: [SensitiveFeature],
                options: Options = Options(), source: Source = Source()) throws {
        try MetricInput.validate(labels: labels, predictions: predictions, weights: weights)
        guard !features.isEmpty else { throw FairnessAuditError.invalidArgument("an audit needs at least one protected attribute") }
        if let repeated = repeatedElement(features.map(\.name)) {
            throw FairnessAuditError.invalidArgument("the protected attribute '\(repeated)' is listed twice; list each once")
        }
        guard !labels.isEmpty else { throw FairnessAuditError.noRows(droppedRows: source.rowsDropped) }
        if let weights, !weights.contains(where: { $0 > 0 }) {
            throw FairnessAuditError.invalidArgument("every weight is 0, so no group has any weight to measure; check the weight column")
        }
        try options.validate(against: features)

        let metrics = options.auditedMetrics
        let outcomes = Outcomes(labels: labels, predictions: predictions, weights: weights)
        var attributeSets = features.map { [$0] }
        if features.count > 1 { attributeSets.append(features) }
        var sections = try attributeSets.map { try Section(features: $0, outcomes: outcomes, metrics: metrics, options: options) }
        self.uncertainty = try Self.measureUncertainty(of: &sections, features: features, outcomes: outcomes, options: options)

        self.source = source
        self.rowCount = labels.count
        self.weighted = weights != nil
        self.threshold = options.threshold
        self.smallGroupRows = options.smallGroupRows
        self.positiveIsHarmful = options.positiveIsHarmful
        self.metrics = metrics.map { AuditedMetric(id: $0.id, displayName: $0.displayName, formula: $0.formula, direction: $0.direction) }
        self.sections = sections
        let found = Flag.flags(in: sections, options: options)
        self.flags = found.filter { !$0.involvesSmallGroup }
        self.smallGroupFlags = found.filter(\.involvesSmallGroup)
    }

    /// The audited metric with id `id`.
    public func metric(_ id: String) -> AuditedMetric? {
        metrics.first { $0.id == id }
    }

    /// Every group, in every section, with fewer than `smallGroupRows` rows.
    public var smallGroups: [(section: Section, group: Group)] {
        sections.flatMap { section in section.groups.filter(\.isSmall).map { (section, $0) } }
    }
}

/// The per-row inputs every section reads.
struct Outcomes {
    let labels: [Int]
    let predictions: [Int]
    let weights: [Double]?
}
