import FairKit
import Foundation

/// What `learn predict` produced: the input rows with `score` and `prediction` added, and what it
/// had to do to get there. `json()` is the `--format json` summary (docs/cli.md).
public struct PredictResult: Sendable {
    /// The input rows and columns, then `score` (P(label = positive)) and `prediction` (0/1).
    public let table: Table
    /// The scores, one per row.
    public let scores: [Double]
    /// The threshold: prediction 1 exactly when score > threshold.
    public let threshold: Double
    /// The label value a prediction of 1 stands for.
    public let positive: String
    /// The label column the model predicts.
    public let label: String
    /// Values filled, categories ignored, columns replaced: one sentence each.
    public let warnings: [String]

    /// How many rows are predicted 1.
    public var positiveCount: Int { scores.filter { DecisionRule.label(probability: $0, threshold: threshold) == 1 }.count }

    /// The table as CSV text.
    public func csv() -> String { CSVWriter().string(from: table) }

    /// The JSON summary; `out` is where the CSV went.
    public func json(out: String) throws -> String {
        let object: [String: Any] = [
            "format_version": 1, "rows": table.rowCount, "predicted_positive": positiveCount, "threshold": threshold,
            "label": label, "positive": positive, "out": out, "warnings": warnings,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
