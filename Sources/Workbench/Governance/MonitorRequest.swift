import FairKit
import Foundation

/// What `learn monitor` was asked: how a model's inputs, performance and disparities move from a
/// baseline file across later batches. Run it with `run(currentDirectory:)`.
///
/// Every file is scored with the model (`PredictRequest`). Drift: each column the baseline and a
/// batch share (the model's inputs, protected columns, and the model's `score`; not the label or
/// the prediction) gets PSI (`PopulationStabilityIndex`) and, when numeric, the two-sample
/// Kolmogorov-Smirnov test. Disparity: the batch's predictions audited by protected column
/// (`FairnessAudit`); with labels also accuracy and error-rate gaps, without them selection rates
/// only. Alerts: PSI above `DriftConstants.psiSignificant`, a KS p-value below
/// `DriftConstants.ksAlpha`, and, with a policy, every requirement of the tier a batch breaches.
public struct MonitorRequest: Sendable, Equatable {
    /// The pipeline model file.
    public var model: String
    /// The baseline CSV file (the data the model was validated on).
    public var baseline: String
    /// The batch CSV files, in time order, comma-separated (as `--batches` takes them).
    public var batches: String
    /// Protected columns, comma-separated.
    public var protected: String
    /// Ranges of numeric protected columns, as `learn audit --bins` takes them.
    public var bins: String?
    /// An optional governance policy whose tier's requirements raise alerts.
    public var policy: String?
    /// The tier; the policy's `default_tier` when `nil`.
    public var tier: String?

    /// A request; bins, policy and tier may be left out.
    public init(model: String, baseline: String, batches: String, protected: String, bins: String? = nil,
                policy: String? = nil, tier: String? = nil) {
        self.model = model
        self.baseline = baseline
        self.batches = batches
        self.protected = protected
        self.bins = bins
        self.policy = policy
        self.tier = tier
    }

    /// Scores every file and measures each batch against the baseline. A wrong option is `usage`;
    /// an unreadable file or one without the model's columns is `badInput` naming it.
    public func run(currentDirectory: URL) throws -> MonitorResult {
        let batches = OptionValues.list(self.batches)
        guard !batches.isEmpty else { throw RequestFailure.usage("--batches", "name at least one batch file, e.g. --batches week1.csv,week2.csv") }
        let tierName = self.tier
        let tier = try policy.map { try GateRequest.tier(policy: $0, named: tierName, currentDirectory: currentDirectory) }
        let reference = try PredictRequest(model: model, data: baseline).run(currentDirectory: currentDirectory)
        let reports = try batches.map { name -> MonitorResult.Batch in
            let scored = try PredictRequest(model: model, data: name).run(currentDirectory: currentDirectory)
            let labelled = scored.table.hasColumn(scored.label)
            let audit = try audit(scored, labelled: labelled, file: name, required: tier?.metrics.map(\.metric) ?? [])
            var alerts: [String] = []
            let drift = try Self.drift(reference.table, scored.table, skipping: [scored.label, PredictRequest.predictionColumn])
            for feature in drift {
                if let psi = feature.psi.number, psi > DriftConstants.psiSignificant {
                    alerts.append("\(feature.column): PSI \(policyNumber(psi)) > \(policyNumber(DriftConstants.psiSignificant))")
                }
                if let ks = feature.ks, ks.pValue < DriftConstants.ksAlpha {
                    alerts.append("\(feature.column): KS D = \(policyNumber(ks.statistic)), p = \(String(format: "%.3g", ks.pValue)) < \(policyNumber(DriftConstants.ksAlpha))")
                }
            }
            var checks: [GateResult.Check] = []
            if let tier {
                for requirement in tier.metrics {
                    if requirement.metric == GovernancePolicy.aucMetricID {
                        if labelled { checks.append(GateRequest.aucCheck(requirement, scored: scored)) }
                    } else if labelled || requirement.metric == Self.unlabelledMetric {
                        checks += GateRequest.checks(requirement, audit: audit)
                    }
                }
            }
            alerts += checks.filter { !$0.passed }.map { "\($0.rule)\($0.section.map { " [\($0)]" } ?? ""): \($0.detail)" }
            return MonitorResult.Batch(file: name, rows: scored.table.rowCount, labelled: labelled, drift: drift, audit: audit,
                                       checks: checks, alerts: alerts)
        }
        var result = MonitorResult(model: model, baseline: baseline, tier: tier?.name, batches: reports)
        result.requirements = tier?.metrics ?? []
        return result
    }

    /// The only group metric a batch without labels has: it needs predictions alone.
    static let unlabelledMetric = "selection_rate"

    /// Selection rates (and, with labels, accuracy, TPR, FPR and the policy's `required` metrics) by protected column.
    private func audit(_ scored: PredictResult, labelled: Bool, file: String, required: [String]) throws -> FairnessAudit {
        var ids = ["selection_rate", "accuracy", "tpr", "fpr"]
        ids += required.filter { !ids.contains($0) && $0 != GovernancePolicy.aucMetricID }
        let metrics = labelled ? ids.joined(separator: ",") : Self.unlabelledMetric
        // Without labels the prediction stands in for the label: selection rates read predictions only.
        let request = AuditRequest(data: file, label: labelled ? scored.label : PredictRequest.predictionColumn,
                                   prediction: PredictRequest.predictionColumn, positive: labelled ? scored.positive : nil,
                                   protected: protected, bins: bins, metrics: metrics)
        let (columns, options) = try request.resolved()
        do {
            return try FairnessAudit(table: scored.table, columns: columns, options: options, dataName: file)
        } catch {
            throw RequestFailure(.badInput, "\(file): \(error)")
        }
    }

    /// PSI (and KS for numeric columns) of every column `batch` shares with `baseline`, but `skipping`.
    static func drift(_ baseline: Table, _ batch: Table, skipping: Set<String>) throws -> [MonitorResult.FeatureDrift] {
        try baseline.columnNames.filter { !skipping.contains($0) && batch.hasColumn($0) }.map { name in
            let before = try baseline.column(name), after = try batch.column(name)
            if let x = before.numbers, let y = after.numbers {
                let a = x.compactMap { $0 }, b = y.compactMap { $0 }
                return MonitorResult.FeatureDrift(column: name, kind: "numeric", psi: PopulationStabilityIndex.numeric(baseline: a, batch: b),
                                                  ks: KolmogorovSmirnov(a, b))
            }
            let a = (0..<before.count).map { before[$0].text }, b = (0..<after.count).map { after[$0].text }
            return MonitorResult.FeatureDrift(column: name, kind: "categorical", psi: PopulationStabilityIndex.categorical(baseline: a, batch: b), ks: nil)
        }
    }
}
