import FairKit

/// What `learn audit` was asked, as the command line wrote it: the option values still as text,
/// so that parsing them (`AuditRequest+Parsing.swift`) and reporting what is wrong with them
/// happen in one place. Run it with `run(currentDirectory:)`.
public struct AuditRequest: Sendable, Equatable {
    /// The CSV file (relative paths from the current folder).
    public var data: String
    /// The label column.
    public var label: String
    /// The prediction column.
    public var prediction: String?
    /// Instead of `prediction`: the score column.
    public var score: String?
    /// The score threshold (default 0.5).
    public var threshold: String?
    /// The positive value of a text (or non-0/1) label and prediction.
    public var positive: String?
    /// The instance-weight column.
    public var weight: String?
    /// Protected columns, comma-separated: "sex,race".
    public var protected: String
    /// Privileged groups: "sex=Male,race=White", "race=White,Asian-Pac-Islander", "age>25".
    public var privileged: String?
    /// Ranges of numeric protected columns: "age=18-25,26-40,41-".
    public var bins: String?
    /// The Aequitas reference: "majority" (default), "min", or "sex=Male[,race=White]".
    public var reference: String?
    /// Metric ids, comma-separated (default: selection_rate, tpr, fpr, fnr, ppv, accuracy).
    public var metrics: String?
    /// Aequitas's τ (default 0.8).
    public var tau: String?
    /// The intervals' confidence (default 0.95).
    public var confidence: String?
    /// Bootstrap resamples for the intervals of differences and ratios (default 1000; 0: none).
    public var bootstrap: String?
    /// Drop rows missing a label, prediction, score or weight instead of stopping.
    public var dropMissing: Bool
    /// The positive prediction is punitive (a "high risk" flag).
    public var positiveIsHarmful: Bool
    /// Add the data-bias report of the audited rows.
    public var dataBias: Bool
    /// Columns the data-bias report leaves out, comma-separated (needs `dataBias`).
    public var exclude: String?

    /// A request; every option but the file, label and protected columns may be left out.
    public init(data: String, label: String, prediction: String? = nil, score: String? = nil, threshold: String? = nil,
                positive: String? = nil, weight: String? = nil, protected: String, privileged: String? = nil,
                bins: String? = nil, reference: String? = nil, metrics: String? = nil, tau: String? = nil,
                dropMissing: Bool = false, positiveIsHarmful: Bool = false, dataBias: Bool = false, exclude: String? = nil,
                confidence: String? = nil, bootstrap: String? = nil) {
        self.data = data
        self.label = label
        self.prediction = prediction
        self.score = score
        self.threshold = threshold
        self.positive = positive
        self.weight = weight
        self.protected = protected
        self.privileged = privileged
        self.bins = bins
        self.reference = reference
        self.metrics = metrics
        self.tau = tau
        self.dropMissing = dropMissing
        self.positiveIsHarmful = positiveIsHarmful
        self.dataBias = dataBias
        self.exclude = exclude
        self.confidence = confidence
        self.bootstrap = bootstrap
    }

    /// The score threshold when none is given: predictions are score >= 0.5.
    public static let defaultThreshold = 0.5

    /// The metrics audited when `--metrics` is not given, as `--metrics` lists them.
    public static let defaultMetricIDs = FairnessAudit.Options.defaultMetrics.map(\.id).joined(separator: ",")
}
