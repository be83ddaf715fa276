// The mitigated loan approval's driver (docs/projects.md, "The driver"): `learn project run loan-tradeoff` compiles it
// with your step files and projects/ProjectSupport.swift, runs it, and copies what it writes to
// projects-out/loan-tradeoff/. FairKit does the heavy work (fitting, the sweep); your steps pick the front and the variant.

import FairKit
import Foundation

ProjectRun.start()
let german = try Dataset.germanCredit()
// The split of Fairwork's mitigation references (scripts/reference/mitigation_german.py): applicants 1-700 train, 701-1000 test.
let train = german.selectingRows(Array(0..<700)), test = german.selectingRows(Array(700..<1000))
let protectedColumn = "age_group"

// The baseline: logistic regression on the 20 attributes (the derived sex and age_group columns are not features).
var baseline = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
try baseline.fit(train.table)
let xTrain = try baseline.encode(train.table).matrix, xTest = try baseline.encode(test.table).matrix
let sTrain = SensitiveFeature(try train.table.column(protectedColumn)), sTest = SensitiveFeature(try test.table.column(protectedColumn))
let epsGrid = [0.01, 0.02, 0.05, 0.1]
let sweep = try TradeoffSweep(epsGrid: epsGrid, includeGridSearch: true, thresholdConstraints: [])
let points = try sweep.run(base: try LogisticRegression(), train: (xTrain, train.labels, sTrain), test: (xTest, test.labels, sTest))
func label(_ p: TradeoffPoint) -> String { p.setting.isEmpty ? p.method : "\(p.method) \(p.setting)" }
let variants = points.map { Variant(name: label($0), accuracy: $0.accuracy, disparity: $0.disparity) }

// Step 1: the Pareto front.
let front = ProjectRun.step("pareto-front") { () -> [Int] in
    let indices = paretoFront(variants)
    guard !indices.isEmpty, indices.allSatisfy(variants.indices.contains) else {
        ProjectRun.fail("pareto-front", "paretoFront returned \(indices) for \(variants.count) finite variants; the front is never empty")
    }
    return indices
}

// Step 2: the recommendation under the business's limits.
let maxDisparity = 0.05, maxAccuracyLoss = 0.03
let chosen = ProjectRun.step("recommend-variant") { () -> Int? in
    let pick = recommendVariant(accuracies: variants.map(\.accuracy), disparities: variants.map(\.disparity), baseline: 0,
                                maxDisparity: maxDisparity, maxAccuracyLoss: maxAccuracyLoss)
    if let pick, !variants.indices.contains(pick) { ProjectRun.fail("recommend-variant", "recommendVariant returned \(pick), not an index of the \(variants.count) variants") }
    return pick
}

// The recommended variant as a model file: exponentiated gradient refitted at its eps (seed 0), or the baseline.
let seed: UInt64 = 0
var recommendedPredictions = try baseline.predict(test.table)
if let chosen, points[chosen].method == "exponentiated_gradient", let eps = Double(points[chosen].setting.replacingOccurrences(of: "eps=", with: "")) {
    var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .demographicParity, eps: eps, seed: seed)
    try eg.fit(xTrain, train.labels, sensitive: sTrain)
    if let fitted = eg.fitted {
        let model = MitigatedPipeline(pipeline: baseline, protectedColumn: protectedColumn,
                                      mitigation: .mixture(method: "exponentiated_gradient", predictors: fitted.predictors.map(MitigatedPipeline.MixturePredictor.init),
                                                           weights: fitted.weights, seed: seed))
        ProjectRun.writeModel(model, to: "recommended.model.json")
        recommendedPredictions = try model.predict(test.table)
    }
} else {
    ProjectRun.writeModel(baseline, to: "recommended.model.json")
}
ProjectRun.writeModel(baseline, to: "model.json")
ProjectRun.writeModelCard(for: "recommended.model.json", data: "German Credit applicants 701-1000", labels: test.labels,
                         predictions: recommendedPredictions,
                         protected: [protectedColumn, "sex"].map { name in
                             (name, (0..<test.table.rowCount).map { (try? test.table.column(name))?[$0].text ?? "missing" })
                         })

// The report.
let base = variants[0]
var blocks: [ReportBlock] = [
    .paragraph(["A fintech's loan model approves applicants aged 25 or younger less often than older ones. This report compares the unmitigated ",
                ReportSpan("logistic regression with exponentiated gradient at eps \(epsGrid.map { "\($0)" }.joined(separator: ", ")) and grid search's candidates "),
                "(demographic parity on age group), each trained on applicants 1-700 and scored on applicants 701-1000. Accuracy here is expected accuracy: ",
                "every model's P(good) read as a randomised decision (the convention of Fairlearn's reductions, whose mixtures decide at random), so the ",
                "unmitigated model is scored the same way; it is lower than its accuracy at a 0.5 cut. ",
                ReportSpan("Front and recommendation computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "The baseline"),
    .paragraph(["Accuracy ", ReportSpan(ReportNumber.rate(base.accuracy), .strong), ", demographic parity difference between age groups ",
                ReportSpan(ReportNumber.rate(base.disparity), base.disparity > maxDisparity ? .flag : .fair),
                ReportSpan(" (the business allows at most \(ReportNumber.rate(maxDisparity))).")]),
    .heading(level: 2, text: "The trade-off"),
    .chart(TradeoffChart(title: "Accuracy against demographic parity difference", candidates: variants.map { .init($0.name, disparity: $0.disparity, accuracy: $0.accuracy) },
                         chosen: chosen, disparityLabel: "Demographic parity difference (absolute, lower is fairer)").chart()),
    .paragraph(["On the Pareto front, fairest first (step 1): ", ReportSpan(front.map { variants[$0].name }.joined(separator: ", "), .strong),
                ". Every other variant is beaten on both counts by one of these."]),
    .heading(level: 2, text: "Recommendation"),
]
if let chosen {
    let pick = variants[chosen]
    blocks.append(.paragraph(["Recommended: ", ReportSpan(pick.name, .strong), ReportSpan(", accuracy \(ReportNumber.rate(pick.accuracy)) ("),
                              ReportSpan(ReportNumber.difference(pick.accuracy - base.accuracy)), " against the baseline), disparity ",
                              ReportSpan(ReportNumber.rate(pick.disparity), .fair), ". It is the most accurate variant within both limits ",
                              ReportSpan("(disparity at most \(ReportNumber.rate(maxDisparity)), accuracy loss at most \(ReportNumber.rate(maxAccuracyLoss))).")]))
} else {
    blocks.append(.paragraph([ReportSpan("No variant meets both limits: loosen one, or widen the sweep.", .flag)]))
}
blocks.append(.paragraph([ReportSpan("The reasons for (or against) the recommendation are in the technical brief, projects-work/loan-tradeoff/technical_brief.md.", .muted)]))
ProjectRun.writeReport(ReportDocument(title: "Mitigated loan approval: the fairness/accuracy trade-off", blocks: blocks))
ProjectRun.writeNumbers([
    "baseline_accuracy": base.accuracy, "baseline_dp_difference": base.disparity, "variants": Double(variants.count),
    "pareto_front_size": Double(front.count), "recommended_index": chosen.map(Double.init),
    "recommended_accuracy": chosen.map { variants[$0].accuracy }, "recommended_dp_difference": chosen.map { variants[$0].disparity },
])
ProjectRun.finish()
