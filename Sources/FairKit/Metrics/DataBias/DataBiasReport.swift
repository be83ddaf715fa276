/// Settings of a data-bias report; every one has a documented default.
public struct DataBiasOptions: Sendable {
    /// The columns scanned for proxies and whose missing values are compared (default: every
    /// column but the label and the protected columns).
    public var featureColumns: [String]?
    /// Instance weights for the label base rates (one per row), or nil.
    public var weights: [Double]?
    /// Population shares for some groupings (a protected column, or all of them together).
    public var referenceShares: [ReferenceShares]
    /// Whether to add the intersection of all protected columns as a grouping when there are several.
    public var intersections: Bool
    /// A group below this ratio of its population share is under-represented (default 0.8).
    public var underRepresentationRatio: Double
    /// A missing-rate gap between groups above this is flagged, if significant (default 0.05).
    public var missingGapThreshold: Double
    /// The level of the chi-square tests behind missingness flags (default 0.05).
    public var significanceLevel: Double
    /// Groups with fewer rows take no part in the missing-value gaps (default 0: every group).
    public var minimumGroupRows: Int
    /// When a feature is a likely proxy (default V or η ≥ 0.3, NMI ≥ 0.1).
    public var proxyThresholds: ProxyThresholds
    /// Whether to use Bergsma's bias-corrected Cramér's V (default false: scipy's plain V).
    public var biasCorrectedCramersV: Bool
    /// Quantile bins for numeric features in NMI (default 10).
    public var numericBins: Int
    /// Whether the proxy scan skips identifier-like and free-text features (default true; see
    /// `FeatureScreen`). Their missing values are still compared.
    public var skipsIdentifiersAndFreeText: Bool

    /// Options with the defaults above; name only those to change.
    public init(featureColumns: [String]? = nil, weights: [Double]? = nil, referenceShares: [ReferenceShares] = [],
                intersections: Bool = true, underRepresentationRatio: Double = 0.8, missingGapThreshold: Double = 0.05,
                significanceLevel: Double = 0.05, minimumGroupRows: Int = 0, proxyThresholds: ProxyThresholds = ProxyThresholds(),
                biasCorrectedCramersV: Bool = false, numericBins: Int = 10, skipsIdentifiersAndFreeText: Bool = true) {
        self.featureColumns = featureColumns
        self.weights = weights
        self.referenceShares = referenceShares
        self.intersections = intersections
        self.underRepresentationRatio = underRepresentationRatio
        self.missingGapThreshold = missingGapThreshold
        self.significanceLevel = significanceLevel
        self.minimumGroupRows = minimumGroupRows
        self.proxyThresholds = proxyThresholds
        self.biasCorrectedCramersV = biasCorrectedCramersV
        self.numericBins = numericBins
        self.skipsIdentifiersAndFreeText = skipsIdentifiersAndFreeText
    }
}

/// Bias in the data itself, before any model: who is in the data, how often each group has the
/// favorable label, whose values are missing, and which features stand in for a protected
/// attribute. Each check is documented on its own type: `Representation`, `LabelBaseRates`,
/// `Missingness`, `ProxyScan`.
///
///     let german = try Dataset.germanCredit()
///     let report = try DataBiasReport(dataset: german)
///     report.summary.forEach { print($0) }   // "personal_status is a likely proxy for sex (Cramér's V 1.000, ...)"
///     let json = try JSONEncoder().encode(report)
///
/// The sentences (`summary`) are the report room's (`DataBiasSummary`): this type holds numbers.
///
/// JSON (Codable) field names are snake_case and stable: `row_count`, `protected_columns`,
/// `label_column`, `favourable_label`, `feature_columns`, `representation` (one per grouping: each
/// protected column, then their intersection), `label_base_rates` (same groupings),
/// `missingness` and `proxies` (one per protected column), `skipped_features` (left out of the
/// proxy scan, with the reason), `significance_level`. Metric values
/// are `{"value": x}` or `{"value": null, "undefined": reason}`; optional fields are left out
/// when they do not apply (`reference_share` without population shares). docs/fairkit-databias.md
/// lists every field.
public struct DataBiasReport: Sendable, Equatable, Codable {
    /// Rows in the table.
    public let rowCount: Int
    /// The protected columns.
    public let protectedColumns: [String]
    /// The label column.
    public let labelColumn: String
    /// The favorable label value, as text.
    public let favorableLabel: String
    /// The columns scanned for proxies and missing values.
    public let featureColumns: [String]
    /// Representation by each protected column, then by their intersection.
    public let representation: [Representation]
    /// Label base rates by the same groupings.
    public let labelBaseRates: [LabelBaseRates]
    /// Missing values by each protected column.
    public let missingness: [Missingness]
    /// Proxy scans, one per protected column.
    public let proxies: [ProxyScan]
    /// Features the proxy scans skipped (identifier-like, free text), in table order.
    public let skippedFeatures: [SkippedFeature]
    /// The level of the chi-square tests behind the missingness and representation findings.
    public let significanceLevel: Double

