import Foundation

/// A model that reads a `Table`: missing values filled (or refused), columns encoded by a fitted
/// `FeatureEncoder`, and a `Classifier` on the encoded features, fitted and applied as one. It is
/// what `learn train` saves, `learn predict` applies, and explainers and mitigation receive.
///
///     let german = try Dataset.germanCredit()
///     var pipeline = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
///     try pipeline.fit(german.table)
///     let p = try pipeline.predictProbability(german.table)   // P(credit = good) per row
///     try pipeline.save(to: URL(fileURLWithPath: "german.model.json"))
///
/// - Features: `settings.features` (every column but the label by default); protected attributes
///   are left out unless `includeProtected`, and `excludedColumns` says which columns were left
///   out and why. `features` maps each encoded column to its source column (`purpose=A43` comes
///   from `purpose`) and `readableValues(of:)` reads an encoded row back as table values.
/// - Decision rule: `predict` gives 1 exactly when P(positive) > threshold (default 0.5),
///   scikit-learn's rule (`DecisionRule`), as every FairKit classifier.
/// - Missing values: `settings.missingValues` (`MissingValuePolicy`, impute by default, so
///   `Dataset.adult()` works as loaded).
/// - Fitting follows the estimator contract: the initializer only stores settings; `fit` learns
///   everything from the training table; predicting needs a fitted pipeline.
public struct Pipeline: Sendable {
    /// What a fit learned besides the classifier's parameters.
    public struct FittedState: Sendable, Equatable {
        /// The label column and its positive value.
        public let label: BinaryLabel
        /// The fill values (with `.impute`), one per feature column.
        public let imputer: MissingValueImputer?
        /// The fitted encoder of the feature columns.
        public let encoder: FeatureEncoder
        /// Table columns that are not features, and why.
        public let excludedColumns: [ExcludedColumn]
        /// What the training table held and what was done with it.
        public let training: TrainingSummary
    }

    /// Counts from the training table.
    public struct TrainingSummary: Sendable, Equatable {
        /// Rows in the table given to `fit`.
        public let rows: Int
        /// Rows the classifier learned from (rows minus dropped ones).
        public let rowsUsed: Int
        /// Rows left out for a missing value (`.dropRows`).
        public let rowsDropped: Int
        /// Missing values filled per feature column (`.impute`), in feature-column order; only
        /// columns with at least one.
        public let imputed: [(column: String, count: Int)]

        public static func == (a: TrainingSummary, b: TrainingSummary) -> Bool {
            a.rows == b.rows && a.rowsUsed == b.rowsUsed && a.rowsDropped == b.rowsDropped
                && a.imputed.map(\.column) == b.imputed.map(\.column) && a.imputed.map(\.count) == b.imputed.map(\.count)
        }
    }

    /// What the pipeline was asked to do.
    public let settings: Settings
    /// The classifier (fitted once the pipeline is).
    public internal(set) var classifier: any Classifier
    /// The fitted state; nil until `fit` succeeds.
    public internal(set) var fitted: FittedState?
    /// Where the model came from; `fit` fills in rows, FairKit version and date, and a caller that
    /// read the training table from a file adds the file's name and SHA-256.
    public var provenance: Provenance?

    /// A pipeline of `classifier` under `settings` (unfitted: call `fit`).
    public init(settings: Settings, classifier: any Classifier) {
        self.settings = settings
        self.classifier = classifier
    }

    /// The table's 0/1 labels as the fitted pipeline reads them (nil where missing).
    public func labels(_ table: Table) throws -> [Int?] {
        try requireFitted().label.values(in: table)
    }

    /// The design matrix of `table`: missing values handled by the policy, columns encoded.
    public func encode(_ table: Table) throws -> EncodedFeatures {
        let fitted = try requireFitted()
        return try fitted.encoder.transform(fitted.imputer?.transform(table) ?? table)
    }

    /// P(label = positive) for each row of `table`. The table needs the feature columns (the label
    /// and other columns may be absent).
    public func predictProbability(_ table: Table) throws -> [Double] {
        try classifier.predictProbability(encode(table).matrix)
    }

    /// 1 where P(positive) > `threshold`, else 0 (`DecisionRule`: scikit-learn's rule at 0.5).
    public func predict(_ table: Table, threshold: Double = DecisionRule.defaultThreshold) throws -> [Int] {
        try predictProbability(table).map { DecisionRule.label(probability: $0, threshold: threshold) }
    }

    /// The rows of `table` holding a category of a one-hot column that training never saw (they
    /// encode as all zeros with `.ignore`, and are an error otherwise), per column, only columns
    /// with at least one such row.
    public func unknownCategoryRows(in table: Table) throws -> [(column: String, rows: [Int])] {
        let prepared = try requireFitted().imputer?.transform(table) ?? table
        return try requireFitted().encoder.oneHot.indices.compactMap { index in
            let rows = try index.positions(in: prepared, unknownAllowed: true).enumerated().filter { $0.element < 0 }.map(\.offset)
            return rows.isEmpty ? nil : (index.column, rows)
        }
    }

    /// How many values each feature column of `table` is missing (only columns with at least one).
    public func missingValueCounts(in table: Table) throws -> [(column: String, count: Int)] {
        try featureColumns.compactMap { name in
            let count = try table.column(name).missingCount
            return count > 0 ? (name, count) : nil
        }
    }

    /// The feature columns of the table, in the encoder's order (empty before `fit`).
    public var featureColumns: [String] { fitted?.encoder.columns ?? [] }
    /// Each column of the design matrix with its source column (empty before `fit`).
    public var features: [EncodedFeature] { fitted?.encoder.features ?? [] }
    /// For each column of the design matrix, the table column it comes from (empty before `fit`).
    public var sourceColumns: [String] { features.map(\.sourceColumn) }
    /// The design-matrix columns of each feature column, in feature-column order: a numeric or
    /// boolean column has one, a categorical column its one-hot block (for explainers that report
    /// per table column). Example: [(age, [0]), (purpose, [2, 3]), (owner, [1])].
    public var featureGroups: [(column: String, features: [Int])] {
        let sources = sourceColumns
        return featureColumns.map { column in (column, sources.indices.filter { sources[$0] == column }) }
    }
    /// The table columns left out of the features and why (empty before `fit`).
    public var excludedColumns: [ExcludedColumn] { fitted?.excludedColumns ?? [] }

    /// One encoded row read back as table values, one per feature column (see
    /// `FeatureEncoder.readableValues(of:)`).
    public func readableValues(of row: [Double]) throws -> [(column: String, value: CellValue)] {
        try requireFitted().encoder.readableValues(of: row)
    }

    func requireFitted() throws -> FittedState {
        guard let fitted else { throw ModelError.notFitted(model: "Pipeline") }
        return fitted
    }
}
