// The ethics review board's driver (docs/projects.md, "The driver"): `learn project run ethics-review-board` compiles it
// with your step files and projects/ProjectSupport.swift, runs it, and copies what it writes to
// projects-out/ethics-review-board/. FairKit generates the synthetic patients and audits; your steps run the review.

import FairKit
import Foundation

ProjectRun.start()
// The patients (seed 2026, 2,000 rows; SyntheticPatients documents the planted bias) and the tool under review:
// the vendor's referral score, which refers a patient when diagnostic_score >= 40.
let patients = try SyntheticPatients.dataset()
let table = patients.table
func texts(_ name: String, rows: Range<Int>? = nil) -> [String] {
    guard let column = try? table.column(name) else { return [] }
    return (rows ?? 0..<table.rowCount).map { column[$0].text ?? "missing" }
}
let ethnicity = texts("ethnicity")
let referred = texts("referred").map { $0 == "yes" ? 1 : 0 }

// Step 2: the tier and its checklist.
let (tier, required) = ProjectRun.step("review-checklist") { () -> (RiskTier, [String]) in
    let tier = riskTier(influencesDiagnosisOrTreatment: true, patientFacing: false, humanInTheLoop: true)
    let artifacts = requiredArtifacts(for: tier)
    guard !artifacts.isEmpty else { ProjectRun.fail("review-checklist", "requiredArtifacts(for: .\(tier.rawValue)) is empty; every tier needs a model card") }
    return (tier, artifacts)
}

// The bias audit (FairKit), written as the bias audit report.
let audit = try FairnessAudit(table: table, columns: .init(label: "condition", prediction: .column("referred"), positive: "yes",
                                                         protected: [.init("ethnicity"), .init("sex")]),
                              options: .init(), dataName: "synthetic patients (seed \(SyntheticPatients.defaultSeed))")
let auditDocument = AuditReport(audit: audit).document
ProjectRun.write(auditDocument.markdown(chartImages: ""), to: "bias-audit-report.md")
for chart in auditDocument.charts { ProjectRun.write(chart.svgFile(), to: ReportDocument.imageFile(chart)) }

// Step 3: missed diagnoses by group, for the referral score and for a model retrained without the score.
let fnr = ProjectRun.step("missed-diagnoses") { () -> [String: Double] in
    guard let rates = falseNegativeRates(labels: patients.labels, predictions: referred, groups: ethnicity),
          Set(rates.keys) == ["majority", "minority"] else {
        ProjectRun.fail("missed-diagnoses", "falseNegativeRates did not return a rate for both ethnic groups")
    }
    for (group, rate) in rates { _ = ProjectRun.finite(rate, "missed-diagnoses", "the false negative rate of \(group)", unit: true) }
    return rates
}
// The engineers' remedy: logistic regression on the measurements only (no score, no ethnicity), trained on patients 1-1400,
// judged on patients 1401-2000 against the score on the same patients, at the clinic's referral probability 0.3.
let trainRows = Array(0..<1400), testRows = Array(1400..<2000)
var retrained = Pipeline(settings: .init(label: "condition", positive: "yes",
                                         features: .columns(["age", "sex", "biomarker", "systolic_bp", "smoker"]), protected: ["ethnicity"]),
                         classifier: try LogisticRegression())
try retrained.fit(table.selectingRows(trainRows))
let testTable = try table.selectingRows(testRows)
let retrainedReferrals = try retrained.predict(testTable, threshold: 0.3)
let testLabels = testRows.map { patients.labels[$0] }, testGroups = testRows.map { ethnicity[$0] }
let (scoreOnTest, retrainedOnTest) = ProjectRun.step("missed-diagnoses") { () -> ([String: Double], [String: Double]) in
    guard let a = falseNegativeRates(labels: testLabels, predictions: testRows.map { referred[$0] }, groups: testGroups),
          let b = falseNegativeRates(labels: testLabels, predictions: retrainedReferrals, groups: testGroups) else {
        ProjectRun.fail("missed-diagnoses", "falseNegativeRates returned nil for valid labels and predictions")
    }
    return (a, b)
}
ProjectRun.writeModel(retrained, to: "retrained.model.json")
ProjectRun.writeModelCard(for: "retrained.model.json", data: "synthetic patients 1401-2000 (seed \(SyntheticPatients.defaultSeed))",
                         labels: testLabels, predictions: retrainedReferrals,
                         protected: [("ethnicity", testGroups), ("sex", texts("sex", rows: 1400..<2000))], threshold: 0.3)
func gap(_ rates: [String: Double]) -> Double { (rates.values.max() ?? 0) - (rates.values.min() ?? 0) }

// The failure-mode analysis, from the findings.
let failureModes = """
    # Failure-mode analysis: the referral score

    ## Failure modes
    Missed diagnoses fall unevenly: \(ReportNumber.rate(fnr["minority"] ?? .nan)) of minority patients with the condition are not referred, \
    against \(ReportNumber.rate(fnr["majority"] ?? .nan)) of majority patients (\(patients.labels.count) synthetic patients). The condition \
    is equally common in both groups, so the score, not the population, makes the difference: its mean is lower for minority patients at \
    the same measured risk. A patient not referred waits for symptoms to worsen.

    ## Mitigations
    Retraining on the measurements without the score brings the gap in missed diagnoses on held-out patients from \
    \(ReportNumber.rate(gap(scoreOnTest))) to \(ReportNumber.rate(gap(retrainedOnTest))). Until a corrected model is validated, referrals \
    stay with clinicians, and monitoring compares missed diagnoses by group every month.
    """
