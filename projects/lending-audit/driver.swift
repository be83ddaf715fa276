// The lending audit's driver (docs/projects.md, "The driver"): `learn project run lending-audit` compiles it with
// your four step files and projects/ProjectSupport.swift, runs it, and copies what it writes to
// projects-out/lending-audit/. FairKit does the heavy work (loading, fitting); your steps compute the audit.

import FairKit
import Foundation

ProjectRun.start()
let german = try Dataset.germanCredit()
let split = try DataSplit.trainTest(rowCount: german.table.rowCount, testSize: .fraction(0.3), seed: 21, stratifyBy: german.labels)
let (train, test) = german.split(split)

// The bank's model: logistic regression on the 20 attributes; the derived sex and age_group columns are left out, as a
// bank would (personal_status and age, which hold them, stay in: step 4 asks what that means).
var model = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
try model.fit(train.table)
let predictions = try model.predict(test.table)
let labels = test.labels
let accuracy = Double(zip(predictions, labels).filter { $0 == $1 }.count) / Double(labels.count)

func texts(_ dataset: Dataset, _ name: String) -> [String] {
    guard let column = try? dataset.table.column(name) else { return [] }
    return (0..<dataset.table.rowCount).map { column[$0].text ?? "missing" }
}
let sex = texts(test, "sex"), age = texts(test, "age_group")

// Step 1: selection rates by sex and by age group.
let attributes = [(name: "sex", groups: sex, privileged: "male", unprivileged: "female"),
                  (name: "age group", groups: age, privileged: "age > 25", unprivileged: "age <= 25")]
let disparities = ProjectRun.step("selection-rates") {
    attributes.map { attribute -> GroupDisparity in
        guard let d = groupDisparity(predictions: predictions, groups: attribute.groups, privileged: attribute.privileged,
                                     unprivileged: attribute.unprivileged) else {
            ProjectRun.fail("selection-rates", "groupDisparity returned nil for \(attribute.name), whose groups both have rows")
        }
        _ = ProjectRun.finite(d.privilegedRate, "selection-rates", "the \(attribute.privileged) selection rate", unit: true)
        _ = ProjectRun.finite(d.unprivilegedRate, "selection-rates", "the \(attribute.unprivileged) selection rate", unit: true)
        _ = ProjectRun.finite(d.statisticalParityDifference, "selection-rates", "the statistical parity difference by \(attribute.name)")
        return d
    }
}

// Step 2: error rates by sex, age group and both.
let subgroups = ProjectRun.step("subgroup-errors") { () -> [(String, ErrorRates)] in
    guard let both = intersectionGroups(sex, age) else { ProjectRun.fail("subgroup-errors", "intersectionGroups returned nil for equal lists") }
    var rows: [(String, ErrorRates)] = []
    for groups in [sex, age, both] {
        guard let rates = errorRates(labels: labels, predictions: predictions, groups: groups) else {
            ProjectRun.fail("subgroup-errors", "errorRates returned nil for valid labels and predictions")
        }
        for name in Set(groups).sorted() {
            guard let r = rates[name] else { ProjectRun.fail("subgroup-errors", "errorRates has no entry for group '\(name)'") }
            _ = ProjectRun.finite(r.errorRate, "subgroup-errors", "the error rate of '\(name)'", unit: true)
            rows.append((name, r))
        }
    }
    return rows
}

// Step 3: a two-feature model, duration and amount, and its boundary.
func numbers(_ dataset: Dataset, _ name: String, scale: Double = 1) -> [Double] {
    ((try? dataset.table.column(name).numbers) ?? nil)?.map { ($0 ?? 0) / scale } ?? []
}
let (trainMonths, trainAmounts) = (numbers(train, "month"), numbers(train, "credit_amount", scale: 1000))
let (testMonths, testAmounts) = (numbers(test, "month"), numbers(test, "credit_amount", scale: 1000))
var small = try LogisticRegression()
try small.fit(Matrix(columns: [trainMonths, trainAmounts]), train.labels)
guard let fitted = small.fitted else { fatalError("the two-feature model did not fit") }
let threshold = 0.5
let (line, smallPredictions) = ProjectRun.step("decision-boundary") { () -> (BoundaryLine, [Int]) in
    guard let line = boundaryLine(intercept: fitted.intercept, weights: fitted.coefficients, threshold: threshold) else {
        ProjectRun.fail("decision-boundary", "boundaryLine returned nil for a model with weights \(fitted.coefficients)")
    }
    _ = ProjectRun.finite(line.slope, "decision-boundary", "the boundary's slope")
    _ = ProjectRun.finite(line.intercept, "decision-boundary", "the boundary's intercept")
    guard let decided = decisions(intercept: fitted.intercept, weights: fitted.coefficients, threshold: threshold, x1: testMonths, x2: testAmounts),
          decided.count == testMonths.count, decided.allSatisfy({ $0 == 0 || $0 == 1 }) else {
        ProjectRun.fail("decision-boundary", "decisions did not return one 0 or 1 per test row")
    }
    return (line, decided)
}
let smallErrors = errorRates(labels: labels, predictions: smallPredictions, groups: age) ?? [:]

