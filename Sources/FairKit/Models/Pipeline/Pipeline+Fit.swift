import Foundation

extension Pipeline {
    /// Learns everything from `table`: the label's positive value, the feature columns, the fill
    /// values (`.impute`), the encoder (categories, means and scales) and the classifier.
    /// Weights come from `settings.weight`, or from `sampleWeight` (one per row of `table`), not
    /// both. Fitting again starts from scratch.
    public mutating func fit(_ table: Table, sampleWeight: [Double]? = nil) throws {
        fitted = nil
        provenance = nil
        let label = try BinaryLabel(fitting: table.column(settings.label), positive: settings.positive)
        let (features, excluded) = try chooseColumns(in: table)
        guard !features.isEmpty else {
            throw ModelError.invalidSetting(name: "features", value: "none",
                                            requirement: "at least one column besides the label, the weight and the protected columns")
        }
        var weights = try self.weights(table, given: sampleWeight)
        var labels = try label.values(in: table)

        // Rows the classifier cannot learn from: a missing label or weight, or (.dropRows) feature.
        var keep = [Bool](repeating: true, count: table.rowCount)
        var checked: [(String, [Bool])] = [(settings.label, labels.map { $0 == nil })]
        if let weights, let name = settings.weight { checked.append((name, weights.map { $0 == nil })) }
        if settings.missingValues == .dropRows {
            for name in features { let column = try table.column(name); checked.append((name, (0..<table.rowCount).map(column.isMissing))) }
        }
        for (name, missing) in checked {
            for row in missing.indices where missing[row] {
                guard settings.missingValues == .dropRows else { throw DataError.missingValue(column: name, row: row) }
                keep[row] = false
            }
        }
        var training = table
        let kept = keep.indices.filter { keep[$0] }
        if kept.count < table.rowCount {
            training = table.selectingRows(kept)
            labels = kept.map { labels[$0] }
            weights = weights.map { w in kept.map { w[$0] } }
        }

        var imputer: MissingValueImputer?
        var imputed: [(column: String, count: Int)] = []
        if settings.missingValues == .impute {
            var filler = MissingValueImputer(columns: features)
            try filler.fit(training)
            imputed = zip(features, try filler.missingCounts(in: training)).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
            training = try filler.transform(training)
            imputer = filler
        }
        let rowWeights = weights?.map { $0 ?? 0 }
        var encoder = FeatureEncoder(columns: features, handleUnknown: settings.unknownCategories,
                                     standardizeNumeric: settings.standardizeNumeric)
        let x = try encoder.fitTransform(training, sampleWeight: rowWeights).matrix
        var model = classifier
        try model.fit(x, labels.map { $0 ?? 0 }, sampleWeight: rowWeights)
        classifier = model
        fitted = FittedState(label: label, imputer: imputer, encoder: encoder, excludedColumns: excluded,
                             training: TrainingSummary(rows: table.rowCount, rowsUsed: kept.count,
                                                       rowsDropped: table.rowCount - kept.count, imputed: imputed))
        provenance = Provenance(trainingRows: kept.count)
    }

    /// The feature columns in order, and every other column with the reason it is left out.
    func chooseColumns(in table: Table) throws -> (features: [String], excluded: [ExcludedColumn]) {
        for name in settings.protected + [settings.weight].compactMap({ $0 }) { _ = try table.column(name) }
        var reasons: [String: ExcludedColumn.Reason] = [settings.label: .label]
        if let weight = settings.weight { reasons[weight] = .weight }
        if !settings.includeProtected { for name in settings.protected where reasons[name] == nil { reasons[name] = .protected } }
        let candidates: [String]
        switch settings.features {
        case .all:
            candidates = table.columnNames
        case .allExcept(let names):
            for name in names {
                _ = try table.column(name)
                if reasons[name] == nil { reasons[name] = .excluded }
            }
            candidates = table.columnNames
        case .columns(let names):
            for name in names { _ = try table.column(name) }
            if let twice = Dictionary(grouping: names, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
                throw ModelError.invalidSetting(name: "features", value: twice, requirement: "each column once")
            }
            if names.contains(settings.label) {
                throw ModelError.invalidSetting(name: "features", value: settings.label, requirement: "not the label column")
            }
            let chosen = Set(names)
            for name in table.columnNames where !chosen.contains(name) && reasons[name] == nil { reasons[name] = .notSelected }
            candidates = names
        }
        let features = candidates.filter { reasons[$0] == nil }
        let excluded = table.columnNames.compactMap { name in reasons[name].map { ExcludedColumn(column: name, reason: $0) } }
        return (features, excluded)
    }

    /// The sample weights: from the weight column (nil where missing), or as given, or none.
    private func weights(_ table: Table, given: [Double]?) throws -> [Double?]? {
        switch (settings.weight, given) {
        case (nil, nil): return nil
        case (nil, let w?):
            guard w.count == table.rowCount else {
                throw ModelError.dimensionMismatch(expected: table.rowCount, got: w.count, what: "number of sample weights (one per row)")
            }
            return w
        case (let name?, nil):
            let column = try table.column(name)
            guard let numbers = column.numbers else {
                throw TableError.wrongKind(column: name, expected: [.numeric], actual: column.kind)
            }
            return numbers
        case (let name?, _?):
            throw ModelError.invalidSetting(name: "sampleWeight", value: "given",
                                            requirement: "no weights when the settings name a weight column ('\(name)')")
        }
    }
}
