extension FairnessAudit {
    /// The data-bias report (`DataBiasReport`) of the rows an audit reads: who is in the data, how
    /// often each group has the favorable label, whose values are missing, which features stand in
    /// for a protected attribute -- before any model, next to what the model does.
    ///
    /// It sees what the audit sees: the audited rows (after any dropped for a missing label,
    /// prediction, score or weight), the protected columns as the audit grouped them (bins and
    /// thresholds applied; a missing value missing), the same weights. The favorable label is the
    /// label's positive value, or its other value when the positive prediction is harmful (a
    /// recidivism label of 1 is not good news). Every other column except the prediction, score,
    /// weight and `excluded` columns is a feature scanned for proxies and missing values; the proxy
    /// scan skips identifier-like and free-text columns and uses the bias-corrected Cramér's V, so
    /// that a column with many rare values does not rank as a proxy by chance.
    /// Missing-value gaps compare the groups of `smallGroupRows` rows or more, as the audit judges.
    static func dataBias(of table: Table, features: [SensitiveFeature], columns: Columns, labels: BinaryColumn,
                         weights: [Double]?, positiveIsHarmful: Bool, smallGroupRows: Int,
                         excluded userExcluded: [String]) throws -> DataBiasReport {
        for name in userExcluded { _ = try table.column(name) }
        var grouped = table
        for feature in features {
            let missing = feature.hasMissingLevel ? Int32(feature.levels.count - 1) : -1
            grouped = try grouped.adding(.categorical(feature.name, feature.codes.map { $0 == missing ? nil : feature.levels[Int($0)] }))
        }
        var outcome = [columns.label]
        switch columns.prediction {
        case .column(let name), .score(let name, _): outcome.append(name)
        }
        if let weight = columns.weight { outcome.append(weight) }
        let excluded = Set(outcome + features.map(\.name) + userExcluded)
        var favorable = labels.positiveCell
        if positiveIsHarmful {
            favorable = BinaryColumn.distinctValues(try table.column(columns.label)).first { $0 != labels.positiveCell } ?? favorable
        }
        return try DataBiasReport(table: grouped, protectedColumns: features.map(\.name), labelColumn: columns.label,
                                  favorableLabel: favorable ?? .missing,
                                  options: DataBiasOptions(featureColumns: table.columnNames.filter { !excluded.contains($0) },
                                                           weights: weights, minimumGroupRows: smallGroupRows,
                                                           biasCorrectedCramersV: true))
    }
}
