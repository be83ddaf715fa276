// The COMPAS case study's driver (docs/projects.md, "The driver"): `learn project run compas-case-study` compiles it
// with your four step files and projects/ProjectSupport.swift, runs it, and copies what it writes to
// projects-out/compas-case-study/. FairKit loads the data and fits a model; your steps reproduce ProPublica's analysis.

import FairKit
import Foundation

ProjectRun.start()
let everyone = try Dataset.compas(rows: .all)
func column(_ dataset: Dataset, _ name: String) -> Column? { try? dataset.table.column(name) }
func texts(_ dataset: Dataset, _ name: String) -> [String] {
    guard let c = column(dataset, name) else { return [] }
    return (0..<dataset.table.rowCount).map { c[$0].text ?? "" }
}
func numbers(_ dataset: Dataset, _ name: String) -> [Double?] {
    guard let c = column(dataset, name) else { return [] }
    return (0..<dataset.table.rowCount).map { c[$0].number }
}

// Step 1: ProPublica's filter, applied by your code to all 7,214 defendants.
let kept = ProjectRun.step("propublica-filter") { () -> [Int] in
    guard let rows = propublicaRows(daysFromArrest: numbers(everyone, "days_b_screening_arrest"),
                                    isRecid: numbers(everyone, "is_recid").map { Int($0 ?? -1) },
                                    chargeDegree: texts(everyone, "c_charge_degree"), scoreText: texts(everyone, "score_text")) else {
        ProjectRun.fail("propublica-filter", "propublicaRows returned nil for columns of equal length")
    }
    guard !rows.isEmpty, rows.allSatisfy({ everyone.table.rowCount > $0 && $0 >= 0 }), Set(rows).count == rows.count else {
        ProjectRun.fail("propublica-filter", "propublicaRows must list distinct row numbers of the table (got \(rows.count))")
    }
    return rows
}
let compas = everyone.selectingRows(kept)
let race = texts(compas, "race"), deciles = numbers(compas, "decile_score").map { Int($0 ?? 0) }
let compared = ["African-American", "Caucasian"]
let races = ["African-American", "Caucasian", "Hispanic", "Other"]

// Step 2: error rates by race of "high risk" (decile 5 or more).
let (predictions, errors) = ProjectRun.step("error-rates") { () -> ([Int], [String: RiskErrors]) in
    let predicted = highRisk(deciles: deciles, cutoff: 5)
    guard predicted.count == deciles.count, predicted.allSatisfy({ $0 == 0 || $0 == 1 }) else {
        ProjectRun.fail("error-rates", "highRisk must return one 0 or 1 per defendant")
    }
    guard let errors = riskErrors(labels: compas.labels, predictions: predicted, groups: race) else {
        ProjectRun.fail("error-rates", "riskErrors returned nil for valid labels and predictions")
    }
    for name in races {
        guard let e = errors[name] else { ProjectRun.fail("error-rates", "riskErrors has no entry for '\(name)'") }
        _ = ProjectRun.finite(e.prevalence, "error-rates", "the prevalence of '\(name)'", unit: true)
        for (what, value) in [("FPR", e.falsePositiveRate), ("FNR", e.falseNegativeRate), ("PPV", e.positivePredictiveValue)] where value != nil {
            _ = ProjectRun.finite(value, "error-rates", "the \(what) of '\(name)'", unit: true)
        }
    }
    return (predicted, errors)
}

// Step 3: calibration by race.
let (calibration, calibrationGap) = ProjectRun.step("calibration") { () -> ([String: [ScoreCell]], Double?) in
    guard let table = reoffendingByScore(scores: deciles, labels: compas.labels, groups: race) else {
        ProjectRun.fail("calibration", "reoffendingByScore returned nil for valid scores and labels")
    }
    for name in compared {
        guard let cells = table[name], !cells.isEmpty else { ProjectRun.fail("calibration", "no cells for '\(name)'") }
        for cell in cells { _ = ProjectRun.finite(cell.rate, "calibration", "the rate of '\(name)' at score \(cell.score)", unit: true) }
    }
    return (table, meanCalibrationGap(table[compared[0]] ?? [], table[compared[1]] ?? []))
}

