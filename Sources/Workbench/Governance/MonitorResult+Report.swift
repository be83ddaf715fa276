import FairKit
import Foundation

extension MonitorResult {
    /// The monitor's findings on the report route (`learn monitor --format markdown|html --out`):
    /// charts over the batches in time order, PSI per column with the alert threshold, each
    /// policy requirement's disparity per protected attribute with its threshold (the selection-
    /// rate difference without a policy), accuracy when labelled, then the alerts batch by batch.
    public func report() throws -> PreparedReport {
        let names = batches.map(\.file)
        var blocks: [ReportBlock] = [.paragraph([ReportSpan(
            "Model \(model) on \(batches.count) batch\(batches.count == 1 ? "" : "es") against the baseline \(baseline)"
                + (tier.map { ", judged by the policy tier '\($0)'" } ?? "") + ". ")]
            + [alertCount == 0 ? ReportSpan("No alerts.", .fair) : ReportSpan("\(alertCount) alert\(alertCount == 1 ? "" : "s").", .flag)])]
        blocks.append(.heading(level: 2, text: "Drift"))
        blocks.append(.paragraph([ReportSpan(Self.psiNote, .muted)]))
        blocks.append(.chart(DriftChart(title: "PSI per column over batches", batches: names, series: psiSeries(),
                                        valueLabel: "PSI (population stability index, unitless)", threshold: DriftConstants.psiSignificant).chart()))
        blocks.append(.heading(level: 2, text: "Disparity and performance"))
        for chart in disparityCharts(names) { blocks.append(.chart(chart.chart())) }
        blocks.append(.heading(level: 2, text: "Alerts"))
        for batch in batches {
            blocks.append(.heading(level: 3, text: "\(batch.file) (\(batch.rows) rows)"))
            blocks.append(batch.alerts.isEmpty ? .paragraph([ReportSpan("No alerts.", .fair)])
                                               : .list(batch.alerts.map { [ReportSpan($0, .flag)] }))
        }
        let document = ReportDocument(title: "Monitoring \(model)", blocks: blocks)
        return PreparedReport(MonitorReport(document: document, jsonText: try json()), name: "the monitoring report", findings: alertCount, finding: "alert")
    }

    /// Alerts over every batch.
    var alertCount: Int { batches.reduce(0) { $0 + $1.alerts.count } }

    /// The model's score and the columns that drift most (largest PSI in any batch), at most
    /// `chartedColumns` lines in all; every column stays in the monitor's JSON.
    func psiSeries() -> [DriftChart.Series] {
        let columns = batches.first?.drift.map(\.column) ?? []
        func psi(_ column: String) -> [Double?] { batches.map { b in b.drift.first { $0.column == column }?.psi.number } }
        let worst = columns.filter { $0 != PredictRequest.scoreColumn }
            .sorted { (psi($0).compactMap { $0 }.max() ?? 0) > (psi($1).compactMap { $0 }.max() ?? 0) }
            .prefix(Self.chartedColumns - (columns.contains(PredictRequest.scoreColumn) ? 1 : 0))
        let shown = columns.filter { $0 == PredictRequest.scoreColumn || worst.contains($0) }
        return shown.map { DriftChart.Series($0 == PredictRequest.scoreColumn ? "model score" : $0, values: psi($0)) }
    }

    /// One chart per ratio or difference requirement of the policy (the selection-rate difference
    /// without one), a line per audit section; and accuracy, when the batches are labelled.
    func disparityCharts(_ names: [String]) -> [DriftChart] {
        let rules = requirements.filter { $0.check != .minimum && $0.metric != GovernancePolicy.aucMetricID }
        let sections = batches.first?.audit.sections.map(\.title) ?? []
        var charts: [DriftChart] = []
        let wanted: [(metric: String, check: GovernancePolicy.MetricRequirement.Check, threshold: Double?)] = rules.isEmpty
            ? [("selection_rate", .difference, nil)] : rules.map { ($0.metric, $0.check, $0.threshold) }
        for rule in wanted {
            let series = sections.map { title in
                DriftChart.Series(title, values: batches.map { batch in
                    let gap = batch.audit.sections.first { $0.title == title }?.fairlearn.metrics[rule.metric]
                    return (rule.check == .ratio ? gap?.ratio : gap?.difference)?.number
                })
            }
            let isRatio = rule.check == .ratio
            charts.append(DriftChart(title: "\(rule.metric) \(isRatio ? "ratio" : "difference") between groups",
                                     batches: names, series: series,
                                     valueLabel: isRatio ? "Ratio (lowest / highest group, unitless)" : "Difference (highest − lowest group, rate)",
                                     threshold: rule.threshold, alertSide: isRatio ? .below : .above))
        }
        if batches.contains(where: \.labelled) {
            let floor = requirements.first { $0.check == .minimum && $0.metric == "accuracy" }?.threshold
            charts.append(DriftChart(title: "Accuracy per batch", batches: names,
                                     series: [.init("accuracy", values: batches.map { $0.accuracy?.number })],
                                     valueLabel: "Accuracy (share of rows classified correctly)", threshold: floor, alertSide: .below))
        }
        return charts
    }

    /// How many PSI lines the drift chart draws (the palette's seven looks stay distinct).
    static let chartedColumns = 7
    static let psiNote = "PSI below 0.1 means no meaningful shift, 0.1 to 0.25 a moderate one, above 0.25 a significant shift "
        + "(the dashed line). The chart shows the model's score and the columns that moved most; the JSON has every column."
}

/// The monitor's document and its JSON, in the shape the report route renders.
struct MonitorReport: DocumentReport {
    let document: ReportDocument
    let jsonText: String

    func json() throws -> String { jsonText }
}
