import FairKit
import Foundation

/// What `learn gate` was asked: judge a model file against a tier of a governance policy on a
/// labelled test file. Run it with `run(currentDirectory:)`; the result's `passed` is the gate.
///
/// The model scores the test rows (`PredictRequest`, threshold 0.5), the scored rows are audited
/// by protected column (and their intersection) through `FairnessAudit`, and each of the tier's
/// metric requirements is judged on every section; each required artifact must exist (relative
/// to the policy file's folder) and be non-trivial.
public struct GateRequest: Sendable, Equatable {
    /// The policy file (docs/governance.md).
    public var policy: String
    /// The pipeline model file.
    public var model: String
    /// The labelled test CSV file: the model's columns and its label column.
    public var data: String
    /// Protected columns, comma-separated.
    public var protected: String
    /// The tier; the policy's `default_tier` when `nil`.
    public var tier: String?
    /// Ranges of numeric protected columns, as `learn audit --bins` takes them.
    public var bins: String?
    /// Privileged groups, as `learn audit --privileged` takes them (a numeric column may be split in two).
    public var privileged: String?

    /// A request; the tier, bins and privileged groups may be left out.
    public init(policy: String, model: String, data: String, protected: String, tier: String? = nil,
                bins: String? = nil, privileged: String? = nil) {
        self.policy = policy
        self.model = model
        self.data = data
        self.protected = protected
        self.tier = tier
        self.bins = bins
        self.privileged = privileged
    }

    /// Reads the policy, scores and audits the data, and judges every requirement. A wrong option
    /// is `usage`; an unreadable or malformed policy (naming the field), model or data file is `badInput`.
    public func run(currentDirectory: URL) throws -> GateResult {
        let (policy, policyFolder) = try Self.readPolicy(self.policy, currentDirectory)
        let tier = try Self.tier(of: policy, file: self.policy, named: tier)
        let scored = try PredictRequest(model: model, data: data).run(currentDirectory: currentDirectory)
        let groupMetricIDs = Array(Set(tier.metrics.map(\.metric)).subtracting([GovernancePolicy.aucMetricID])).sorted()
        let fairness = try AuditRequest.predictions(scored, data: data, protected: protected, privileged: privileged, bins: bins,
                                                    metrics: (groupMetricIDs.isEmpty ? ["accuracy"] : groupMetricIDs).joined(separator: ","))
        var checks = tier.metrics.flatMap { requirement in
            requirement.metric == GovernancePolicy.aucMetricID
                ? [Self.aucCheck(requirement, scored: scored)]
                : Self.checks(requirement, audit: fairness)
        }
        let (_, mitigated) = try PredictRequest(model: model, data: data).loadModel(currentDirectory, allowMitigated: true)
        if let mitigated { checks.append(Self.mitigationCheck(mitigated.methodName, tier: tier)) }
        checks += tier.requiredArtifacts.map { Self.artifactCheck($0, folder: policyFolder) }
        return GateResult(policy: policy.name, policyFile: self.policy, tier: tier, model: model, data: data, rows: fairness.rowCount, checks: checks)
    }

    /// The tier `name` (the default tier when `nil`) of the policy file `policy`.
    static func tier(policy: String, named name: String?, currentDirectory: URL) throws -> GovernancePolicy.Tier {
        try tier(of: readPolicy(policy, currentDirectory).0, file: policy, named: name)
    }

    private static func tier(of policy: GovernancePolicy, file: String, named name: String?) throws -> GovernancePolicy.Tier {
        guard let tierName = name ?? policy.defaultTier else {
            throw RequestFailure.usage("--tier", "the policy has no default_tier; name one of \(policy.tiers.map(\.name).joined(separator: ", "))")
        }
        guard let tier = policy.tier(tierName) else {
            throw RequestFailure.usage("--tier", "'\(tierName)' is not a tier of \(file) (\(policy.tiers.map(\.name).joined(separator: ", ")))")
        }
        return tier
    }

