/// Which association a proxy entry's main value is.
public enum AssociationMeasure: String, Sendable, Codable {
    /// Cramér's V, for a categorical or boolean feature.
    case cramersV = "cramers_v"
    /// Bergsma's bias-corrected Cramér's V.
    case biasCorrectedCramersV = "cramers_v_bias_corrected"
    /// The correlation ratio η, for a numeric feature.
    case correlationRatio = "correlation_ratio"
}

/// The associations at or above which a feature is called a likely proxy.
///
/// Defaults: V ≥ 0.3 or η ≥ 0.3 or NMI ≥ 0.1. For a two-group attribute V = |φ| and η = |r_pb|
/// (the point-biserial correlation), both correlations, and 0.3 is Cohen's "medium" effect for a
/// correlation (Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed., 1988,
/// §3.2 and, for V, §7.2): an association a model can learn and use. NMI has no published
/// convention; 0.1 is set so that it rarely fires where V and η do not (two balanced binary
/// variables with φ = 0.3 have NMI 0.066; NMI 0.1 needs φ ≈ 0.37) but does catch what they miss:
/// a numeric feature whose spread or shape, not mean, differs by group.
public struct ProxyThresholds: Sendable, Equatable, Codable {
    /// Cramér's V (plain or bias-corrected) at or above which a categorical feature is flagged.
    public var cramersV: Double
    /// η at or above which a numeric feature is flagged.
    public var correlationRatio: Double
    /// NMI at or above which any feature is flagged.
    public var normalizedMutualInformation: Double

    /// Thresholds, by default V 0.3, η 0.3, NMI 0.1.
    public init(cramersV: Double = 0.3, correlationRatio: Double = 0.3, normalizedMutualInformation: Double = 0.1) {
        self.cramersV = cramersV
        self.correlationRatio = correlationRatio
        self.normalizedMutualInformation = normalizedMutualInformation
    }

    enum CodingKeys: String, CodingKey {
        case cramersV = "cramers_v", correlationRatio = "correlation_ratio"
        case normalizedMutualInformation = "normalized_mutual_information"
    }
}

/// How strongly one feature is associated with a protected attribute.
public struct ProxyAssociation: Sendable, Equatable, Codable {
    /// The feature column.
    public let feature: String
    /// Its kind.
    public let featureKind: ColumnKind
    /// What `value` measures: Cramér's V (categorical, boolean) or η (numeric).
    public let measure: AssociationMeasure
    /// V or η, in [0, 1]; undefined (with the reason) for a constant column or no shared rows.
    public let value: MetricValue
    /// Normalised mutual information over the feature's levels or quantile bins: the common scale
    /// on which features of every kind are ranked.
    public let normalizedMutualInformation: MetricValue
    /// Rows where both the feature and the protected attribute have a value.
    public let rowsUsed: Int
    /// Rows left out because one of the two is missing.
    public let rowsExcluded: Int
    /// Distinct levels (categorical, boolean, numeric with few values) or quantile bins that occur
    /// in the rows used.
    public let featureLevels: Int
    /// Whether a numeric feature was put into quantile bins for NMI.
    public let binned: Bool
    /// Whether V or η, or NMI, reaches its threshold.
    public let likelyProxy: Bool
    /// Caveats that weaken the value: many levels, sparse cells.
    public let notes: [String]

    enum CodingKeys: String, CodingKey {
        case feature, measure, value, binned, notes
        case featureKind = "feature_kind", normalizedMutualInformation = "normalized_mutual_information"
        case rowsUsed = "rows_used", rowsExcluded = "rows_excluded", featureLevels = "feature_levels"
        case likelyProxy = "likely_proxy"
    }
}

