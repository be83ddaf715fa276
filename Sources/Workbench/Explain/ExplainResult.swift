import FairKit
import Foundation

/// What `learn explain` found, row by row, with the settings used; `text()` for people and
/// `json()` for scripts (the contract is in docs/cli.md).
public struct ExplainResult: Sendable {
    /// One explained row.
    public enum Row: Sendable {
        /// Shapley values (exact, kernel, linear, tree, permutation) and the narrative.
        case shapley(ShapleyExplanation.Row, ShapleyExplanation, readable: [String: String], narrative: String)
        case lime(LimeExplanation)
        /// The search, with each option's changes in the table's own values.
        case counterfactual(CounterfactualResult, readableChanges: [[Counterfactual.Change]])
    }

    public let method: ExplainRequest.Method
    public let space: OutputSpace
    public let model: String
    public let data: String
    public let backgroundRows: Int
    public let samples: Int?
    public let seed: UInt64
    public let top: Int
    public let label: String
    public let positive: String
    public let rows: [Row]
    /// The global views (permutation importance, partial dependence); empty for per-row methods.
    public let global: [Global]
    public let tableRows: Int
    /// Rows left unexplained by a time budget, one sentence each.
    public let warnings: [String]
    /// Per numeric source column, the decimals its values are shown with in text and reports
    /// (`DecimalPlaces` of the rows searched); JSON keeps every value as computed.
    public var decimals: [String: Int] = [:]

    /// The JSON document (format_version 1).
    public func json() throws -> String {
        let object: [String: Any] = [
            "format_version": 1, "method": method.rawValue, "output": space.rawValue, "model": model, "data": data,
            "label": label, "positive": positive,
            "settings": ["background_rows": backgroundRows, "samples": samples.map { $0 as Any } ?? NSNull(), "seed": seed, "top": top],
            "rows": rows.map(jsonRow), "global": global.map(\.json), "warnings": warnings,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func jsonRow(_ row: Row) -> [String: Any] {
        switch row {
        case let .shapley(r, e, readable, narrative):
            return [
                "row": r.index, "base_value": r.baseValue, "output": r.output, "efficiency_residual": r.efficiencyResidual,
                "attributions": zip(e.playerNames, r.attributions).map { ["feature": $0, "value": $1] },
                "by_column": zip(e.sourceColumns, r.sourceColumnAttributions).map { c, v in
                    ["column": c, "value": readable[c] ?? "", "attribution": v] as [String: Any]
                },
                "narrative": narrative,
            ]
        case .lime(let l):
            return [
                "row": l.row, "model_output": l.modelOutput, "local_prediction": l.localPrediction, "intercept": l.intercept,
                "r2": l.score, "kernel_width": l.kernelWidth,
                "terms": l.terms.map { ["feature": $0.feature, "condition": $0.description, "weight": $0.weight] as [String: Any] },
            ]
        case let .counterfactual(c, changes):
            return [
                "row": c.row, "output": c.output, "decision": c.decision, "evaluated": c.evaluated, "timed_out": c.timedOut,
                "proximity": c.proximity.map { $0 as Any } ?? NSNull(), "sparsity": c.sparsity.map { $0 as Any } ?? NSNull(),
                "diversity": c.diversity.map { $0 as Any } ?? NSNull(), "none_found": c.noneFoundReason.map { $0 as Any } ?? NSNull(),
                "options": zip(c.options, changes).map { option, changes in
                    ["output": option.output, "distance": option.distance,
                     "changes": changes.map { ["column": $0.column, "from": $0.from, "to": $0.to] }] as [String: Any]
                },
            ]
        }
    }

    /// Plain text: per row the prediction, the top columns as a bar list, and the narrative (or
    /// LIME's terms with its R², or the counterfactual options).
    public func text() -> String {
        let against = method.isGlobal ? "" : ", background \(backgroundRows) rows"
        var lines = ["\(method.rawValue) on \(data) (model \(model), \(space.rawValue) scale\(against), seed \(seed))"]
        for view in global { lines += [""] + view.text }
        for row in rows {
            lines.append("")
            switch row {
            case let .shapley(r, e, readable, narrative):
                lines.append("Row \(r.index): output \(f(r.output)), base value \(f(r.baseValue))"
                             + (r.isEfficient() ? "" : " (attributions miss f(x) - E f by \(f(r.efficiencyResidual)))"))
                let order = r.sourceColumnAttributions.indices.sorted { abs(r.sourceColumnAttributions[$0]) > abs(r.sourceColumnAttributions[$1]) }
                let largest = order.first.map { abs(r.sourceColumnAttributions[$0]) } ?? 0
                for c in order.prefix(top) {
                    let v = r.sourceColumnAttributions[c]
                    let bar = String(repeating: "#", count: largest > 0 ? max(1, Int((abs(v) / largest * 20).rounded())) : 0)
                    let name = "\(e.sourceColumns[c]) = \(readable[e.sourceColumns[c]] ?? "?")"
                    lines.append("  " + name.padding(toLength: 40, withPad: " ", startingAt: 0) + (v >= 0 ? " +" : " -") + f(abs(v)) + "  " + bar)
                }
                lines.append("  " + narrative)
            case .lime(let l):
                lines.append("Row \(l.row): model \(f(l.modelOutput)), LIME's surrogate \(f(l.localPrediction)), local R² \(f(l.score))"
                             + (l.score < 0.5 ? " (low: the linear surrogate describes the model poorly here)" : ""))
                for t in l.terms { lines.append("  " + t.description.padding(toLength: 48, withPad: " ", startingAt: 0) + (t.weight >= 0 ? " +" : " -") + f(abs(t.weight))) }
            case let .counterfactual(c, changes):
                lines.append("Row \(c.row): output \(f(c.output)), prediction \(c.decision)")
                if let reason = c.noneFoundReason { lines.append("  " + reason) }
                for (k, option) in c.options.enumerated() {
                    let list = changes[k].map(shown).map { "\($0.column): \($0.from) -> \($0.to)" }.joined(separator: ", ")
                    lines.append("  \(k + 1). \(list)  (output \(f(option.output)))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func f(_ x: Double) -> String { String(format: "%.4f", x) }

    /// A counterfactual change as people read it: a number of a column in `decimals` with that
    /// column's decimals (708.9500000000003 in a column of whole numbers reads 709).
    func shown(_ change: Counterfactual.Change) -> Counterfactual.Change {
        guard let places = decimals[change.column] else { return change }
        let show = { (text: String) in Double(text).map { DecimalPlaces.format($0, decimals: places) } ?? text }
        return .init(column: change.column, from: show(change.from), to: show(change.to))
    }
}
