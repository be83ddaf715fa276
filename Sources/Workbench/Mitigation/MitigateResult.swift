import FairKit
import Foundation

/// What `learn mitigate` did: the base and the mitigated model scored on the same rows, and what
/// the mitigator did. Scores of randomised models are expected values over their coin flips.
/// `json()` is the `--format json` contract (docs/cli.md).
public struct MitigateResult: Sendable {
    /// One model's scores on the comparison rows.
    public struct Scores: Sendable, Equatable {
        public let accuracy: Double?
        /// Selection rate per group, in the protected column's order.
        public let selectionRates: [String: Double]
        /// True and false positive rates per group (expected values); a group without positives
        /// (or negatives) has none.
        public var truePositiveRates: [String: Double] = [:]
        public var falsePositiveRates: [String: Double] = [:]
        public let demographicParityDifference: Double?
        public let equalizedOddsDifference: Double?
        /// Share of rows whose decision is a coin flip: for a randomised model (a mixture, a
        /// randomising post-processor) the rows whose P(positive) is strictly between 0 and 1;
        /// 0 for a deterministic one (the baseline), whose P is cut at 0.5.
        public let randomisedShare: Double
    }

    public let method: String
    public let protectedColumn: String
    /// "test" (from --test) or "training".
    public let rowsCompared: String
    public let rowCount: Int
    public let baseline: Scores
    public let mitigated: Scores
    /// What the mitigator did, one sentence a line.
    public let details: [String]
    /// The model file written, if any.
    public let modelFile: URL?
    /// The repaired training and test rows the disparate impact remover wrote, if asked to.
    public var repairedTrainingFile: URL? = nil
    public var repairedTestFile: URL? = nil

    /// The text report.
    public func summaryLines() -> [String] {
        func number(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "undefined" }
        func line(_ label: String, _ a: Double?, _ b: Double?) -> String {
            label.padding(toLength: 34, withPad: " ", startingAt: 0) + number(a).padding(toLength: 12, withPad: " ", startingAt: 0) + number(b)
        }
        var lines = ["Mitigation \(method) on '\(protectedColumn)', compared on \(rowCount) \(rowsCompared) rows "
                     + "(decisions at P > 0.5; a randomised model's as expected values over its coin flips):",
                     "".padding(toLength: 34, withPad: " ", startingAt: 0) + "baseline".padding(toLength: 12, withPad: " ", startingAt: 0) + "mitigated",
                     line("accuracy", baseline.accuracy, mitigated.accuracy)]
        for group in baseline.selectionRates.keys.sorted() {
            lines.append(line("selection rate, \(group)", baseline.selectionRates[group], mitigated.selectionRates[group]))
        }
        lines.append(line("demographic parity difference", baseline.demographicParityDifference, mitigated.demographicParityDifference))
        lines.append(line("equalized odds difference", baseline.equalizedOddsDifference, mitigated.equalizedOddsDifference))
        lines.append(line("randomised share of rows", baseline.randomisedShare, mitigated.randomisedShare))
        return lines + details + filesWritten
    }

    /// One line per file written (the model file, the repaired rows), also shown after a report.
    public var filesWritten: [String] {
        var lines: [String] = []
        if let modelFile { lines.append("Wrote the mitigated model to \(modelFile.path).") }
        if let repairedTrainingFile { lines.append("Wrote the repaired training rows to \(repairedTrainingFile.path).") }
        if let repairedTestFile { lines.append("Wrote the repaired test rows to \(repairedTestFile.path).") }
        return lines
    }

    /// The JSON report: keys sorted, `format_version` 1.
    public func json() throws -> String {
        struct ScoresDocument: Encodable {
            let accuracy: Double?
            let selection_rates: [String: Double]
            let true_positive_rates: [String: Double]
            let false_positive_rates: [String: Double]
            let demographic_parity_difference: Double?
            let equalized_odds_difference: Double?
            let randomised_share: Double
        }
        struct Document: Encodable {
            let format_version: Int
            let method: String
            let protected: String
            let rows_compared: String
            let rows: Int
            let baseline: ScoresDocument
            let mitigated: ScoresDocument
            let details: [String]
            let model_file: String?
            let repaired_training_file: String?
            let repaired_test_file: String?

            /// Every key written, the file keys null when no file was written.
            func encode(to encoder: any Encoder) throws {
                enum Key: String, CodingKey { case format_version, method, protected, rows_compared, rows, baseline, mitigated, details, model_file,
                                          repaired_training_file, repaired_test_file }
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(format_version, forKey: .format_version)
                try c.encode(method, forKey: .method)
                try c.encode(protected, forKey: .protected)
                try c.encode(rows_compared, forKey: .rows_compared)
                try c.encode(rows, forKey: .rows)
                try c.encode(baseline, forKey: .baseline)
                try c.encode(mitigated, forKey: .mitigated)
                try c.encode(details, forKey: .details)
                try c.encode(model_file, forKey: .model_file)
                try c.encode(repaired_training_file, forKey: .repaired_training_file)
                try c.encode(repaired_test_file, forKey: .repaired_test_file)
            }
        }
        func document(_ s: Scores) -> ScoresDocument {
            ScoresDocument(accuracy: s.accuracy, selection_rates: s.selectionRates, true_positive_rates: s.truePositiveRates,
                           false_positive_rates: s.falsePositiveRates, demographic_parity_difference: s.demographicParityDifference,
                           equalized_odds_difference: s.equalizedOddsDifference, randomised_share: s.randomisedShare)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(
            format_version: 1, method: method, protected: protectedColumn, rows_compared: rowsCompared, rows: rowCount,
            baseline: document(baseline), mitigated: document(mitigated), details: details, model_file: modelFile?.path,
            repaired_training_file: repairedTrainingFile?.path, repaired_test_file: repairedTestFile?.path)), as: UTF8.self) + "\n"
    }
}
