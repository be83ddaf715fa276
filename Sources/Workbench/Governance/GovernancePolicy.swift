import FairKit
import Foundation

/// A governance policy (docs/governance.md): risk tiers, and for each tier the metrics a model
/// must meet with their thresholds, the mitigations approved for it, and the documents that must
/// exist beside it. `learn gate` reads one and judges a model against a tier.
///
/// Example (the tier `high`, for hiring and credit): selection-rate ratio (min / max over groups,
/// Fairlearn's `selection_rate` ratio) at least 0.8, selection-rate difference at most 0.1,
/// accuracy at least 0.7, and a model card of at least 200 bytes with a "## Intended use" section.
public struct GovernancePolicy: Sendable, Equatable {
    /// The newest `format_version` this workbench reads.
    public static let currentFormatVersion = 1

    /// A name for reports ("Fairwork example policy").
    public let name: String
    /// The tier used when `--tier` is not given; `nil` makes `--tier` required.
    public let defaultTier: String?
    /// The tiers, sorted by name.
    public let tiers: [Tier]

    /// One risk tier.
    public struct Tier: Sendable, Equatable {
        /// "high", "low".
        public let name: String
        /// What the tier covers, in words ("hiring", "credit").
        public let useCases: [String]
        /// What a model in the tier must meet.
        public let metrics: [MetricRequirement]
        /// Mitigation ids approved for the tier (reported; see docs/governance.md).
        public let approvedMitigations: [String]
        /// Documents that must exist and be non-trivial.
        public let requiredArtifacts: [ArtifactRequirement]
    }

    /// One threshold on one metric.
    public struct MetricRequirement: Sendable, Equatable {
        /// How the metric is judged.
        public enum Check: String, Sendable, CaseIterable {
            /// Between-groups ratio min / max (Fairlearn's `*_ratio`) must be >= tau, in every section.
            case ratio
            /// Between-groups difference max - min (Fairlearn's `*_difference`) must be <= max, in every section.
            case difference
            /// The metric over all rows must be >= min.
            case minimum
        }

        /// A group metric id (`selection_rate`, `tpr`, `accuracy`...) or, for `minimum`, `roc_auc`.
        public let metric: String
        /// The judgement.
        public let check: Check
        /// The threshold: tau for `ratio`, the bound for `difference`, the floor for `minimum`.
        public let threshold: Double

        /// "selection_rate ratio >= 0.8".
        public var rule: String {
            switch check {
            case .ratio: return "\(metric) ratio >= \(policyNumber(threshold))"
            case .difference: return "\(metric) difference <= \(policyNumber(threshold))"
            case .minimum: return "\(metric) >= \(policyNumber(threshold))"
            }
        }
    }

    /// A document that must exist.
    public struct ArtifactRequirement: Sendable, Equatable {
        /// "model card".
        public let name: String
        /// Its path, relative to the policy file's folder.
        public let path: String
        /// Fewer bytes (after trimming white space) is trivial.
        public let minBytes: Int
        /// Text each of which must appear in it (a heading such as "## Intended use").
        public let sections: [String]
    }

    /// The tier called `name`.
    public func tier(_ name: String) -> Tier? { tiers.first { $0.name == name } }
}

/// A policy file that cannot be used: the JSON path of the field and what it must hold.
public struct GovernancePolicyError: Error, Equatable, CustomStringConvertible {
    /// `tiers.high.metrics[0].tau`; empty for the whole file.
    public let path: String
    /// What is wrong there and how to fix it.
    public let message: String

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// A threshold or measured value as the gate prints it: at most four decimals, trailing zeros
/// dropped (0.2, 0.8, 1), so a ratio of 0.1 / 0.5 reads 0.2 and not 0.19999999999999998.
func policyNumber(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    var text = String(format: "%.4f", x)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
}