// Step 4: Chouldechova's identity on the measured rates, and the gap it forces.
let (implied, forcedGap) = ProjectRun.step("impossibility") { () -> ([String: Double], Double?) in
    var implied: [String: Double] = [:]
    for name in compared {
        guard let e = errors[name], let ppv = e.positivePredictiveValue, let fnr = e.falseNegativeRate,
              let fpr = impliedFalsePositiveRate(prevalence: e.prevalence, ppv: ppv, fnr: fnr) else {
            ProjectRun.fail("impossibility", "impliedFalsePositiveRate returned nil for the measured rates of '\(name)'")
        }
        implied[name] = ProjectRun.finite(fpr, "impossibility", "the implied FPR of '\(name)'")
    }
    // Suppose the score gave African-American defendants the Caucasian PPV and FNR: which FPR gap would remain?
    let white = errors["Caucasian"]
    let gap = forcedFalsePositiveGap(prevalenceA: errors["African-American"]?.prevalence ?? .nan, prevalenceB: white?.prevalence ?? .nan,
                                     ppv: white?.positivePredictiveValue ?? .nan, fnr: white?.falseNegativeRate ?? .nan)
    return (implied, gap)
}

// A model trained without race or sex, to show the trade-off is not COMPAS's alone.
let split = try DataSplit.trainTest(rowCount: compas.table.rowCount, testSize: .fraction(0.3), seed: 21, stratifyBy: compas.labels)
let (train, test) = compas.split(split)
var model = Pipeline(settings: .init(label: compas.labelColumn,
                                     features: .columns(["age", "juv_fel_count", "juv_misd_count", "juv_other_count", "priors_count", "c_charge_degree"]),
                                     protected: ["race", "sex"]), classifier: try LogisticRegression())
try model.fit(train.table)
let modelPredictions = try model.predict(test.table)
let modelErrors = riskErrors(labels: test.labels, predictions: modelPredictions, groups: texts(test, "race")) ?? [:]