/// Every feature ranked by its association with one protected attribute, likely proxies flagged.
///
/// A proxy is a feature that carries the protected attribute's information: dropping the
/// attribute from a model does not stop it from learning group membership through its proxies
/// ("fairness through unawareness" fails; Pedreschi, Ruggieri & Turini, "Discrimination-aware data
/// mining", KDD 2008; Feldman et al., "Certifying and removing disparate impact", KDD 2015).
///
/// Measures, over the rows where both columns have a value (missing values excluded pairwise and
/// counted):
/// - categorical or boolean feature: Cramér's V = √(X² / (n (min(r, c) - 1))), X² Pearson's
///   statistic of the r × c contingency table (scipy's `association(method="cramer")`), or
///   Bergsma's bias-corrected V (see `ContingencyTable.cramersV`).
/// - numeric feature: the correlation ratio η = √(SS_between / SS_total) = √(Σ_g n_g (x̄_g - x̄)²
///   / Σᵢ (xᵢ - x̄)²) (Pearson, 1905; Fisher, Statistical Methods for Research Workers, 1925), the
///   share of the feature's variance the groups explain, square-rooted.
/// - every feature: normalised mutual information (scikit-learn's `normalized_mutual_info_score`,
///   arithmetic mean) between the groups and the feature's values, a numeric feature with more
///   than `numericBins` distinct values in quantile bins (see `CodedColumn`).
/// Features are ranked by V or η, highest first, then by NMI (undefined last): V and η share a
/// scale (both are correlations for a two-group attribute, and Cohen's 0.3 applies to both), and
/// unlike NMI, which grows with a feature's number of levels whatever the association, the
/// bias-corrected V does not reward many levels -- so the top of the list is the features a model
/// could actually use. A feature is a likely proxy when V or η, or NMI, reaches its threshold
/// (`ProxyThresholds`).
///
/// Example: sex = [f, f, m, m] and job = [a, a, b, b]: X² = 4, n = 4, V = √(4/4) = 1, NMI = 1;
/// job = [a, b, a, b] gives X² = 0, V = 0, NMI = 0.
public struct ProxyScan: Sendable, Equatable, Codable {
    /// The protected attribute's column.
    public let protectedColumn: String
    /// The thresholds applied.
    public let thresholds: ProxyThresholds
    /// Whether V is Bergsma's bias-corrected one.
    public let biasCorrected: Bool
    /// Numeric features with more distinct values than this are binned for NMI.
    public let numericBins: Int
    /// Every feature, strongest first (V or η, then NMI).
    public let features: [ProxyAssociation]

    enum CodingKeys: String, CodingKey {
        case thresholds, features
        case protectedColumn = "protected_column", biasCorrected = "bias_corrected", numericBins = "numeric_bins"
    }

    /// The features flagged as likely proxies, strongest first.
    public var likelyProxies: [ProxyAssociation] { features.filter(\.likelyProxy) }

    /// A categorical feature with more distinct values than this gets a note: V and NMI are
    /// inflated by chance when levels are many and rows per level few.
    static let highCardinality = 50
    /// Cochran's rule: above this share of sparse cells the chi-square approximation is poor.
    static let sparseCellLimit = 0.2

