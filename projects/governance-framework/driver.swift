// The governance framework's driver (docs/projects.md, "The driver"): `learn project run governance-framework` compiles it
// with your step files and projects/ProjectSupport.swift, runs it, and copies what it writes to
// projects-out/governance-framework/. FairKit trains and audits; your steps set the tiers, judge the model and watch it.

import FairKit
import Foundation

ProjectRun.start()
// The use cases the framework covers, tiered by your step 1.
let useCases: [(name: String, domain: String, decides: Bool)] = [
    ("résumé screening", "hiring", true), ("loan approval", "credit", true), ("marketing offers", "marketing", true),
    ("inventory forecasting", "inventory forecasting", false),
]
let tiers = ProjectRun.step("risk-tiers") { () -> [String] in
    useCases.map { useCase in
        let tier = riskTier(domain: useCase.domain, decidesAboutIndividuals: useCase.decides)
        guard ["high", "medium", "low"].contains(tier) else { ProjectRun.fail("risk-tiers", "riskTier returned '\(tier)' for \(useCase.name)") }
        return tier
    }
}
let tierNames = ["high", "medium", "low"]
let requirementsByTier = ProjectRun.step("risk-tiers") { () -> [String: [Requirement]] in
    Dictionary(uniqueKeysWithValues: tierNames.map { ($0, requirements(tier: $0)) })
}
guard let highRequirements = requirementsByTier["high"], !highRequirements.isEmpty else {
    ProjectRun.fail("risk-tiers", "requirements(tier: \"high\") is empty; the high tier has mandatory metrics")
}

// The policy file, in `learn gate`'s format (docs/governance.md), from your tiers and thresholds.
let approved: [String: [String]] = ["high": ["reweighing", "exponentiated_gradient", "threshold_optimizer"],
                                    "medium": ["reweighing", "exponentiated_gradient", "threshold_optimizer", "correlation_remover"], "low": []]
