/// Turns chosen columns of a `Table` into a design matrix for a model: numeric columns pass
/// through, boolean columns become 0/1, categorical columns are one-hot encoded.
///
/// Column order follows `pandas.get_dummies(df[columns], columns=<the categorical ones>,
/// prefix_sep="=")`, which is how AIF360's `StandardDataset` builds its features: first the
/// numeric and boolean columns in the order given, then one indicator block per categorical column
/// in the order given, categories sorted within each block.
///
/// Fit on the training table only, then transform training and test tables with the same fitted
/// encoder, so both get the same columns. With `standardizeNumeric`, the numeric pass-through
/// columns (not the booleans or indicators) are also standardised with a `StandardScaler` fitted
/// on the training rows, the usual `ColumnTransformer` recipe.
///
/// Missing values are an error naming the column and row: impute (`MissingValueImputer`, which a
/// `Pipeline` applies by default) or drop them first (for the bundled datasets,
/// `Dataset.droppingMissing()`).
///
/// Example: columns [age, sex] with age = [30, 40] and sex = [F, M] give the features
/// [age, sex=F, sex=M] and the rows [30, 1, 0] and [40, 0, 1].
public struct FeatureEncoder: Sendable, Equatable {
    /// The table columns to encode, in order.
    public let columns: [String]
    /// What to do with a category not seen when fitting.
    public var handleUnknown: UnknownCategoryHandling
    /// Whether numeric pass-through columns are standardised with training statistics.
    public var standardizeNumeric: Bool

    // Internal, not private: FeatureEncoder+ModelFile.swift saves and restores the fitted state.
    var passThrough: [String] = []
    var numericPassThrough: [Int] = []
    var oneHot = OneHotEncoder()
    var scaler: StandardScaler?
    var fitted = false

    /// An encoder of `columns` (unfitted: call `fit` on the training table).
    public init(columns: [String], handleUnknown: UnknownCategoryHandling = .error, standardizeNumeric: Bool = false) {
        self.columns = columns
        self.handleUnknown = handleUnknown
        self.standardizeNumeric = standardizeNumeric
    }

    /// The name of every matrix column: pass-through columns by name, indicators as `column=value`.
    public var featureNames: [String] { passThrough + oneHot.featureNames }

    /// Learns which columns pass through, the categories of the others, and (with
    /// `standardizeNumeric`) the numeric columns' means and scales, from `table`.
    public mutating func fit(_ table: Table, sampleWeight: [Double]? = nil) throws {
        guard !columns.isEmpty else { throw DataError.invalidArgument("a FeatureEncoder needs at least one column") }
        let chosen = try columns.map { try table.column($0) }
        try requireNoMissing(chosen)
        passThrough = chosen.filter { $0.kind != .categorical }.map(\.name)
        numericPassThrough = chosen.filter { $0.kind != .categorical }.enumerated()
            .filter { $0.element.kind == .numeric }.map(\.offset)
        oneHot = OneHotEncoder(handleUnknown: handleUnknown)
        try oneHot.fit(table, columns: chosen.filter { $0.kind == .categorical }.map(\.name))
        scaler = nil
        fitted = true
        if standardizeNumeric, !numericPassThrough.isEmpty {
            var s = StandardScaler()
            try s.fit(try passThroughMatrix(table).selectingColumns(numericPassThrough), sampleWeight: sampleWeight)
            scaler = s
        }
    }

    /// The design matrix of `table`'s rows.
    public func transform(_ table: Table) throws -> EncodedFeatures {
        guard fitted else { throw DataError.notFitted("FeatureEncoder") }
        var numeric = try passThroughMatrix(table)
        if let scaler {
            let scaled = try scaler.transform(numeric.selectingColumns(numericPassThrough))
            for r in 0..<numeric.rows {
                for (k, c) in numericPassThrough.enumerated() { numeric[r, c] = scaled[r, k] }
            }
        }
        let names = featureNames
        var matrix = Matrix(rows: table.rowCount, columns: names.count)
        for r in 0..<numeric.rows {
            for c in 0..<numeric.columns { matrix[r, c] = numeric[r, c] }
        }
        if !oneHot.columns.isEmpty { try oneHot.fill(&matrix, from: table, at: passThrough.count) }
        return EncodedFeatures(matrix: matrix, featureNames: names)
    }

    /// Fits on `table` and transforms it.
    public mutating func fitTransform(_ table: Table, sampleWeight: [Double]? = nil) throws -> EncodedFeatures {
        try fit(table, sampleWeight: sampleWeight)
        return try transform(table)
    }

    /// The pass-through columns as numbers (flags as 1/0); missing or non-finite values are errors.
    private func passThroughMatrix(_ table: Table) throws -> Matrix {
        var m = Matrix(rows: table.rowCount, columns: passThrough.count)
        for (c, name) in passThrough.enumerated() {
            let column = try table.column(name)
            guard let numbers = column.numbers else {
                throw TableError.wrongKind(column: name, expected: [.numeric, .boolean], actual: column.kind)
            }
            for (r, x) in numbers.enumerated() {
                guard let x else { throw DataError.missingValue(column: name, row: r) }
                guard x.isFinite else {
                    throw DataError.invalidArgument("column '\(name)' holds \(x) at row \(r + 1); impute or drop non-finite values before encoding")
                }
                m[r, c] = x
            }
        }
        return m
    }
}
