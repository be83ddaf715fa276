// The hiring audit's driver (docs/projects.md, "The driver"): `learn project run hiring-audit` compiles it with your
// three step files and projects/ProjectSupport.swift, runs it, and copies what it writes to projects-out/hiring-audit/.
// FairKit loads Adult and fits the screening model; your steps compute the audit.

import FairKit
import Foundation

ProjectRun.start()
// Adult stands in for a historical résumé-screening record: ">50K" plays "advanced to interview".
let history = try Dataset.adult()
let train = try Dataset.adult(.train), test = try Dataset.adult(.test)
func texts(_ dataset: Dataset, _ name: String) -> [String] {
    guard let column = try? dataset.table.column(name) else { return [] }
    return (0..<dataset.table.rowCount).map { column[$0].text ?? "missing" }
}

// A screening model trained on the first part of the record (sex and race left out), scored on the second part.
var model = Pipeline(settings: .init(dataset: history), classifier: try LogisticRegression())
try model.fit(train.table)
let modelDecisions = try model.predict(test.table)

struct Audited {
    let attribute: String
    let reference: String
    let rates: [String: GroupRate]
    let gaps: [String: Disparity]
    /// Groups, reference first, then by name.
    var groups: [String] { [reference] + rates.keys.filter { $0 != reference }.sorted() }
}

// Step 1: rates and disparities by sex and by race, for the record and for the model.
func audit(_ decisions: [Int], _ groups: [String], attribute: String, reference: String, what: String) -> Audited {
    guard let rates = advancementRates(decisions: decisions, groups: groups) else {
        ProjectRun.fail("group-rates", "advancementRates returned nil for valid decisions (\(what))")
    }
    for name in Set(groups) {
        guard let rate = rates[name] else { ProjectRun.fail("group-rates", "advancementRates has no entry for '\(name)' (\(what))") }
        _ = ProjectRun.finite(rate.rate, "group-rates", "the rate of '\(name)' (\(what))", unit: true)
    }
    guard let gaps = disparities(rates, reference: reference), Set(gaps.keys) == Set(rates.keys) else {
        ProjectRun.fail("group-rates", "disparities did not return one entry per group against '\(reference)' (\(what))")
    }
    return Audited(attribute: attribute, reference: reference, rates: rates, gaps: gaps)
}
let attributes = [(name: "sex", reference: "Male"), (name: "race", reference: "White")]
let (recorded, screened) = ProjectRun.step("group-rates") {
    (attributes.map { audit(history.labels, texts(history, $0.name), attribute: $0.name, reference: $0.reference, what: "the record") },
     attributes.map { audit(modelDecisions, texts(test, $0.name), attribute: $0.name, reference: $0.reference, what: "the model") })
}

// Step 2: sex and race at once.
let minimumRows = 200
let (subgroups, gap) = ProjectRun.step("intersections") { () -> ([SubgroupRate], SubgroupGap?) in
    guard let cells = subgroupRates(decisions: history.labels, first: texts(history, "sex"), second: texts(history, "race"), minimumRows: minimumRows),
          !cells.isEmpty else {
        ProjectRun.fail("intersections", "subgroupRates returned nil or nothing for valid decisions")
    }
    for cell in cells { _ = ProjectRun.finite(cell.rate, "intersections", "the rate of '\(cell.group)'", unit: true) }
    return (cells, widestGap(cells))
}

// Step 3: what the record's disparities meant for people.
let impacts = ProjectRun.step("potential-impact") {
    recorded.map { audited -> (String, [Impact]) in
        guard let impacts = potentialImpact(rows: audited.rates.mapValues(\.rows), rates: audited.rates.mapValues(\.rate),
                                            reference: audited.reference, threshold: 0.8) else {
            ProjectRun.fail("potential-impact", "potentialImpact returned nil for the \(audited.attribute) groups")
        }
        for impact in impacts { _ = ProjectRun.finite(impact.shortfall, "potential-impact", "the shortfall of '\(impact.group)'") }
        return (audited.attribute, impacts)
    }
}

// The dashboard and findings.
var blocks: [ReportBlock] = [
    .paragraph(["A company wants to know whether its historical résumé screening, and a model trained to reproduce it, treated candidates ",
                "differently by sex and race. Adult (48,842 census records) stands in for the record: earning over $50,000 plays \"advanced to ",
                "interview\". The four-fifths rule of US employment guidance flags a group advanced at less than 0.8 times the rate of the most ",
                "favoured reference group. ", ReportSpan("Computed by \(ProjectRun.codeOwner).", .muted)]),
    .heading(level: 2, text: "Disparity dashboard"),
]
for audited in recorded {
    blocks.append(.chart(GroupBarChart(title: "Advancement rate by \(audited.attribute) (historical record)", quantity: "Advancement rate",
                                       unit: "share of the group advanced",
                                       bars: audited.groups.map { .init($0, .value(audited.rates[$0]?.rate ?? 0)) }, reference: 0,
                                       band: .around(reference: audited.rates[audited.reference]?.rate ?? 0, tau: 0.8)).chart()))
}
let shown = recorded.flatMap { a in a.groups.map { (a, $0) } }
blocks.append(.chart(GroupedBarChart(title: "The record and the model trained on it", metrics: ["Historical record", "Screening model"],
                                     unit: "share of the group advanced", groups: shown.map(\.1),
                                     values: shown.map { audited, group in
                                         let model = screened.first { $0.attribute == audited.attribute }?.rates[group]?.rate
                                         return [MetricValue.value(audited.rates[group]?.rate ?? 0),
                                                 model.map { MetricValue.value($0) } ?? MetricValue.undefined(reason: "no candidates in the model's part")]
                                     }).chart()))