    /// Scans `features`, each with its codes (coded once by the caller, however many protected
    /// attributes are scanned), against `groups`.
    init(_ groups: GroupIndex, features: [(column: Column, coded: CodedColumn)], thresholds: ProxyThresholds,
         biasCorrected: Bool, numericBins: Int) {
        protectedColumn = groups.columnNames.joined(separator: ", ")
        self.thresholds = thresholds
        self.biasCorrected = biasCorrected
        self.numericBins = numericBins
        let entries = features.map { Self.association(groups, $0.column, $0.coded, thresholds: thresholds, biasCorrected: biasCorrected) }
        // Stable: equal values keep table order; undefined values last.
        func key(_ a: ProxyAssociation) -> (Double, Double) { (a.value.number ?? -1, a.normalizedMutualInformation.number ?? -1) }
        self.features = entries.enumerated().sorted { a, b in
            let x = key(a.element), y = key(b.element)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    static func checkBins(_ bins: Int) throws {
        guard bins >= 2 else {
            throw DataError.invalidArgument("numericBins is \(bins); numeric features need at least 2 bins (10, deciles, is usual)")
        }
    }

    /// Throws for an infinite or NaN number in a numeric column: it has no rank for the bins and
    /// would turn η into NaN.
    static func requireFinite(_ columns: [Column]) throws {
        for column in columns {
            guard case .numeric(let numbers) = column.values else { continue }
            for (row, x) in numbers.enumerated() {
                guard let x, !x.isFinite else { continue }
                throw DataError.invalidArgument("column '\(column.name)' holds \(x) at row \(row + 1); "
                    + "associations need finite numbers: correct the value or make it missing (nil)")
            }
        }
    }

    /// One feature's entry.
    static func association(_ groups: GroupIndex, _ feature: Column, _ coded: CodedColumn,
                            thresholds: ProxyThresholds, biasCorrected: Bool) -> ProxyAssociation {
        let table = ContingencyTable(groups.codedColumn, coded)
        let nmi = table.normalizedMutualInformation
        let measure: AssociationMeasure
        let value: MetricValue
        var notes: [String] = []
        if case .numeric(let numbers) = feature.values {
            measure = .correlationRatio
            value = correlationRatio(groups, numbers, featureName: feature.name)
        } else {
            measure = biasCorrected ? .biasCorrectedCramersV : .cramersV
            value = table.cramersV(biasCorrected: biasCorrected)
            if table.columnCount > highCardinality {
                // The bias-corrected V is not inflated by many levels; NMI still is.
                notes.append(biasCorrected ? "\(table.columnCount) distinct values: with many levels NMI is inflated by chance"
                    : "\(table.columnCount) distinct values: with many levels V and NMI are inflated by chance; "
                        + "group rare levels or use the bias-corrected V")
            }
            if table.degenerateReason == nil, case let sparse = table.sparseCellShare, sparse > sparseCellLimit {
                notes.append("\(Int((sparse * 100).rounded()))% of cells expect fewer than 5 rows (Cochran's rule allows 20%): "
                    + "V is unreliable")
            }
        }
        let limit = measure == .correlationRatio ? thresholds.correlationRatio : thresholds.cramersV
        let likely = (value.number ?? 0) >= limit || (nmi.number ?? 0) >= thresholds.normalizedMutualInformation
        let used = Int(table.total)
        return ProxyAssociation(feature: feature.name, featureKind: feature.kind, measure: measure, value: value,
                                normalizedMutualInformation: nmi, rowsUsed: used,
                                rowsExcluded: feature.count - used, featureLevels: table.columnCount,
                                binned: coded.binned, likelyProxy: likely, notes: notes)
    }

    /// η over the rows with a group and a value; undefined with one group or a constant feature.
    static func correlationRatio(_ groups: GroupIndex, _ numbers: [Double?], featureName: String) -> MetricValue {
        var byGroup = [[Double]](repeating: [], count: groups.count)
        for (row, code) in groups.codes.enumerated() where code >= 0 {
            if let x = numbers[row] { byGroup[Int(code)].append(x) }
        }
        let name = groups.codedColumn.name
        let present = byGroup.filter { !$0.isEmpty }
        let total = WeightedMoments(present.flatMap { $0 })
        guard total.count > 0 else { return .undefined(reason: "no row has a value in both \(name) and \(featureName)") }
        guard present.count >= 2 else {
            return .undefined(reason: "\(name) holds a single group in the \(rowsText(total.count)) where \(featureName) has a value")
        }
        guard total.squaredDeviations > 0 else {
            return .undefined(reason: "\(featureName) holds a single value in the \(rowsText(total.count)) where \(name) has one")
        }
        // SS_between = Σ_g n_g (x̄_g - x̄)² directly, not SS_total - SS_within, which cancels when η is small.
        let mean = total.mean ?? 0
        let between = present.reduce(0) { sum, values in
            let groupMean = WeightedMoments(values).mean ?? mean
            return sum + Double(values.count) * (groupMean - mean) * (groupMean - mean)
        }
        return .value(min(1, between / total.squaredDeviations).squareRoot())
    }
}

extension Table {
    /// Every column in `features` (by default all but `protectedColumn`) ranked by its association
    /// with `protectedColumn` (categorical or boolean), likely proxies flagged; see `ProxyScan`.
    ///
    /// - Parameter numericBins: numeric features with more distinct values are put into this many
    ///   quantile bins for NMI (at least 2; 10 by default, deciles).
    public func proxyScan(for protectedColumn: String, features: [String]? = nil,
                          thresholds: ProxyThresholds = ProxyThresholds(), biasCorrected: Bool = false,
                          numericBins: Int = 10) throws -> ProxyScan {
        try ProxyScan.checkBins(numericBins)
        let groups = try GroupIndex(dataBiasGroupsOf: self, columns: [protectedColumn])
        if features?.contains(protectedColumn) == true {
            throw DataError.invalidArgument("'\(protectedColumn)' is the protected column; it cannot be scanned as its own proxy")
        }
        let columns = try (features ?? columnNames.filter { $0 != protectedColumn }).map { try column($0) }
        try ProxyScan.requireFinite(columns)
        return ProxyScan(groups, features: columns.map { ($0, CodedColumn($0, numericBins: numericBins)) },
                         thresholds: thresholds, biasCorrected: biasCorrected, numericBins: numericBins)
    }
}
