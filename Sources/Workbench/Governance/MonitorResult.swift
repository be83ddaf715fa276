import FairKit
import Foundation

/// What `learn monitor` found, batch by batch: drift per column, performance and disparity, and
/// the alerts. `text()` and `json()` are its two outputs (the JSON is a contract, docs/cli.md).
public struct MonitorResult: Sendable {
    /// The model and baseline files.
    public let model: String, baseline: String
    /// The policy tier judged, when a policy was given.
    public let tier: String?
    /// The tier's metric requirements (empty without a policy); the report draws their thresholds.
    public var requirements: [GovernancePolicy.MetricRequirement] = []
    /// One report per batch, in the order given.
    public let batches: [Batch]

    /// Whether any batch raised an alert.
    public var alerted: Bool { batches.contains { !$0.alerts.isEmpty } }

    /// One column's drift from the baseline to a batch.
    public struct FeatureDrift: Sendable {
        /// The column.
        public let column: String
        /// `numeric` or `categorical`.
        public let kind: String
        /// The population stability index.
        public let psi: MetricValue
        /// The two-sample Kolmogorov-Smirnov test (numeric columns with values in both files).
        public let ks: KolmogorovSmirnov?
    }

    /// One batch's report.
    public struct Batch: Sendable {
        /// The batch file.
        public let file: String
        /// Rows scored.
        public let rows: Int
        /// Whether the batch has the label column (performance and error-rate gaps need it).
        public let labelled: Bool
        /// Drift per shared column, in the baseline's column order.
        public let drift: [FeatureDrift]
        /// The batch's audit by protected column.
        public let audit: FairnessAudit
        /// The policy's checks on this batch (empty without a policy).
        public let checks: [GateResult.Check]
        /// What crossed a threshold, one sentence each.
        public let alerts: [String]

        /// Overall accuracy, when labelled.
        public var accuracy: MetricValue? { labelled ? audit.sections.first?.overall["accuracy"] : nil }
    }

    /// Per batch: rows, accuracy, selection-rate gaps, drift lines, alerts.
    public func text() -> String {
        var lines = ["Monitor: \(model), baseline \(baseline)" + (tier.map { ", policy tier '\($0)'" } ?? "")]
        for batch in batches {
            var head = "\(batch.file) (\(batch.rows) rows)"
            if let accuracy = batch.accuracy { head += ": accuracy \(Self.text(accuracy))" } else { head += ": no labels" }
            lines.append(head)
            for section in batch.audit.sections {
                if let gap = section.fairlearn.metrics["selection_rate"] {
                    lines.append("  selection rate [\(section.title)]: ratio \(Self.text(gap.ratio)), difference \(Self.text(gap.difference))")
                }
            }
            for feature in batch.drift {
                var line = "  drift \(feature.column): PSI \(Self.text(feature.psi))"
                if let ks = feature.ks { line += ", KS D \(policyNumber(ks.statistic)) p \(String(format: "%.3g", ks.pValue))" }
                lines.append(line)
            }
            lines += batch.alerts.map { "  ALERT \($0)" }
        }
        let count = batches.reduce(0) { $0 + $1.alerts.count }
        lines.append(count == 0 ? "No alerts." : "\(count) alert\(count == 1 ? "" : "s").")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `--format json` document (docs/cli.md, "learn monitor").
    public func json() throws -> String {
        func number(_ value: MetricValue?) -> Any { value?.number ?? NSNull() }
        let items: [[String: Any]] = batches.map { batch in
            [
                "file": batch.file, "rows": batch.rows, "labelled": batch.labelled, "accuracy": number(batch.accuracy),
                "alerts": batch.alerts,
                "drift": batch.drift.map { feature -> [String: Any] in
                    ["column": feature.column, "kind": feature.kind, "psi": number(feature.psi),
                     "ks_statistic": feature.ks?.statistic ?? NSNull(), "ks_p_value": feature.ks?.pValue ?? NSNull()]
                },
                "disparity": batch.audit.sections.map { section -> [String: Any] in
                    ["section": section.title,
                     "metrics": Dictionary(uniqueKeysWithValues: section.fairlearn.metrics.map { id, gap in
                         (id, ["ratio": number(gap.ratio), "difference": number(gap.difference)])
                     })]
                },
                "checks": batch.checks.map { ["rule": $0.rule, "section": $0.section ?? NSNull(), "value": number($0.value), "passed": $0.passed] },
            ]
        }
        let object: [String: Any] = ["format_version": 1, "model": model, "baseline": baseline, "tier": tier ?? NSNull(),
                                     "alerted": alerted, "batches": items]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func text(_ value: MetricValue) -> String {
        value.number.map(policyNumber) ?? "undefined"
    }
}