let artifacts: [String: [[String: Any]]] = [
    "high": [["name": "model card", "path": "model-card.md", "min_bytes": 400, "sections": ["## Intended use", "## Caveats and recommendations"]],
             ["name": "bias audit report", "path": "bias-audit-report.md", "min_bytes": 400, "sections": ["## Summary"]],
             ["name": "explanation report", "path": "explanations.md", "min_bytes": 200]],
    "medium": [["name": "model card", "path": "model-card.md", "min_bytes": 200]],
    "low": [["name": "model card", "path": "model-card.md"]],
]
func thresholdKey(_ check: String) -> String { check == "ratio" ? "tau" : check == "difference" ? "max" : "min" }
var tierObjects: [String: Any] = [:]
for tier in tierNames {
    tierObjects[tier] = [
        "use_cases": zip(useCases, tiers).filter { $0.1 == tier }.map { $0.0.name },
        "metrics": (requirementsByTier[tier] ?? []).map { ["metric": $0.metric, "check": $0.check, thresholdKey($0.check): $0.threshold] },
        "approved_mitigations": approved[tier] ?? [], "required_artifacts": artifacts[tier] ?? [],
    ]
}
let policy: [String: Any] = ["format_version": 1, "name": "Fairwork practice governance policy", "default_tier": "high", "tiers": tierObjects]
ProjectRun.write(String(decoding: try JSONSerialization.data(withJSONObject: policy, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self) + "\n",
                 to: "policy.json")

// The model under governance: the loan model (credit, high tier), German Credit rows 1-700 to train, 701-1000 to test.
let german = try Dataset.germanCredit()
let train = german.selectingRows(Array(0..<700)), test = german.selectingRows(Array(700..<1000))
// The protected attribute the bank is questioned about is age; the gate judges age_group.
var baseline = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
try baseline.fit(train.table)
try CSVWriter().write(test.table, to: ProjectRun.outputFolder.appendingPathComponent("test.csv"))
func audit(_ model: Pipeline, _ table: Table, _ name: String) throws -> FairnessAudit {
    let scored = try table.adding(.numeric("prediction", try model.predict(table).map(Double.init)))
    return try FairnessAudit(table: scored, columns: .init(label: german.labelColumn, prediction: .column("prediction"), positive: "good",
                                                         protected: [.init("age_group")]),
                             options: .init(), dataName: name)
}
// An approved mitigation for the high tier: reweighing by age group and outcome (FairKit's Reweighing), the model refitted.
var reweighing = Reweighing()
let trainAges = SensitiveFeature(try train.table.column("age_group"))
try reweighing.fit(labels: train.labels, sensitive: trainAges)
var model = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
try model.fit(train.table, sampleWeight: try reweighing.transform(labels: train.labels, sensitive: trainAges))
ProjectRun.writeModel(baseline, to: "baseline.model.json")
ProjectRun.writeModel(model, to: "model.json")
func texts(_ name: String) -> [String] { (0..<test.table.rowCount).map { (try? test.table.column(name))?[$0].text ?? "missing" } }
ProjectRun.writeModelCard(for: "model.json", data: "test.csv", labels: test.labels, predictions: try model.predict(test.table),
                         protected: [("age_group", texts("age_group")), ("sex", texts("sex"))])
let baselineAudit = try audit(baseline, test.table, "test.csv"), testAudit = try audit(model, test.table, "test.csv")
let auditDocument = AuditReport(audit: testAudit).document
ProjectRun.write(auditDocument.markdown(chartImages: ""), to: "bias-audit-report.md")
for chart in auditDocument.charts { ProjectRun.write(chart.svgFile(), to: ReportDocument.imageFile(chart)) }

// Step 1 again: judge the high tier's requirements on every protected attribute (the worst section counts, as the gate does).
func measured(_ audit: FairnessAudit) -> [String: Double] {
    var values: [String: Double] = [:]
    for r in highRequirements {
        let key = "\(r.metric) \(r.check)"
        let perSection = audit.sections.compactMap { section -> Double? in
            switch r.check {
            case "ratio": return section.fairlearn.metrics[r.metric]?.ratio.number
            case "difference": return section.fairlearn.metrics[r.metric]?.difference.number
            default: return section.overall[r.metric]?.number
            }
        }
        if let worst = r.check == "difference" ? perSection.max() : perSection.min() { values[key] = worst }
    }
    return values
}
let baselineMeasured = measured(baselineAudit), testMeasured = measured(testAudit)
let baselineBreaches = ProjectRun.step("risk-tiers") { breaches(highRequirements, measured: baselineMeasured) }
let testBreaches = ProjectRun.step("risk-tiers") { breaches(highRequirements, measured: testMeasured) }

// Explanations the high tier requires: the model's coefficients by source column, largest first (global), in a file.
let importance = zip(model.sourceColumns, (model.classifier as? LogisticRegression)?.fitted?.coefficients ?? [])
    .reduce(into: [String: Double]()) { $0[$1.0, default: 0] += abs($1.1) }
ProjectRun.write("# Explanations\n\n## Global\nThe model's absolute log-odds coefficients (standardised inputs), summed by source column:\n\n"
                 + importance.sorted { $0.value > $1.value }.map { "- \($0.key): \(ReportNumber.rate($0.value))" }.joined(separator: "\n")
                 + "\n\n## Local\n`learn explain --model model.json --data test.csv --rows 0-4` gives Shapley values per applicant.\n",
                 to: "explanations.md")

// The CI gate: a GitHub Actions step running `learn gate` on every change of the model.
ProjectRun.write("""
    # .github/workflows/model-gate.yml: the deployment gate of the governance framework.
    name: model gate
    on: [push, pull_request]
    jobs:
      gate:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Build learn
            run: swift build -c release --product learn
          - name: Gate the credit model (tier high)
            run: .build/release/learn gate --policy policy.json --model model.json --data test.csv --protected age_group --tier high

    """, to: "ci-gate.yml")

// Monitoring the deployed (reweighed) model: six monthly batches, each the 300 test applicants, in which young applicants
// ask for ever larger loans (credit_amount × (1 + 0.4 k) for age <= 25 in month k, k = 0...5): planted drift and fairness decay.
let baselineAmounts = try train.table.column("credit_amount").numbers?.compactMap { $0 } ?? []
func decileCuts(_ values: [Double]) -> [Double] {
    let sorted = values.sorted()
    let cuts = (1...9).map { k -> Double in
        let h = Double(sorted.count - 1) * Double(k) / 10, low = Int(h.rounded(.down)), high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }
    return cuts.reduce(into: [Double]()) { if $0.last != $1 { $0.append($1) } }
}
let cuts = decileCuts(baselineAmounts)
func shares(_ values: [Double]) -> [Double] {
    var counts = [Double](repeating: 0, count: cuts.count + 1)
    for v in values { counts[cuts.firstIndex { v <= $0 } ?? cuts.count] += 1 }
    return counts.map { $0 / Double(values.count) }
}
var months: [String] = [], ratios: [Double] = [], psiMine: [Double] = [], psiFairKit: [Double] = []
for k in 0..<6 {
    var batch = test.table
    let ages = try batch.column("age_group"), amounts = try batch.column("credit_amount").numbers ?? []
    let moved = (0..<batch.rowCount).map { i -> Double? in
        amounts[i].map { ages[i].text == "age <= 25" ? $0 * (1 + 0.4 * Double(k)) : $0 }
    }
    batch = try batch.adding(.numeric("credit_amount", moved))
    let monthAudit = try audit(model, batch, "month \(k + 1)")
    months.append("month \(k + 1)")
    ratios.append(monthAudit.sections.first { $0.title == "age_group" }?.fairlearn.metrics["selection_rate"]?.ratio.number ?? .nan)
    let values = moved.compactMap { $0 }
    psiFairKit.append(PopulationStabilityIndex.numeric(baseline: baselineAmounts, batch: values).number ?? .nan)
    psiMine.append(ProjectRun.step("fairness-decay") {
        ProjectRun.finite(populationStability(baseline: shares(baselineAmounts), batch: shares(values), floor: DriftConstants.psiFloor),
                          "fairness-decay", "populationStability for month \(k + 1)")
    })
}
let tau = highRequirements.first { $0.metric == "selection_rate" && $0.check == "ratio" }?.threshold ?? 0.8
let decay = ProjectRun.step("fairness-decay") { firstDecayAlert(ratios: ratios, tau: tau, consecutive: 2) }

// The report.
var blocks: [ReportBlock] = [
    .paragraph(["A responsible-AI governance framework in action: risk tiers, mandatory metrics per tier in a policy file `learn gate` reads, ",
                "required documents, a CI gate and monitoring for drift and fairness decay, applied to a credit model on German Credit. ",
                ReportSpan("Tiers, judgements and monitoring computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "Risk tiers"),
    .table(ReportTable(headers: ["Use case", "Tier", "Mandatory metrics"], alignments: [.left, .left, .left],
                       rows: zip(useCases, tiers).map { useCase, tier in
                           [ReportCell(useCase.name), ReportCell(tier, tier == "high" ? .strong : .plain),
                            ReportCell((requirementsByTier[tier] ?? []).map { "\($0.metric) \($0.check) \(thresholdKey($0.check)) \(ReportNumber.rate($0.threshold))" }.joined(separator: "; "))]
                       })),
    .heading(level: 2, text: "The pre-deployment gate"),
    .paragraph(["The credit model (tier high) on 300 test applicants by age group, unmitigated: "]
               + highRequirements.map { r in ReportSpan("\(r.metric) \(r.check) \(baselineMeasured["\(r.metric) \(r.check)"].map(ReportNumber.rate) ?? "not measured"); ") }
               + [baselineBreaches.isEmpty ? ReportSpan("it passes.", .fair) : ReportSpan("breaches: " + baselineBreaches.joined(separator: "; ") + ".", .flag)]),
    .paragraph(["Reweighed by age group and outcome (reweighing is approved for the high tier): "]
               + highRequirements.map { r in ReportSpan("\(r.metric) \(r.check) \(testMeasured["\(r.metric) \(r.check)"].map(ReportNumber.rate) ?? "not measured"); ") }
               + [testBreaches.isEmpty ? ReportSpan("every mandatory metric passes; this is the model deployed and monitored below (model.json).", .fair)
                                       : ReportSpan("breaches: " + testBreaches.joined(separator: "; ") + ". It is monitored below all the same, to show what monitoring sees.", .flag)]),
    .paragraph(["The same judgement runs in CI: ci-gate.yml calls `learn gate` with policy.json, model.json and test.csv; it also requires the ",
                "model card (model-card.md, FairKit's ModelCard of model.json on test.csv), the bias audit report and the explanation report."]),
    .heading(level: 2, text: "Monitoring"),
    .chart(DriftChart(title: "Selection-rate ratio by age group, month by month", batches: months, series: [.init("age_group", values: ratios)],
                      valueLabel: "Selection-rate ratio (lowest / highest group, unitless)", threshold: tau, alertSide: .below).chart()),
    .chart(DriftChart(title: "PSI of credit_amount, month by month", batches: months,
                      series: [.init("credit_amount (your PSI)", values: psiMine), .init("credit_amount (FairKit)", values: psiFairKit)],
                      valueLabel: "PSI (population stability index, unitless)", threshold: DriftConstants.psiSignificant).chart()),
    .paragraph([decay.map { ReportSpan("Fairness decay: the ratio stayed below \(ReportNumber.rate(tau)) two months running by \(months[$0]); the framework sends the model back to the board.", .flag) }
                ?? ReportSpan("No fairness decay: the ratio never stayed below \(ReportNumber.rate(tau)) two months running.", .fair)]),
]
blocks.append(.paragraph([ReportSpan("The framework's text (tiers, thresholds, mitigations, explanation and documentation duties, the gate, monitoring and review) is projects-work/governance-framework/framework.md.", .muted)]))
ProjectRun.writeReport(ReportDocument(title: "A governance framework for fair ML", blocks: blocks))
var numbers: [String: Double?] = ["test_breaches": Double(testBreaches.count), "baseline_breaches": Double(baselineBreaches.count),
                                  "decay_alert_month": decay.map { Double($0 + 1) }]
for (key, value) in testMeasured { numbers["test " + key] = value }
for (key, value) in baselineMeasured { numbers["baseline " + key] = value }
for k in 0..<6 { numbers["month\(k + 1)_ratio"] = ratios[k]; numbers["month\(k + 1)_psi"] = psiMine[k]; numbers["month\(k + 1)_psi_fairkit"] = psiFairKit[k] }
ProjectRun.writeNumbers(numbers)
ProjectRun.finish()