blocks.append(.chart(GroupBarChart(title: "Advancement rate by sex and race", quantity: "Advancement rate", unit: "share of the subgroup advanced",
                                   bars: subgroups.map { .init($0.group + ($0.small ? " (small: \($0.rows))" : ""), .value($0.rate)) }).chart()))
blocks.append(.paragraph([ReportSpan("Subgroups with fewer than \(minimumRows) candidates are marked small: their rates move a lot with a few people. ")]
                         + (gap.map { [ReportSpan("The widest gap among the others: "), ReportSpan($0.highest, .strong),
                                       ReportSpan(" against "), ReportSpan($0.lowest, .strong),
                                       ReportSpan(", \(ReportNumber.difference($0.difference)) in advancement rate.")] } ?? [])))
blocks.append(.heading(level: 2, text: "Potential impact"))
for (attribute, list) in impacts {
    blocks.append(.chart(GroupBarChart(title: "Candidates not advanced, by \(attribute)", quantity: "Shortfall against the reference rate",
                                       unit: "candidates", bars: list.map { .init($0.group, .value($0.shortfall)) }, format: .ratio,
                                       noun: "group").chart()))
}
blocks.append(.table(ReportTable(headers: ["Group", "Candidates", "Advanced", "Rate", "Impact ratio", "Below 0.8", "Shortfall"],
                                 alignments: [.left, .right, .right, .right, .right, .left, .right],
                                 rows: zip(recorded, impacts).flatMap { audited, pair in audited.groups.map { group -> [ReportCell] in
                                     let rate = audited.rates[group], ratio = audited.gaps[group]?.ratio
                                     let impact = pair.1.first { $0.group == group }
                                     return [ReportCell(group, group == audited.reference ? .reference : .plain),
                                             ReportCell(ReportNumber.count(rate?.rows ?? 0)), ReportCell(ReportNumber.count(rate?.advanced ?? 0)),
                                             ReportCell(ReportNumber.rate(rate?.rate ?? 0)), ReportCell(ratio.map(ReportNumber.ratio) ?? "undefined"),
                                             impact?.belowThreshold == true ? ReportCell("yes", .flag) : ReportCell(group == audited.reference ? "(ref)" : "no"),
                                             ReportCell(impact.map { ReportNumber.count($0.shortfall.rounded()) } ?? "")]
                                 } })))
let women = impacts[0].1.first { $0.group == "Female" }
let worstRace = impacts[1].1.first
blocks.append(.heading(level: 2, text: "Findings"))
blocks.append(.list([
    [ReportSpan("Women were advanced at "), ReportSpan(ReportNumber.ratio(recorded[0].gaps["Female"]?.ratio ?? .nan), .flag),
     ReportSpan(" times men's rate in the record; had they been advanced at men's rate, about "),
     ReportSpan(ReportNumber.count((women?.shortfall ?? 0).rounded()), .strong), ReportSpan(" more women would have been interviewed.")],
    [ReportSpan("By race, the largest shortfall falls on "), ReportSpan(worstRace?.group ?? "no group", .strong),
     ReportSpan(" candidates: about \(ReportNumber.count((worstRace?.shortfall ?? 0).rounded())) fewer advanced than at the White rate.")],
    [ReportSpan("The model trained without sex and race reproduces the pattern: women's impact ratio "),
     ReportSpan(ReportNumber.ratio(screened[0].gaps["Female"]?.ratio ?? .nan), .flag),
     ReportSpan(" on the held-out part. Leaving the attributes out did not leave the disparity out.")],
    [ReportSpan("Intersections are sharper than either attribute alone; judge small subgroups with care, and report their sizes.")],
]))
ProjectRun.writeReport(ReportDocument(title: "Hiring audit: résumé screening (Adult)", blocks: blocks))

var keyNumbers: [String: Double?] = ["widest_subgroup_gap": gap?.difference]
for (audited, model) in zip(recorded, screened) {
    for group in audited.groups where group != audited.reference {
        let key = group.lowercased().replacingOccurrences(of: "-", with: "_")
        keyNumbers["impact_ratio_\(key)"] = audited.gaps[group]?.ratio
        keyNumbers["difference_\(key)"] = audited.gaps[group]?.difference
        keyNumbers["model_impact_ratio_\(key)"] = model.gaps[group]?.ratio
    }
}
for (_, list) in impacts { for impact in list { keyNumbers["shortfall_\(impact.group.lowercased().replacingOccurrences(of: "-", with: "_"))"] = impact.shortfall } }
ProjectRun.writeNumbers(keyNumbers)
ProjectRun.writeModel(model, to: "model.json")
ProjectRun.writeModelCard(for: "model.json", data: "Adult test file", labels: test.labels, predictions: modelDecisions,
                         protected: [("sex", texts(test, "sex")), ("race", texts(test, "race"))])
ProjectRun.finish()
