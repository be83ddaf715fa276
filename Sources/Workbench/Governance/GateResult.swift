import FairKit
import Foundation

/// What `learn gate` found: one check per metric requirement and audit section, and one per
/// required artifact. `passed` is the gate; `text()` and `json()` are its two outputs (the JSON
/// is a contract, docs/cli.md).
public struct GateResult: Sendable {
    /// The policy's name and file.
    public let policy: String, policyFile: String
    /// The tier judged.
    public let tier: GovernancePolicy.Tier
    /// The model and data files.
    public let model: String, data: String
    /// Rows audited.
    public let rows: Int
    /// Every check, metrics first (in the policy's order, sections in the audit's), then artifacts.
    public let checks: [Check]

    /// Whether every check passed.
    public var passed: Bool { checks.allSatisfy(\.passed) }
    /// The checks that failed.
    public var breaches: [Check] { checks.filter { !$0.passed } }

    /// One judgement.
    public struct Check: Sendable {
        /// `metric`, `mitigation` or `artifact`.
        public let kind: String
        /// "selection_rate ratio >= 0.8" or "model card".
        public let rule: String
        /// The audit section ("sex", "sex x race"); `nil` for overall values and artifacts.
        public let section: String?
        /// The measured value (metrics only).
        public let value: MetricValue?
        /// The threshold (metrics only).
        public let threshold: Double?
        /// Whether the requirement is met; an undefined value is not.
        public let passed: Bool
        /// Why it failed, or what was found.
        public let detail: String

        init(metric: GovernancePolicy.MetricRequirement, section: String?, value: MetricValue) {
            kind = "metric"
            rule = metric.rule
            self.section = section
            self.value = value
            threshold = metric.threshold
            switch value {
            case .value(let x):
                passed = metric.check == .difference ? x <= metric.threshold : x >= metric.threshold
                detail = policyNumber(x)
            case .undefined(let reason):
                passed = false
                detail = "undefined (\(reason)): a value that cannot be measured cannot be approved"
            }
        }

        init(mitigation method: String, problem: String?) {
            kind = "mitigation"
            rule = "approved mitigation"
            section = nil
            value = nil
            threshold = nil
            passed = problem == nil
            detail = problem ?? "\(method) is approved for this tier"
        }

        init(artifact: GovernancePolicy.ArtifactRequirement, problem: String?) {
            kind = "artifact"
            rule = artifact.name
            section = nil
            value = nil
            threshold = nil
            passed = problem == nil
            detail = problem ?? "\(artifact.path) present"
        }
    }

    /// One line per check, PASS or FAIL first, then the verdict.
    public func text() -> String {
        var lines = ["Gate: \(model) on \(data) (\(rows) rows) against tier '\(tier.name)' of \(policy) (\(policyFile))"]
        for check in checks {
            let place = check.section.map { " [\($0)]" } ?? ""
            lines.append("  \(check.passed ? "PASS" : "FAIL")  \(check.rule)\(place): \(check.detail)")
        }
        if !tier.approvedMitigations.isEmpty, !checks.contains(where: { $0.kind == "mitigation" }) {
            lines.append("  Approved mitigations for this tier: \(tier.approvedMitigations.joined(separator: ", ")) (the model records none)")
        }
        lines.append(passed ? "Passed: \(checks.count) checks." : "Failed: \(breaches.count) of \(checks.count) checks breach the policy.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `--format json` document (docs/cli.md, "learn gate").
    public func json() throws -> String {
        let items: [[String: Any]] = checks.map { check in
            var item: [String: Any] = ["kind": check.kind, "rule": check.rule, "passed": check.passed, "detail": check.detail,
                                       "section": check.section ?? NSNull(), "threshold": check.threshold ?? NSNull()]
            item["value"] = check.value?.number ?? NSNull()
            return item
        }
        let object: [String: Any] = [
            "format_version": 1, "policy": policy, "policy_file": policyFile, "tier": tier.name, "model": model, "data": data,
            "rows": rows, "passed": passed, "breaches": breaches.count, "checks": items,
            "approved_mitigations": tier.approvedMitigations,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