// Step 4: which attributes stand in for sex and for age.
let categorical = german.featureColumns.filter { name in
    guard let column = try? german.table.column(name) else { return false }
    return column.kind != .numeric
}
let proxies = ProjectRun.step("proxy-strength") {
    [("sex", texts(german, "sex")), ("age group", texts(german, "age_group"))].map { name, groups -> (String, [ProxyCandidate]) in
        let features = Dictionary(uniqueKeysWithValues: categorical.map { ($0, texts(german, $0)) })
        let top = strongestProxies(features: features, protected: groups, limit: 5)
        guard !top.isEmpty else { ProjectRun.fail("proxy-strength", "strongestProxies found no feature associated with \(name)") }
        for candidate in top { _ = ProjectRun.finite(candidate.cramersV, "proxy-strength", "Cramér's V of \(candidate.feature)", unit: true) }
        return (name, top)
    }
}

// The report.
func rate(_ x: Double?) -> String { x.map(ReportNumber.rate) ?? "undefined" }
let band = FairBand.ratio(tau: 0.8)   // for disparate impact; each chart's band sits around its reference rate
var blocks: [ReportBlock] = [
    .paragraph(["A bank's loan model is suspected of treating applicants differently by age and sex, and through features that stand in for them. ",
                "This report audits a logistic regression trained on 700 German Credit applicants and tested on the other 300 (a stratified split, seed 21). ",
                ReportSpan("Computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "The model"),
    .paragraph(["Logistic regression (L2, C = 1) on the 20 attributes, numeric ones standardised; the derived sex and age group columns are not features. ",
                "Test accuracy: ", ReportSpan(ReportNumber.rate(accuracy), .strong), "."]),
    .heading(level: 2, text: "Who is approved"),
]
for (attribute, d) in zip(attributes, disparities) {
    let di = d.disparateImpact
    blocks.append(.chart(GroupBarChart(title: "Approval rate by \(attribute.name)", quantity: "Approval rate", unit: "share of the group approved",
                                       bars: [.init(attribute.privileged, .value(d.privilegedRate)), .init(attribute.unprivileged, .value(d.unprivilegedRate))],
                                       reference: 0, band: .around(reference: d.privilegedRate, tau: 0.8)).chart()))
    let flagged = di.map { !(band.lower...band.upper).contains($0) } ?? true
    blocks.append(.paragraph([ReportSpan("By \(attribute.name): disparate impact "), ReportSpan(rate(di), flagged ? .flag : .fair),
                              ReportSpan(" (\(attribute.unprivileged) over \(attribute.privileged); the four-fifths rule asks for at least 0.8), statistical parity difference "),
                              ReportSpan(ReportNumber.difference(d.statisticalParityDifference), .strong), "."]))
}
blocks.append(.heading(level: 2, text: "Errors by subgroup"))
blocks.append(.chart(GroupedBarChart(title: "Error rates by subgroup", metrics: ["False positive rate", "False negative rate", "Error rate"],
                                     unit: "share of the subgroup's rows", groups: subgroups.map(\.0),
                                     values: subgroups.map { _, r in [r.falsePositiveRate.map { MetricValue.value($0) } ?? MetricValue.undefined(reason: "no bad risks"),
                                                                      r.falseNegativeRate.map { MetricValue.value($0) } ?? MetricValue.undefined(reason: "no good risks"),
                                                                      MetricValue.value(r.errorRate)] }).chart()))
blocks.append(.paragraph(["A false negative turns a good risk away: the harm an applicant feels. A false positive approves a bad risk: the bank's loss. ",
                          "Subgroups of two attributes are small (a few dozen rows), so their rates move a lot with a few applicants."]))
blocks.append(.heading(level: 2, text: "The decision boundary"))
blocks.append(.chart(DecisionBoundaryChart(title: "Two-feature model: duration and amount", xLabel: "Duration (months)",
                                           yLabel: "Credit amount (thousand DM)",
                                           groups: ["age > 25", "age <= 25"].map { g in
                                               let rows = age.indices.filter { age[$0] == g }
                                               return .init(g, x: rows.map { testMonths[$0] }, y: rows.map { testAmounts[$0] })
                                           },
                                           intercept: fitted.intercept, weights: (fitted.coefficients[0], fitted.coefficients[1]),
                                           threshold: threshold, favourable: "approved (good risk predicted)").chart()))
blocks.append(.paragraph([ReportSpan("The line: amount = \(String(format: "%.3f", line.intercept)) + (\(String(format: "%.4f", line.slope))) × months "
                                     + "(thousand DM). Applicants on the shaded side are approved. Age is not an input, yet the groups sit differently "
                                     + "against the line.")]))
blocks.append(.table(ReportTable(headers: ["Age group", "Rows", "False positive rate", "False negative rate", "Error rate"],
                                 alignments: [.left, .right, .right, .right, .right],
                                 rows: ["age > 25", "age <= 25"].map { g in
                                     let r = smallErrors[g]
                                     return [ReportCell(g), ReportCell(ReportNumber.count(r?.rows ?? 0)), ReportCell(rate(r?.falsePositiveRate)),
                                             ReportCell(rate(r?.falseNegativeRate)), ReportCell(rate(r?.errorRate))]
                                 })))
blocks.append(.heading(level: 2, text: "Proxies: the postal-code question"))
blocks.append(.paragraph(["German Credit has no postal code, but the question is the same: which feature carries a protected attribute into a model ",
                          "that never sees it? Cramér's V of every categorical attribute against each protected one (0: unrelated, 1: one determines the other):"]))
for (name, top) in proxies {
    blocks.append(.chart(GroupBarChart(title: "Strongest stand-ins for \(name)", quantity: "Cramér's V", unit: "0 to 1",
                                       bars: top.map { .init($0.feature, .value($0.cramersV)) }, ceiling: 1, noun: "feature").chart()))
}
let ageProxy = proxies[1].1[0], sexProxy = proxies[0].1[0]
blocks.append(.heading(level: 2, text: "Findings"))
blocks.append(.list([
    ["Young applicants are approved less: disparate impact ", ReportSpan(rate(disparities[1].disparateImpact), .strong), " by age group, ",
     ReportSpan(rate(disparities[0].disparateImpact), .strong), " by sex."],
    [ReportSpan(ageProxy.feature, .strong), ReportSpan(" stands in for age (V = \(ReportNumber.rate(ageProxy.cramersV))), and "),
     ReportSpan(sexProxy.feature, .strong), ReportSpan(" for sex (V = \(ReportNumber.rate(sexProxy.cramersV))): leaving the protected column "
                                                      + "out does not leave the information out.")],
    ["What to hand in: this report, your reading of the error rates, and a recommendation (brief.md, \"What to hand in\")."],
]))
ProjectRun.writeReport(ReportDocument(title: "Lending audit: German Credit", blocks: blocks))

var keyNumbers: [String: Double?] = ["accuracy": accuracy, "boundary_slope": line.slope, "boundary_intercept": line.intercept,
                                     "proxy_age_v": ageProxy.cramersV, "proxy_sex_v": sexProxy.cramersV]
for (attribute, d) in zip(["sex", "age"], disparities) {
    keyNumbers["disparate_impact_\(attribute)"] = d.disparateImpact
    keyNumbers["statistical_parity_difference_\(attribute)"] = d.statisticalParityDifference
}
for (name, r) in subgroups {
    let key = name.replacingOccurrences(of: " & ", with: "_").replacingOccurrences(of: "age <= 25", with: "young")
        .replacingOccurrences(of: "age > 25", with: "older")
    keyNumbers["error_rate_\(key)"] = r.errorRate
    keyNumbers["false_negative_rate_\(key)"] = r.falseNegativeRate
}
ProjectRun.writeNumbers(keyNumbers)
ProjectRun.writeModel(model, to: "model.json")
ProjectRun.writeModel(small, to: "boundary-model.json")
ProjectRun.writeModelCard(for: "model.json", data: "German Credit test split (stratified, seed 21)", labels: labels,
                         predictions: predictions, protected: [("sex", sex), ("age_group", age)])
ProjectRun.finish()
