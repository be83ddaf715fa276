extension Pipeline {
    /// Which table columns become features.
    public enum FeatureSelection: Sendable, Equatable {
        /// Every column but the label, the weight column and (unless included) the protected ones.
        case all
        /// These columns, in this order (protected ones still left out unless included).
        case columns([String])
        /// Every column as with `.all`, minus these.
        case allExcept([String])
    }

    /// What a pipeline does with missing values (`Dataset.adult()` has some in workclass,
    /// occupation and native-country).
    public enum MissingValuePolicy: String, Sendable, Equatable, CaseIterable {
        /// Fill every missing feature value with a statistic of the training rows: a numeric
        /// column's mean, another column's most frequent value (`MissingValueImputer`, as
        /// scikit-learn's `SimpleImputer`). Training and prediction are filled alike. The default.
        case impute
        /// Leave out training rows with a missing feature, label or weight, and count them;
        /// predicting a row with a missing feature is an error naming column and row.
        case dropRows = "drop_rows"
        /// Stop at the first missing value with an error naming column and row.
        case error
    }

    /// What a pipeline is asked to do; `Pipeline(settings:classifier:)` stores it, `fit` follows it.
    public struct Settings: Sendable, Equatable {
        /// The label column.
        public var label: String
        /// The label value that is 1 (positive); nil when the label column holds only 0/1 or
        /// true/false, where 1 and true are positive.
        public var positive: String?
        /// Which columns become features.
        public var features: FeatureSelection
        /// Protected attributes: left out of the features unless `includeProtected`, and recorded.
        public var protected: [String]
        /// Keep protected columns among the features (to measure what they add, say).
        public var includeProtected: Bool
        /// A numeric column of sample weights (never a feature).
        public var weight: String?
        /// Standardise numeric feature columns with the training rows' mean and standard deviation.
        public var standardizeNumeric: Bool
        /// Missing values: impute (default), drop training rows, or refuse.
        public var missingValues: MissingValuePolicy
        /// A category not seen in training: an error (default) or all indicators 0.
        public var unknownCategories: UnknownCategoryHandling

        /// Settings for predicting `label` (the defaults: every other column a feature, numeric
        /// columns standardised, missing values imputed, unknown categories an error).
        public init(label: String, positive: String? = nil, features: FeatureSelection = .all, protected: [String] = [],
                    includeProtected: Bool = false, weight: String? = nil, standardizeNumeric: Bool = true,
                    missingValues: MissingValuePolicy = .impute, unknownCategories: UnknownCategoryHandling = .error) {
            self.label = label
            self.positive = positive
            self.features = features
            self.protected = protected
            self.includeProtected = includeProtected
            self.weight = weight
            self.standardizeNumeric = standardizeNumeric
            self.missingValues = missingValues
            self.unknownCategories = unknownCategories
        }

        /// The settings a bundled dataset suggests: its label (its favourable-or-1 value positive),
        /// its feature columns, its protected attributes kept out.
        public init(dataset: Dataset) {
            let labels = (try? dataset.table.column(dataset.labelColumn)) ?? nil
            let positiveRow = dataset.labels.firstIndex(of: 1)
            self.init(label: dataset.labelColumn, positive: positiveRow.flatMap { labels?[$0].text },
                      features: .columns(dataset.featureColumns), protected: dataset.protectedAttributes.map(\.column))
        }
    }

    /// A table column a fitted pipeline does not learn from, and why.
    public struct ExcludedColumn: Sendable, Equatable {
        /// Why a column is not a feature.
        public enum Reason: String, Sendable, Equatable, CaseIterable {
            /// The label column.
            case label
            /// The sample-weight column.
            case weight
            /// A protected attribute, kept out of the features.
            case protected
            /// Named in `.allExcept`.
            case excluded
            /// Not among the columns named in `.columns`.
            case notSelected = "not_selected"
        }

        /// The table column.
        public let column: String
        /// Why it is not a feature.
        public let reason: Reason

        /// `column`, left out for `reason`.
        public init(column: String, reason: Reason) {
            self.column = column
            self.reason = reason
        }
    }
}