ProjectRun.write(failureModes + "\n", to: "failure-modes.md")

// The checklist: each required artifact checked for presence and completeness by your step 2.
let expected: [String: (file: String, headings: [String])] = [
    "bias audit report": ("bias-audit-report.md", ["Summary", "ethnicity"]),
    "model card": ("model-card.md", ["Intended use", "Caveats and recommendations"]),
    "failure-mode analysis": ("failure-modes.md", ["Failure modes", "Mitigations"]),
]
let minimumWords = 20
let checklist = ProjectRun.step("review-checklist") { () -> [(name: String, file: String, problems: [String])] in
    required.map { name in
        let spec = expected[name] ?? (file: name.replacingOccurrences(of: " ", with: "-") + ".md", headings: [])
        let text = try? String(contentsOf: ProjectRun.outputFolder.appendingPathComponent(spec.file), encoding: .utf8)
        return (name, spec.file, artifactProblems(document: text, requiredHeadings: spec.headings, minimumWords: minimumWords))
    }
}
let incomplete = checklist.filter { !$0.problems.isEmpty }.count
let maxGap = 0.1
let decision = ProjectRun.step("missed-diagnoses") { boardDecision(falseNegativeRates: fnr, maxGap: maxGap, incompleteArtifacts: incomplete) }

// The report.
let groups = ["majority", "minority"]
var blocks: [ReportBlock] = [
    .paragraph(["A simulated review of a high-risk diagnostic model by the AI ethics review board of a healthcare company. The model is a vendor's ",
                ReportSpan("referral score; the data are \(patients.labels.count) synthetic patients (seed \(SyntheticPatients.defaultSeed)) in which the score is "),
                ReportSpan("under-reported by \(String(format: "%g", SyntheticPatients.defaultUnderReporting)) points for minority patients at equal risk: a bias planted on purpose, "),
                "which the review must find. ", ReportSpan("Checklist, rates and decision computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "Tier and checklist"),
    .paragraph(["Diagnostic support is tier ", ReportSpan(tier.rawValue, .strong), ": the board requires ", ReportSpan(required.joined(separator: ", "), .strong), "."]),
    .table(ReportTable(headers: ["Artifact", "File", "Status"], alignments: [.left, .left, .left],
                       rows: checklist.map { item in
                           [ReportCell(item.name), ReportCell(item.file),
                            item.problems.isEmpty ? ReportCell("complete", .fair) : ReportCell(item.problems.joined(separator: "; "), .flag)]
                       })),
    .heading(level: 2, text: "Findings"),
    .chart(GroupedBarChart(title: "Missed diagnoses by ethnicity (held-out patients 1401-2000)", metrics: ["Referral score", "Retrained without the score"],
                           unit: "false negative rate, share of patients with the condition not referred", groups: groups,
                           values: groups.map { g in [scoreOnTest[g].map(MetricValue.value) ?? .undefined(reason: "no patient with the condition"),
                                                      retrainedOnTest[g].map(MetricValue.value) ?? .undefined(reason: "no patient with the condition")] }).chart()),
    .paragraph(["On all patients the referral score misses ", ReportSpan(ReportNumber.rate(fnr["minority"] ?? .nan), .flag), " of minority patients with the condition, against ",
                ReportSpan(ReportNumber.rate(fnr["majority"] ?? .nan), .strong), " of majority patients: a gap of ", ReportSpan(ReportNumber.rate(gap(fnr)), .flag),
                ReportSpan(", above the board's tolerance of \(ReportNumber.rate(maxGap)). Retrained without the score, the gap on held-out patients is "),
                ReportSpan(ReportNumber.rate(gap(retrainedOnTest)), .strong), ReportSpan(" (score: \(ReportNumber.rate(gap(scoreOnTest)))).")]),
    .heading(level: 2, text: "The review"),
    .table(ReportTable(headers: ["Role", "Brings to the review"], alignments: [.left, .left], rows: [
        ["Legal", "discrimination and liability exposure; what must be documented"],
        ["Clinical", "the harm of a missed diagnosis; the workflow around the score"],
        ["Engineering", "the cause in the data; the cost of each fix"],
        ["Patient advocacy", "disclosure, consent and redress for affected patients"],
    ].map { $0.map { ReportCell($0) } })),
    .paragraph(["Decision by the board's rule (reject above the gap tolerance, postpone while artifacts are incomplete): ",
                ReportSpan(decision.rawValue, decision == .approve ? .fair : .flag), ". The minutes of the simulated review are the learner's ",
                "projects-work/ethics-review-board/review_minutes.md; the charter is charter.md beside it."]),
]
blocks.append(.paragraph([ReportSpan("The model card (model-card.md, .html, .json) is FairKit's card of the engineers' remedy, retrained.model.json, "
                                     + "measured on patients 1401-2000 at the referral probability 0.3; the fields only people can write are "
                                     + "\"To be written\" but for the intended use the project states.", .muted)]))
ProjectRun.writeReport(ReportDocument(title: "Ethics review: a high-risk diagnostic model", blocks: blocks))
ProjectRun.writeNumbers([
    "patients": Double(patients.labels.count), "fnr_majority": fnr["majority"], "fnr_minority": fnr["minority"], "fnr_gap": gap(fnr),
    "tpr_difference_fairkit": audit.sections.first?.fairlearn.metrics["tpr"]?.difference.number,
    "test_fnr_gap_score": gap(scoreOnTest), "test_fnr_gap_retrained": gap(retrainedOnTest),
    "incomplete_artifacts": Double(incomplete), "decision_reject": decision == .reject ? 1 : 0,
])
ProjectRun.finish()
