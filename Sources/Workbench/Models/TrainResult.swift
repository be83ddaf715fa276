import FairKit
import Foundation

/// What `learn train` did: the fitted pipeline, where its model file went, and how well it fits.
/// `json()` is the `--format json` summary, a stable contract (docs/cli.md).
public struct TrainResult: Sendable {
    /// Accuracy and AUC on one part of the data (P(positive) > 0.5 is a positive prediction).
    public struct Score: Sendable, Equatable {
        /// The rows scored (rows with a label).
        public let rows: Int
        /// Rows not scored because they hold a category training never saw.
        public let unknownCategoryRows: Int
        /// Share of rows predicted right (weighted with --weight).
        public let accuracy: MetricValue
        /// Area under the ROC curve of the scores.
        public let auc: MetricValue
    }

    /// The fitted pipeline, as saved.
    public let pipeline: Pipeline
    /// The model file written.
    public let modelFile: URL
    /// The data file as given.
    public let data: String
    /// Rows in the data file.
    public let rows: Int
    /// Rows in the training part (all rows without a split).
    public let trainRows: Int
    /// Rows held out for testing; nil without a split.
    public let testRows: Int?
    /// The fit on the training rows.
    public let train: Score
    /// The held-out rows; nil without a split.
    public let test: Score?

    /// The JSON summary: keys sorted, `format_version` 1.
    public func json() throws -> String {
        let fitted = pipeline.fitted
        let document = Document(
            formatVersion: 1, modelFile: modelFile.path, model: ModelKindName.name(of: pipeline.classifier), data: data,
            trainingDataSHA256: pipeline.provenance?.trainingDataSHA256, rows: rows, trainRows: trainRows, testRows: testRows,
            rowsUsed: fitted?.training.rowsUsed ?? 0, rowsDropped: fitted?.training.rowsDropped ?? 0,
            imputed: Dictionary(uniqueKeysWithValues: (fitted?.training.imputed ?? []).map { ($0.column, $0.count) }),
            label: pipeline.settings.label, positive: fitted?.label.positive ?? "",
            featureColumns: pipeline.featureColumns, features: pipeline.features.map(\.name),
            excluded: pipeline.excludedColumns.map { .init(column: $0.column, reason: $0.reason.rawValue) },
            trainAccuracy: train.accuracy.number, trainAUC: train.auc.number,
            testAccuracy: test?.accuracy.number, testAUC: test?.auc.number,
            testRowsUnknownCategory: test?.unknownCategoryRows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        struct Excluded: Encodable { let column: String; let reason: String }
        let formatVersion: Int
        let modelFile: String
        let model: String
        let data: String
        let trainingDataSHA256: String?
        let rows: Int
        let trainRows: Int
        let testRows: Int?
        let rowsUsed: Int
        let rowsDropped: Int
        let imputed: [String: Int]
        let label: String
        let positive: String
        let featureColumns: [String]
        let features: [String]
        let excluded: [Excluded]
        let trainAccuracy: Double?
        let trainAUC: Double?
        let testAccuracy: Double?
        let testAUC: Double?
        let testRowsUnknownCategory: Int?

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", modelFile = "model_file", model, data, trainingDataSHA256 = "training_data_sha256"
            case rows, trainRows = "train_rows", testRows = "test_rows", rowsUsed = "rows_used", rowsDropped = "rows_dropped", imputed
            case label, positive, featureColumns = "feature_columns", features, excluded
            case trainAccuracy = "train_accuracy", trainAUC = "train_auc", testAccuracy = "test_accuracy", testAUC = "test_auc"
            case testRowsUnknownCategory = "test_rows_unknown_category"
        }

        /// Every key written, nulls included, so that a script sees the whole contract.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(formatVersion, forKey: .formatVersion)
            try c.encode(modelFile, forKey: .modelFile)
            try c.encode(model, forKey: .model)
            try c.encode(data, forKey: .data)
            try c.encode(trainingDataSHA256, forKey: .trainingDataSHA256)
            try c.encode(rows, forKey: .rows)
            try c.encode(trainRows, forKey: .trainRows)
            try c.encode(testRows, forKey: .testRows)
            try c.encode(rowsUsed, forKey: .rowsUsed)
            try c.encode(rowsDropped, forKey: .rowsDropped)
            try c.encode(imputed, forKey: .imputed)
            try c.encode(label, forKey: .label)
            try c.encode(positive, forKey: .positive)
            try c.encode(featureColumns, forKey: .featureColumns)
            try c.encode(features, forKey: .features)
            try c.encode(excluded.map { ["column": $0.column, "reason": $0.reason] }, forKey: .excluded)
            try c.encode(trainAccuracy, forKey: .trainAccuracy)
            try c.encode(trainAUC, forKey: .trainAUC)
            try c.encode(testAccuracy, forKey: .testAccuracy)
            try c.encode(testAUC, forKey: .testAUC)
            try c.encode(testRowsUnknownCategory, forKey: .testRowsUnknownCategory)
        }
    }
}

/// The `--model` word of a classifier, as `learn train` takes it and its summary prints it.
enum ModelKindName {
    static func name(of classifier: any Classifier) -> String {
        switch classifier {
        case is LogisticRegression: return "logistic"
        case is DecisionTree: return "tree"
        case is GaussianNaiveBayes: return "naive-bayes"
        case is DummyClassifier: return "dummy"
        default: return "\(type(of: classifier))"
        }
    }
}
