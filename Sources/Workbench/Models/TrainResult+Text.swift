import FairKit

extension TrainResult {
    /// The text summary `learn train` prints, a line each: rows, features, columns left out,
    /// values filled, accuracy, where the model went.
    public func summaryLines() -> [String] {
        let result = self
        let pipeline = result.pipeline
        let training = pipeline.fitted?.training
        var lines: [String] = []
        var rows = "\(result.trainRows) training rows"
        if let test = result.testRows { rows += ", \(test) held out" }
        if let dropped = training?.rowsDropped, dropped > 0 { rows += ", \(dropped) left out for a missing value" }
        lines.append("Trained \(ModelKindName.name(of: pipeline.classifier)) on \(result.data) (\(result.rows) rows: \(rows)): "
                     + "\(pipeline.features.count) features from \(pipeline.featureColumns.count) columns.")
        let reasons = Dictionary(grouping: pipeline.excludedColumns, by: \.reason)
        let left = Pipeline.ExcludedColumn.Reason.allCases.compactMap { reason in
            reasons[reason].map { "\($0.map(\.column).joined(separator: ", ")) (\(reason.rawValue.replacingOccurrences(of: "_", with: " ")))" }
        }
        if !left.isEmpty { lines.append("Not features: " + left.joined(separator: "; ") + ".") }
        if let imputed = training?.imputed, !imputed.isEmpty {
            lines.append("Filled missing values: " + imputed.map { "\($0.column) \($0.count)" }.joined(separator: ", ") + ".")
        }
        var scores = "Train accuracy \(Self.number(result.train.accuracy))"
        if let test = result.test {
            scores += "; test accuracy \(Self.number(test.accuracy)), AUC \(Self.number(test.auc))"
            if test.unknownCategoryRows > 0 {
                scores += " (\(test.unknownCategoryRows) held-out row\(test.unknownCategoryRows == 1 ? "" : "s") with a category not seen in training left out)"
            }
        }
        lines.append(scores + ".")
        lines.append("Wrote the model to \(result.modelFile.path).")
        return lines
    }

    private static func number(_ value: MetricValue) -> String {
        value.number.map { String(format: "%.4f", $0) } ?? "undefined"
    }
}