    enum CodingKeys: String, CodingKey {
        case representation, missingness, proxies
        case skippedFeatures = "skipped_features", significanceLevel = "significance_level"
        case rowCount = "row_count", protectedColumns = "protected_columns", labelColumn = "label_column"
        case favorableLabel = "favourable_label", featureColumns = "feature_columns", labelBaseRates = "label_base_rates"
    }

    /// Runs every check on `table`.
    ///
    /// - Parameters:
    ///   - protectedColumns: categorical or boolean columns holding group membership (derive a
    ///     group column from a numeric one such as age first).
    ///   - labelColumn: the label; `favorableLabel` is the value that is good news for the person.
    public init(table: Table, protectedColumns: [String], labelColumn: String, favorableLabel: CellValue,
                options: DataBiasOptions = DataBiasOptions()) throws {
        guard !protectedColumns.isEmpty else { throw DataError.invalidArgument("name at least one protected column") }
        guard Set(protectedColumns).count == protectedColumns.count else {
            throw DataError.invalidArgument("the protected columns [\(protectedColumns.joined(separator: ", "))] repeat a column")
        }
        _ = try table.column(labelColumn)
        try ProxyScan.checkBins(options.numericBins)
        let features = try (options.featureColumns ?? table.columnNames.filter { $0 != labelColumn && !protectedColumns.contains($0) })
            .map { try table.column($0) }
        try ProxyScan.requireFinite(features)
        if features.contains(where: { $0.name == labelColumn }) {
            throw DataError.invalidArgument("the label '\(labelColumn)' is among the feature columns; leave it out")
        }

        var groupings = protectedColumns.map { [$0] }
        if options.intersections, protectedColumns.count > 1 { groupings.append(protectedColumns) }
        if let unmatched = options.referenceShares.first(where: { !groupings.contains($0.columns) }) {
            throw DataError.invalidArgument("reference shares are given for [\(unmatched.columns.joined(separator: ", "))], which is "
                + "none of the groupings: \(groupings.map { "[\($0.joined(separator: ", "))]" }.joined(separator: " "))")
        }
        let groups = try groupings.map { try GroupIndex(dataBiasGroupsOf: table, columns: $0) }
        representation = try zip(groupings, groups).map { columns, groups in
            try Representation(groups, reference: options.referenceShares.first { $0.columns == columns },
                               underRepresentationRatio: options.underRepresentationRatio)
        }
        labelBaseRates = try groups.map {
            try LabelBaseRates(table, $0, label: labelColumn, favorable: favorableLabel, weights: options.weights)
        }
        // Missing values are compared for the features, the label and the other protected columns.
        let compared = try table.selecting(protectedColumns + [labelColumn] + features.map(\.name).filter { !protectedColumns.contains($0) })
        missingness = try protectedColumns.indices.map { p in
            try Missingness(compared, groups[p], gapThreshold: options.missingGapThreshold,
                            significanceLevel: options.significanceLevel, minimumGroupRows: options.minimumGroupRows)
        }
        let skipped = options.skipsIdentifiersAndFreeText ? features.compactMap(FeatureScreen.skipped) : []
        let scanned = features.filter { feature in !skipped.contains { $0.column == feature.name } }
        let coded = scanned.map { (column: $0, coded: CodedColumn($0, numericBins: options.numericBins)) }
        proxies = protectedColumns.indices.map { p in
            ProxyScan(groups[p], features: coded.filter { $0.column.name != protectedColumns[p] },
                      thresholds: options.proxyThresholds, biasCorrected: options.biasCorrectedCramersV,
                      numericBins: options.numericBins)
        }
        rowCount = table.rowCount
        self.protectedColumns = protectedColumns
        self.labelColumn = labelColumn
        self.favorableLabel = favorableLabel.description
        featureColumns = features.map(\.name)
        skippedFeatures = skipped
        significanceLevel = options.significanceLevel
    }

    /// Runs every check on a dataset: its protected attributes' columns, its label column and
    /// favorable label, and its feature columns (unless `options` names others).
    public init(dataset: Dataset, options: DataBiasOptions = DataBiasOptions()) throws {
        let label = try dataset.table.column(dataset.labelColumn)
        guard let row = dataset.labels.firstIndex(of: dataset.favorableLabel) else {
            throw DataError.invalidArgument("no row of \(dataset.name) has the favorable label \(dataset.favorableLabel)")
        }
        var options = options
        if options.featureColumns == nil { options.featureColumns = dataset.featureColumns }
        try self.init(table: dataset.table, protectedColumns: dataset.protectedAttributes.map(\.column),
                      labelColumn: dataset.labelColumn, favorableLabel: label[row], options: options)
    }
}
