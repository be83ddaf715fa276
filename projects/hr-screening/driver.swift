// HR screening's driver (docs/projects.md, "The driver"): `learn project run hr-screening` compiles it with your step
// files and projects/ProjectSupport.swift, runs it, and copies what it writes to projects-out/hr-screening/.
// FairKit loads, trains and explains; your steps measure the gap, reweigh and write the narratives.

import FairKit
import Foundation

ProjectRun.start()
// Adult as a résumé-screening stand-in: a seeded sample of 3,000 candidates (2,000 to train, 1,000 to test); "strong
// candidate" is income >50K. Education background: traditional (a bachelor's degree or more) or non-traditional.
let adult = try Dataset.adult(.train, droppingMissing: true)
var generator = SeededGenerator(seed: 21)
let sample = Array(generator.permutation(adult.table.rowCount).prefix(3000))
let traditional: Set<String> = ["Bachelors", "Masters", "Doctorate", "Prof-school"]
func withBackground(_ d: Dataset) throws -> Table {
    let education = try d.table.column("education")
    return try d.table.adding(.categorical("education_background", (0..<d.table.rowCount).map {
        traditional.contains(education[$0].text ?? "") ? "traditional" : "non-traditional"
    }))
}
let trainSet = adult.selectingRows(Array(sample.prefix(2000))), testSet = adult.selectingRows(Array(sample.suffix(1000)))
let train = try withBackground(trainSet), test = try withBackground(testSet)
func texts(_ table: Table, _ name: String) -> [String] {
    guard let column = try? table.column(name) else { return [] }
    return (0..<table.rowCount).map { column[$0].text ?? "missing" }
}
let trainGroups = texts(train, "education_background"), testGroups = texts(test, "education_background")
// The tool: logistic regression on the résumé fields; education itself is summarised by education-num, and the
// protected attributes (sex, race) and the derived background are not features.
let features = adult.featureColumns.filter { !["education", "sex", "race", "fnlwgt", "native-country"].contains($0) }
let settings = Pipeline.Settings(label: adult.labelColumn, positive: ">50K", features: .columns(features), protected: ["sex", "race", "education_background"])
var baseline = Pipeline(settings: settings, classifier: try LogisticRegression())
try baseline.fit(train)
let baselinePredictions = try baseline.predict(test)

// Step 1: the performance gap.
func perform(_ predictions: [Int]) -> [String: GroupPerformance] {
    ProjectRun.step("group-performance") {
        guard let p = groupPerformance(labels: testSet.labels, predictions: predictions, groups: testGroups),
              Set(p.keys) == ["traditional", "non-traditional"] else {
            ProjectRun.fail("group-performance", "groupPerformance did not return both education backgrounds")
        }
        for (group, g) in p { _ = ProjectRun.finite(g.accuracy, "group-performance", "the accuracy of \(group)", unit: true) }
        return p
    }
}
let before = perform(baselinePredictions)

// Step 2: reweighing by background and label, then the tool retrained with the weights.
let weights = ProjectRun.step("reweighing") { () -> [Double] in
    guard let w = reweighingWeights(groups: trainGroups, labels: trainSet.labels), w.count == trainGroups.count else {
        ProjectRun.fail("reweighing", "reweighingWeights did not return one weight per training candidate")
    }
    for x in w { _ = ProjectRun.finite(x, "reweighing", "a weight") }
    return w
}
var reweighed = Pipeline(settings: settings, classifier: try LogisticRegression())
try reweighed.fit(train, sampleWeight: weights)
let reweighedPredictions = try reweighed.predict(test)
let after = perform(reweighedPredictions)
ProjectRun.writeModel(baseline, to: "model.json")
ProjectRun.writeModel(reweighed, to: "reweighed.model.json")
ProjectRun.writeModelCard(for: "model.json", data: "Adult sample (seed 21): the test candidates", labels: testSet.labels,
                         predictions: baselinePredictions,
                         protected: [("education_background", testGroups), ("sex", texts(test, "sex")), ("race", texts(test, "race"))])

