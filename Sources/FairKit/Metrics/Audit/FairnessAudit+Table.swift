extension FairnessAudit {
    /// Which columns of a table an audit reads, and how.
    public struct Columns: Sendable, Equatable {
        /// Where the predictions come from.
        public enum Prediction: Sendable, Equatable {
            /// A column of predicted classes (0/1, true/false, or two values).
            case column(String)
            /// A numeric column of scores; the prediction is positive where score >= threshold.
            case score(String, threshold: Double)
        }

        /// The true label.
        public var label: String
        /// The predictions, as a column or as scores cut at a threshold.
        public var prediction: Prediction
        /// The value of the label (and of a text prediction column) that is the positive outcome.
        /// Not needed for 0/1 or true/false columns, where 1 and true are positive.
        public var positive: String?
        /// Instance weights (finite, >= 0).
        public var weight: String?
        /// The protected attributes, in the order of the report's sections.
        public var protected: [ProtectedColumn]
        /// Whether rows missing a label, prediction, score or weight are dropped (and counted)
        /// instead of being an error. Missing protected values are never dropped: they form the
        /// group `(missing)`.
        public var dropMissing: Bool

        /// Columns to read; see each property.
        public init(label: String, prediction: Prediction, positive: String? = nil, weight: String? = nil,
                    protected: [ProtectedColumn], dropMissing: Bool = false) {
            self.label = label
            self.prediction = prediction
            self.positive = positive
            self.weight = weight
            self.protected = protected
            self.dropMissing = dropMissing
        }
    }

    /// Audits the predictions in `table`'s columns; `dataName` names the data in the report. With
    /// `dataBias`, the audit also carries the data-bias report of the same rows (`dataBias`), which
    /// leaves out the columns `excludedFromDataBias` (each must exist).
    ///
    /// Label and prediction columns hold two values: 0/1, true/false, or two texts (or numbers)
    /// of which `columns.positive` names the positive one; a column of a single value is fine when
    /// its meaning is clear (all 0, or the positive value seen in the other column). Every problem
    /// is a `FairnessAuditError` naming the column and rows: more than two values, no positive value
    /// named, missing values (unless dropped), a group that dropping rows emptied, a bin no row
    /// falls in. A threshold `split` column's privileged side is its privileged value.
    public init(table: Table, columns: Columns, options: Options = Options(), dataName: String? = nil, dataBias: Bool = false,
                excludedFromDataBias: [String] = []) throws {
        let names = columns.protected.map(\.name)
        if let repeated = repeatedElement(names) {
            throw FairnessAuditError.invalidArgument("the protected column '\(repeated)' is listed twice; list each once")
        }
        let labelColumn = try table.column(columns.label)
        let predictionName: String
        switch columns.prediction {
        case .column(let name), .score(let name, _): predictionName = name
        }
        let predictionColumn = try table.column(predictionName)
        for (role, name) in [("label", columns.label), ("prediction", predictionName)] + (columns.weight.map { [("weight", $0)] } ?? [])
        where names.contains(name) {
            throw FairnessAuditError.invalidArgument("the \(role) column '\(name)' cannot also be a protected attribute")
        }
        for name in names { _ = try table.column(name) }
        guard table.rowCount > 0 else { throw FairnessAuditError.noRows(droppedRows: 0) }

        let predictsByScore: Bool
        if case .score = columns.prediction { predictsByScore = true } else { predictsByScore = false }
        if let positive = columns.positive, !BinaryColumn.namesZeroOrOne(positive), !BinaryColumn.holds(labelColumn, positive),
           predictsByScore || !BinaryColumn.holds(predictionColumn, positive) {
            throw FairnessAuditError.positiveValueNotFound(value: positive, column: columns.label,
                                                           values: BinaryColumn.distinctValues(labelColumn).map(\.description))
        }
        var source = Source(data: dataName, rowsRead: table.rowCount, label: columns.label, weight: columns.weight)
        let labels: BinaryColumn
        let predictions: [Int?]
        switch columns.prediction {
        case .column(let name):
            labels = try BinaryColumn(labelColumn, role: "label", positive: columns.positive,
                                      positiveSeenElsewhere: columns.positive.map { BinaryColumn.holds(predictionColumn, $0) } ?? false)
            let predicted = try BinaryColumn(predictionColumn, role: "prediction", positive: columns.positive,
                                             positiveSeenElsewhere: columns.positive.map { BinaryColumn.holds(labelColumn, $0) } ?? false)
            predictions = predicted.values
            source.prediction = name
            source.predictionPositive = predicted.positive
        case let .score(name, threshold):
            labels = try BinaryColumn(labelColumn, role: "label", positive: columns.positive, positiveSeenElsewhere: false)
            predictions = try Self.numbers(predictionColumn, role: "score").map { $0.map { $0 >= threshold ? 1 : 0 } }
            source.score = name
            source.scoreThreshold = threshold
        }
        source.labelPositive = labels.positive
        let weights = try columns.weight.map { try Self.numbers(table.column($0), role: "weight") }

        // Rows missing a value the metrics need: an error naming them, or dropped and counted.
        var missing: [FairnessAuditError.MissingValues] = []
        var keep = [Bool](repeating: true, count: table.rowCount)
        let needed: [(String, String, (Int) -> Bool)] = [
            (columns.label, "label", { labels.values[$0] == nil }),
            (predictionName, source.score == nil ? "prediction" : "score", { predictions[$0] == nil }),
        ] + (columns.weight.map { name in [(name, "weight", { weights?[$0] == nil })] } ?? [])
        for (name, role, isMissing) in needed {
            let rows = (0..<table.rowCount).filter(isMissing)
            guard !rows.isEmpty else { continue }
            missing.append(.init(column: name, role: role, count: rows.count, firstRows: Array(rows.prefix(FairnessAuditError.rowsShown))))
            for row in rows { keep[row] = false }
        }
        if !missing.isEmpty, !columns.dropMissing { throw FairnessAuditError.missingValues(missing) }
        let kept = keep.indices.filter { keep[$0] }
        source.rowsDropped = table.rowCount - kept.count
        guard !kept.isEmpty else { throw FairnessAuditError.noRows(droppedRows: source.rowsDropped) }
        if let weights, let row = kept.first(where: { !(weights[$0]!.isFinite && weights[$0]! >= 0) }) {
            throw FairnessAuditError.invalidWeight(column: columns.weight ?? "", row: row, value: weights[row]!)
        }

        let features = try Self.features(columns.protected, table: table, kept: kept)
        var options = options
        for column in columns.protected {
            guard case .split(let split) = column.grouping else { continue }
            if options.privileged[column.name] != nil {
                throw FairnessAuditError.invalidArgument(
                    "column '\(column.name)' is split at a threshold, which makes \(split.privilegedName) its privileged side; give no other privileged values for it")
            }
            options.privileged[column.name] = [split.privilegedName]
        }
        let keptWeights = weights.map { w in kept.map { w[$0]! } }
        try self.init(labels: kept.map { labels.values[$0]! }, predictions: kept.map { predictions[$0]! },
                      weights: keptWeights, protected: features, options: options, source: source)
        if dataBias {
            self.dataBias = try Self.dataBias(of: kept.count < table.rowCount ? table.selectingRows(kept) : table, features: features,
                                              columns: columns, labels: labels, weights: keptWeights,
                                              positiveIsHarmful: options.positiveIsHarmful, smallGroupRows: options.smallGroupRows,
                                              excluded: excludedFromDataBias)
        }
    }

    /// The protected columns as features over the `kept` rows. A declared bin without rows is an
    /// error, and so is a group that was in the data but lost all its rows to dropping.
    private static func features(_ protected: [ProtectedColumn], table: Table, kept: [Int]) throws -> [SensitiveFeature] {
        let all = try protected.map { try $0.feature(in: table) }
        for (column, feature) in zip(protected, all) {
            if let empty = column.declaredGroups.first(where: { !feature.levels.contains($0) }) {
                throw FairnessAuditError.emptyBin(column: column.name, bin: empty)
            }
        }
        guard kept.count < table.rowCount else { return all }
        let remaining = table.selectingRows(kept)
        return try zip(protected, all).map { column, before in
            let after = try column.feature(in: remaining)
            if let lost = before.levels.first(where: { !after.levels.contains($0) }) {
                throw FairnessAuditError.groupEmptiedByDropping(group: "\(column.name)=\(lost)", droppedRows: table.rowCount - kept.count)
            }
            return after
        }
    }

    /// A numeric column's values (missing as `nil`); a non-finite value is an error naming the row.
    private static func numbers(_ column: Column, role: String) throws -> [Double?] {
        guard case .numeric(let numbers) = column.values else {
            throw TableError.wrongKind(column: column.name, expected: [.numeric], actual: column.kind)
        }
        if let row = numbers.firstIndex(where: { $0.map { !$0.isFinite } ?? false }) {
            throw FairnessAuditError.invalidArgument(
                "column '\(column.name)' (the \(role)) is \(formatNumber(numbers[row]!)) at row \(row + 1); it needs finite numbers")
        }
        return numbers
    }
}
