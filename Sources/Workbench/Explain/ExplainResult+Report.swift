import FairKit
import Foundation

extension ExplainResult {
    /// The explanation on the report route (`--format markdown|html`, `--out`): Shapley rows as
    /// decisions with their narratives, LIME, counterfactuals and the global views as sections.
    public func report() throws -> PreparedReport {
        let against = method.isGlobal ? "" : ", background \(backgroundRows) rows"
        let settings = "\(method.rawValue) on \(data) (model \(model), \(space.rawValue) scale\(against), seed \(seed)); "
            + "the model's output is P(\(label) = \(positive))" + (space == .logOdds ? " as log-odds." : ".")
        var decisions: [ExplanationReport.Decision] = []
        var sections: [ExplanationReport.Section] = []
        for row in rows {
            switch row {
            case let .shapley(r, e, readable, narrative):
                let order = r.sourceColumnAttributions.indices.sorted { abs(r.sourceColumnAttributions[$0]) > abs(r.sourceColumnAttributions[$1]) }
                var columns = order.prefix(top).map { (column: e.sourceColumns[$0], value: readable[e.sourceColumns[$0]] ?? "?",
                                                       attribution: r.sourceColumnAttributions[$0]) }
                // The rest summed in one line, so the waterfall still ends at the output.
                if order.count > top {
                    columns.append((column: "\(order.count - top) other columns", value: "",
                                    attribution: order.dropFirst(top).reduce(0) { $0 + r.sourceColumnAttributions[$1] }))
                }
                decisions.append(.init(row: r.index, output: r.output, baseValue: r.baseValue, columns: columns,
                                       narrative: narrative, residual: r.isEfficient() ? nil : r.efficiencyResidual))
            case .lime(let l):
                sections.append(.init(
                    heading: "Row \(l.row): LIME",
                    sentences: ["Model \(n(l.modelOutput)), LIME's surrogate \(n(l.localPrediction)), local R² \(n(l.score))"
                                + (l.score < 0.5 ? ": low, the linear surrogate describes the model poorly here." : ".")],
                    table: ReportTable(headers: ["Condition", "Weight"], alignments: [.left, .right],
                                       rows: l.terms.map { [ReportCell($0.description), ReportCell(ExplanationReport.signed($0.weight))] })))
            case let .counterfactual(c, changes):
                sections.append(.init(
                    heading: "Row \(c.row): what would change the prediction",
                    sentences: ["Output \(n(c.output)), prediction \(c.decision)."] + (c.noneFoundReason.map { [$0] } ?? []),
                    table: c.options.isEmpty ? nil : ReportTable(
                        headers: ["Option", "Changes", "Output"], alignments: [.right, .left, .right],
                        rows: c.options.enumerated().map { k, option in
                            [ReportCell("\(k + 1)"), ReportCell(changes[k].map(shown).map { "\($0.column): \($0.from) → \($0.to)" }.joined(separator: ", ")),
                             ReportCell(n(option.output))]
                        })))
            }
        }
        for view in global { sections.append(section(view)) }
        var document = ExplanationReport(title: "Explanation of \(model) on \(data)", settings: settings, unit: space.rawValue, decisions: decisions,
                                         sections: sections, jsonText: try json())
        document.beeswarm = beeswarmColumns()
        document.attributionsByColumn = document.beeswarm.map { MeanAttributionChart.Column($0.name, $0.attributions) }
        return PreparedReport(document, name: "the explanation", findings: decisions.count + sections.count, finding: "section")
    }

    private func section(_ view: Global) -> ExplanationReport.Section {
        switch view {
        case let .importance(metric, baseline, repeats, rows, importances):
            return .init(heading: "Permutation importance",
                         sentences: ["The drop in \(metric) (\(n(baseline)) on \(rows) rows) when a column is shuffled, mean and standard deviation over \(repeats) repeats. "
                                     + "A drop near zero or below means the model does not rely on the column."],
                         table: ReportTable(headers: ["Column", "Mean drop", "SD"], alignments: [.left, .right, .right],
                                            rows: importances.sorted { $0.mean > $1.mean }.map {
                                                [ReportCell($0.name), ReportCell(ExplanationReport.signed($0.mean)), ReportCell(n($0.standardDeviation))]
                                            }))
        case let .dependence(column, grid, pd, _):
            let numbers = grid.compactMap(Double.init)
            guard numbers.count == grid.count else {
                // A category column: its levels have no order or distance to plot on an axis, so a table.
                return .init(heading: "Partial dependence on \(column)",
                             sentences: ["The mean output with \(column) set to each level, and the lowest and highest single row (ICE)."],
                             table: ReportTable(headers: [column, "Mean", "ICE low", "ICE high"], alignments: [.left, .right, .right, .right],
                                                rows: grid.indices.map { k in
                                                    let ice = pd.individual.map { $0[k] }
                                                    return [ReportCell(grid[k]), ReportCell(n(pd.average[k])),
                                                            ReportCell(n(ice.min() ?? .nan)), ReportCell(n(ice.max() ?? .nan))]
                                                }))
            }
            return .init(heading: "Partial dependence on \(column)",
                         sentences: ["The mean output with \(column) set to each value (the thick line), and each row's own curve (ICE, thin lines)."],
                         chart: PartialDependenceChart(title: "Partial dependence on \(column)", column: column, grid: numbers, average: pd.average,
                                                       individual: pd.individual, unit: space.rawValue).chart())
        }
    }

    /// The Shapley rows' attributions per source column (empty for other methods) with each row's
    /// value of the column (a number where the file's value reads as one), for the beeswarm.
    private func beeswarmColumns() -> [BeeswarmChart.Column] {
        var names: [String] = []
        var phis: [[Double]] = [], values: [[Double?]] = []
        for case let .shapley(r, e, readable, _) in rows {
            if names.isEmpty { (names, phis, values) = (e.sourceColumns, e.sourceColumns.map { _ in [] }, e.sourceColumns.map { _ in [] }) }
            for j in phis.indices where j < r.sourceColumnAttributions.count {
                phis[j].append(r.sourceColumnAttributions[j])
                values[j].append(readable[names[j]].flatMap(Double.init))
            }
        }
        return names.indices.map { BeeswarmChart.Column(names[$0], attributions: phis[$0], values: values[$0]) }
    }

    private func n(_ x: Double) -> String { ExplanationReport.number(x) }
}