// Step 3: explanations of individual candidates (Shapley values in log-odds, and LIME) and their narratives.
let xTest = try reweighed.encode(test).matrix, xTrain = try reweighed.encode(train).matrix
var sources: [String] = []
for f in reweighed.features where !sources.contains(f.sourceColumn) { sources.append(f.sourceColumn) }
let groupsOfFeatures = try FeatureGroups(names: sources, groupOfFeature: reweighed.features.map { f in sources.firstIndex(of: f.sourceColumn) ?? 0 })
let background = try Background.sample(xTrain, count: 100, seed: 0)
guard let logistic = reweighed.classifier as? LogisticRegression else { fatalError("the tool is a logistic regression") }
let shap = try LinearShapley(logistic, background: background, featureNames: reweighed.features.map(\.name), groups: groupsOfFeatures)
let scores = try reweighed.predictProbability(test)
// Three candidates: the first strong non-traditional candidate the tool turns down, the first it recommends, and the
// first traditional candidate it recommends.
let picks = [
    testGroups.indices.first { testGroups[$0] == "non-traditional" && testSet.labels[$0] == 1 && reweighedPredictions[$0] == 0 },
    testGroups.indices.first { testGroups[$0] == "non-traditional" && reweighedPredictions[$0] == 1 },
    testGroups.indices.first { testGroups[$0] == "traditional" && reweighedPredictions[$0] == 1 },
].compactMap { $0 }
let explanation = try shap.explain(xTest, rows: picks)
let explained = try ExplainedModel.classifier(reweighed.classifier, featureNames: reweighed.features.map(\.name), groups: groupsOfFeatures, space: .probability)
let categorical = Set(reweighed.features.indices.filter { if case .number = reweighed.features[$0].encoding { return false }; return true })
let lime = try LimeTabular(model: explained, training: xTrain, categorical: categorical, features: 5, samples: 2000, seed: 0)
/// The six largest contributions, then the rest summed in one step, so the waterfall ends at the model's output.
func waterfallSteps(_ contributions: [Contribution]) -> [WaterfallChart.Step] {
    let sorted = contributions.sorted { abs($0.amount) > abs($1.amount) }
    var steps = sorted.prefix(6).map { WaterfallChart.Step("\($0.feature) = \($0.value)", $0.amount) }
    if sorted.count > 6 { steps.append(.init("\(sorted.count - 6) other columns", sorted.dropFirst(6).reduce(0) { $0 + $1.amount })) }
    return steps
}
var candidateBlocks: [ReportBlock] = []
var narratives: [String] = []
for row in explanation.rows {
    let readable = Dictionary(try reweighed.readableValues(of: xTest.row(row.index)).map { ($0.column, "\($0.value)") }, uniquingKeysWith: { a, _ in a })
    let contributions = zip(sources, row.sourceColumnAttributions).map { Contribution(feature: $0, value: readable[$0] ?? "?", amount: $1) }
    let narrative = ProjectRun.step("candidate-narrative") { () -> String in
        let text = candidateNarrative(id: "\(row.index)", score: scores[row.index], threshold: 0.5, contributions: contributions, top: 3)
        guard text.hasPrefix("Candidate \(row.index) is") else { ProjectRun.fail("candidate-narrative", "the narrative does not start with \"Candidate \(row.index) is\": \(text)") }
        return text
    }
    narratives.append(narrative)
    let limeRow = try lime.explain(xTest, row: row.index)
    candidateBlocks += [
        .heading(level: 3, text: "Candidate \(row.index) (\(testGroups[row.index]) education)"),
        .paragraph([ReportSpan(narrative)]),
        .chart(WaterfallChart(title: "Candidate \(row.index): Shapley values (log-odds)", baseValue: row.baseValue, steps: waterfallSteps(contributions),
                              unit: "log-odds of a strong candidate").chart()),
        .table(ReportTable(headers: ["LIME condition", "Weight"], alignments: [.left, .right],
                           rows: limeRow.terms.map { [ReportCell($0.description), ReportCell(String(format: "%+.3f", $0.weight))] })),
        .paragraph([ReportSpan("LIME's local surrogate (conditions on the model's standardised and one-hot inputs, probability scale): R² \(String(format: "%.2f", limeRow.score)); model output \(String(format: "%.3f", limeRow.modelOutput)).", .muted)]),
    ]
}