// The report.
func value(_ x: Double?, _ reason: String) -> MetricValue { x.map { MetricValue.value($0) } ?? MetricValue.undefined(reason: reason) }
func rates(_ table: [String: RiskErrors]) -> [[MetricValue]] {
    races.map { name in
        let e = table[name]
        return [value(e?.falsePositiveRate, "no one without a new offence"), value(e?.falseNegativeRate, "no one re-offended"),
                value(e?.positivePredictiveValue, "no one labelled high risk"), value(e?.prevalence, "no defendants")]
    }
}
let metrics = ["False positive rate", "False negative rate", "Positive predictive value", "Prevalence"]
var blocks: [ReportBlock] = [
    .paragraph(["In 2016 ProPublica reported that COMPAS, a risk score used in Broward County, Florida, labelled Black defendants who did not ",
                "re-offend as high risk about twice as often as white ones; Northpointe answered that the score is equally accurate for both ",
                "(calibrated, with equal predictive value). Both were right, and they could not both be satisfied: this report shows why, with ",
                "the data. ", ReportSpan("Computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "The data"),
    .paragraph([ReportSpan("ProPublica's filter keeps \(ReportNumber.count(kept.count)) of \(ReportNumber.count(everyone.table.rowCount)) defendants "
                           + "(screened within 30 days of arrest, with a known outcome, a score, and not a traffic offence). \"High risk\" is a decile "
                           + "score of 5 or more (Medium or High), \"re-offended\" a new charge within two years.")]),
    .heading(level: 2, text: "Error rates by race"),
    .chart(GroupedBarChart(title: "COMPAS error rates by race (high risk = decile 5+)", metrics: metrics, unit: "share of the group's rows",
                           groups: races, values: rates(errors)).chart()),
    .paragraph([ReportSpan("African-American defendants who did not re-offend were labelled high risk at "),
                ReportSpan(ReportNumber.rate(errors["African-American"]?.falsePositiveRate ?? .nan), .flag), ReportSpan(", Caucasian ones at "),
                ReportSpan(ReportNumber.rate(errors["Caucasian"]?.falsePositiveRate ?? .nan), .strong),
                ReportSpan("; the misses run the other way (false negative rates \(ReportNumber.rate(errors["African-American"]?.falseNegativeRate ?? .nan)) "
                           + "and \(ReportNumber.rate(errors["Caucasian"]?.falseNegativeRate ?? .nan))).")]),
    .heading(level: 2, text: "Calibration by race"),
    .chart(GroupedBarChart(title: "Share re-offending at each decile score", metrics: compared, unit: "share of the defendants with that score",
                           groups: (1...10).map { "decile \($0)" },
                           values: (1...10).map { score in compared.map { name in
                               value(calibration[name]?.first { $0.score == score }?.rate, "no defendant of this group has this score") } }).chart()),
    .paragraph([ReportSpan("At each score the two groups re-offend at similar rates (mean gap \(ReportNumber.rate(calibrationGap ?? .nan)) over the "
                           + "ten deciles): the score means about the same for both. That is Northpointe's point.")]),
    .heading(level: 2, text: "The impossibility result"),
    .paragraph([ReportSpan("Chouldechova (2017): in any group, FPR = p / (1 − p) · (1 − PPV) / PPV · (1 − FNR), where p is the share who "
                           + "re-offend. The identity holds for the measured rates exactly:")]),
    .table(ReportTable(headers: ["Race", "Prevalence p", "PPV", "FNR", "FPR measured", "FPR from the identity"],
                       alignments: [.left, .right, .right, .right, .right, .right],
                       rows: compared.map { name in
                           let e = errors[name]
                           return [ReportCell(name), ReportCell(ReportNumber.rate(e?.prevalence ?? .nan)),
                                   ReportCell(ReportNumber.rate(e?.positivePredictiveValue ?? .nan)), ReportCell(ReportNumber.rate(e?.falseNegativeRate ?? .nan)),
                                   ReportCell(ReportNumber.rate(e?.falsePositiveRate ?? .nan)), ReportCell(ReportNumber.rate(implied[name] ?? .nan))]
                       })),
    .paragraph([ReportSpan("The prevalences differ, so no score can give both groups the same PPV, the same FNR and the same FPR. Even a score "
                           + "that gave African-American defendants exactly the Caucasian PPV and FNR would leave their false positive rate "),
                ReportSpan(ReportNumber.difference(forcedGap ?? .nan), .flag),
                ReportSpan(" away from the Caucasian one, from the difference in prevalence alone.")]),
    .heading(level: 2, text: "A model without race"),
    .chart(GroupedBarChart(title: "A logistic regression without race or sex (test part)", metrics: metrics, unit: "share of the group's rows",
                           groups: races, values: rates(modelErrors)).chart()),
    .paragraph(["Trained on age, criminal history and charge degree only, it shows the same pattern: the trade-off comes from the base rates ",
                "and the features that carry them, not from one vendor's score."]),
    .heading(level: 2, text: "Findings"),
    .list([["Error rates differ by race (ProPublica's finding) while calibration holds (Northpointe's): both are true of the same score."],
           ["With unequal base rates, equal predictive value and equal error rates cannot all hold: choosing which to equalise is a value ",
            "judgement about which errors matter, to be made openly."],
           ["Prevalence here is re-arrest, which also reflects policing; the labels are not neutral ground truth."]]),
]
ProjectRun.writeReport(ReportDocument(title: "The COMPAS case study", blocks: blocks))

var keyNumbers: [String: Double?] = ["rows_kept": Double(kept.count), "mean_calibration_gap": calibrationGap, "forced_fpr_gap": forcedGap]
for name in compared {
    let key = name == "Caucasian" ? "caucasian" : "african_american"
    let e = errors[name]
    keyNumbers["fpr_\(key)"] = e?.falsePositiveRate
    keyNumbers["fnr_\(key)"] = e?.falseNegativeRate
    keyNumbers["ppv_\(key)"] = e?.positivePredictiveValue
    keyNumbers["prevalence_\(key)"] = e?.prevalence
    keyNumbers["implied_fpr_\(key)"] = implied[name]
    keyNumbers["model_fpr_\(key)"] = modelErrors[name]?.falsePositiveRate
}
ProjectRun.writeNumbers(keyNumbers)
ProjectRun.writeModel(model, to: "model.json")
ProjectRun.writeModelCard(for: "model.json", data: "COMPAS test split (30%, stratified, seed 21)", labels: test.labels,
                         predictions: modelPredictions, protected: [("race", texts(test, "race")), ("sex", texts(test, "sex"))])
ProjectRun.finish()