    private static func readPolicy(_ policy: String, _ folder: URL) throws -> (GovernancePolicy, URL) {
        let url = URL.resolving(policy, from: folder)
        guard let data = try? Data(contentsOf: url) else {
            throw RequestFailure(.badInput, "\(policy): cannot read the policy file (\(FileManager.default.fileExists(atPath: url.path) ? "not readable" : "no such file"))")
        }
        do {
            return (try GovernancePolicy(json: data), url.deletingLastPathComponent())
        } catch {
            throw RequestFailure(.badInput, "\(policy): \(error) (docs/governance.md describes every field)")
        }
    }

    /// One check per audit section: the Fairlearn between-groups ratio or difference, or the overall value.
    static func checks(_ requirement: GovernancePolicy.MetricRequirement, audit: FairnessAudit) -> [GateResult.Check] {
        let sections = requirement.check == .minimum ? Array(audit.sections.prefix(1)) : audit.sections
        return sections.map { section in
            let value: MetricValue
            switch requirement.check {
            case .ratio: value = section.fairlearn.metrics[requirement.metric]?.ratio ?? .undefined(reason: "not audited")
            case .difference: value = section.fairlearn.metrics[requirement.metric]?.difference ?? .undefined(reason: "not audited")
            case .minimum: value = section.overall[requirement.metric] ?? .undefined(reason: "not audited")
            }
            return GateResult.Check(metric: requirement, section: requirement.check == .minimum ? nil : section.title, value: value)
        }
    }

    /// The area under the ROC curve of the model's scores against the labels.
    static func aucCheck(_ requirement: GovernancePolicy.MetricRequirement, scored: PredictResult) -> GateResult.Check {
        let value: MetricValue
        do {
            let label = try BinaryLabel(fitting: try scored.table.column(scored.label), positive: scored.positive)
            let labels = try label.values(in: scored.table)
            guard !labels.contains(nil) else { throw RequestFailure(.badInput, "the label column '\(scored.label)' has missing values") }
            value = try ROCCurve.areaUnderCurve(labels: labels.compactMap { $0 }, scores: scored.scores)
        } catch {
            value = .undefined(reason: "\(error)")
        }
        return GateResult.Check(metric: requirement, section: nil, value: value)
    }

    /// A mitigated model's method (its file's `mitigation.method`) must be one the tier approves;
    /// an empty list approves none. A plain pipeline records no mitigation and gets no check
    /// (reweighing, which refits a plain pipeline, cannot be told from no mitigation).
    static func mitigationCheck(_ method: String, tier: GovernancePolicy.Tier) -> GateResult.Check {
        if tier.approvedMitigations.contains(method) {
            return GateResult.Check(mitigation: method, problem: nil)
        }
        let approved = tier.approvedMitigations.isEmpty ? "none are approved" : "approved: " + tier.approvedMitigations.joined(separator: ", ")
        return GateResult.Check(mitigation: method, problem: "\(method) is not an approved mitigation for tier '\(tier.name)' (\(approved))")
    }

    /// Present, at least `minBytes` bytes once trimmed, and holding every listed section.
    static func artifactCheck(_ requirement: GovernancePolicy.ArtifactRequirement, folder: URL) -> GateResult.Check {
        let url = URL.resolving(requirement.path, from: folder)
        guard let data = try? Data(contentsOf: url) else {
            return GateResult.Check(artifact: requirement, problem: "\(requirement.path) does not exist")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.utf8.count < requirement.minBytes {
            return GateResult.Check(artifact: requirement, problem: "\(requirement.path) has \(text.utf8.count) bytes, fewer than \(requirement.minBytes)")
        }
        let missing = requirement.sections.filter { !text.contains($0) }
        if !missing.isEmpty {
            return GateResult.Check(artifact: requirement, problem: "\(requirement.path) lacks " + missing.map { "'\($0)'" }.joined(separator: ", "))
        }
        return GateResult.Check(artifact: requirement, problem: nil)
    }
}