// FairKit's own reweighing, for comparison with step 2.
var fairkitReweighing = Reweighing()
let sensitive = SensitiveFeature(name: "education_background", values: trainGroups)
try fairkitReweighing.fit(labels: trainSet.labels, sensitive: sensitive)
let fairkitWeights = try fairkitReweighing.transform(labels: trainSet.labels, sensitive: sensitive)
let largestWeightDifference = zip(weights, fairkitWeights).map { abs($0 - $1) }.max() ?? .nan

// The dashboard.
let groups = ["traditional", "non-traditional"]
func value(_ x: Double?) -> MetricValue { x.map(MetricValue.value) ?? .undefined(reason: "no strong candidate") }
var blocks: [ReportBlock] = [
    .paragraph(["An HR screening tool is less accurate for candidates from non-traditional educational backgrounds. This dashboard measures the gap ",
                "on 1,000 held-out candidates (Adult as a résumé stand-in, \"strong candidate\" = income >50K), reweighs the training data by background and ",
                "outcome, re-evaluates, and explains individual candidates for HR managers. ", ReportSpan("Computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "Fairness assessment"),
    .chart(GroupedBarChart(title: "Accuracy and true positive rate by education background", metrics: ["Accuracy before", "Accuracy after", "TPR before", "TPR after"],
                           unit: "share of candidates", groups: groups,
                           values: groups.map { g in [value(before[g]?.accuracy), value(after[g]?.accuracy), value(before[g]?.truePositiveRate), value(after[g]?.truePositiveRate)] }).chart()),
    .paragraph(["Accuracy gap before reweighing ", ReportSpan(ReportNumber.rate(accuracyGap(before) ?? .nan), .flag), ", after ",
                ReportSpan(ReportNumber.rate(accuracyGap(after) ?? .nan), .strong), ". True positive rate of non-traditional candidates ",
                ReportSpan(ReportNumber.rate(before["non-traditional"]?.truePositiveRate ?? .nan), .strong), " before, ",
                ReportSpan(ReportNumber.rate(after["non-traditional"]?.truePositiveRate ?? .nan), .strong), " after (traditional: ",
                ReportSpan("\(ReportNumber.rate(before["traditional"]?.truePositiveRate ?? .nan)) → \(ReportNumber.rate(after["traditional"]?.truePositiveRate ?? .nan))). "),
                "Reweighing equalises the weighted base rates of the training data; it does not by itself equalise accuracy or the true positive rate. ",
                "Where the gap lies (in accuracy, or in how often strong candidates are found) and which way each moved is read from the chart above."]),
    .paragraph([ReportSpan("Your reweighing weights differ from FairKit's Reweighing by at most \(String(format: "%.2g", largestWeightDifference)).", .muted)]),
    .heading(level: 2, text: "Candidates"),
] + candidateBlocks
ProjectRun.writeReport(ReportDocument(title: "HR screening: fairness assessment and candidate explanations", blocks: blocks))
func tprGap(_ p: [String: GroupPerformance]) -> Double? {
    let rates = p.values.compactMap(\.truePositiveRate)
    guard let low = rates.min(), let high = rates.max() else { return nil }
    return high - low
}
var numbers: [String: Double?] = ["accuracy_gap_before": accuracyGap(before), "accuracy_gap_after": accuracyGap(after),
                                  "tpr_gap_before": tprGap(before), "tpr_gap_after": tprGap(after),
                                  "weights_max_difference_fairkit": largestWeightDifference, "candidates_explained": Double(explanation.rows.count)]
for g in groups {
    numbers["accuracy_before \(g)"] = before[g]?.accuracy
    numbers["accuracy_after \(g)"] = after[g]?.accuracy
    numbers["tpr_before \(g)"] = before[g]?.truePositiveRate ?? nil
    numbers["tpr_after \(g)"] = after[g]?.truePositiveRate ?? nil
}
ProjectRun.writeNumbers(numbers)
ProjectRun.write(narratives.joined(separator: "\n\n") + "\n", to: "narratives.md")
ProjectRun.finish()
