import FairKit
import Foundation

extension ExplainResult {
    /// A view of the model over many rows rather than one decision.
    public enum Global: Sendable {
        /// Permutation importance of each source column: the drop in `metric` (from `baseline`)
        /// when the column is shuffled, mean and standard deviation over `repeats`, on `rows` rows.
        case importance(metric: String, baseline: Double, repeats: Int, rows: Int, [PermutationImportance.Importance])
        /// Partial dependence and ICE curves of `column` over `grid` (the grid in the file's own
        /// units); ICE curve k belongs to data row `rows[k]`.
        case dependence(column: String, grid: [String], PartialDependence, rows: [Int])

        /// The JSON object (in the result's "global" array).
        var json: [String: Any] {
            switch self {
            case let .importance(metric, baseline, repeats, rows, importances):
                return ["kind": "permutation-importance", "metric": metric, "baseline": baseline, "repeats": repeats, "rows": rows,
                        "importances": importances.map { ["column": $0.name, "mean": $0.mean, "std": $0.standardDeviation, "drops": $0.drops] as [String: Any] }]
            case let .dependence(column, grid, pd, rows):
                return ["kind": "pdp", "column": column, "grid": grid, "encoded_grid": pd.grid, "average": pd.average,
                        "ice": zip(rows, pd.individual).map { ["row": $0, "values": $1] as [String: Any] }]
            }
        }

        /// Plain text: importances largest first as a bar list; a partial dependence curve as
        /// at most `ExplainResult.dependencePoints` grid values with the PD and the ICE range.
        var text: [String] {
            switch self {
            case let .importance(metric, baseline, repeats, rows, importances):
                var lines = ["Permutation importance: the drop in \(metric) (\(f(baseline)) on \(rows) rows) when a column is shuffled, "
                             + "mean ± sd over \(repeats) repeats"]
                let sorted = importances.sorted { $0.mean > $1.mean }
                let largest = sorted.map { abs($0.mean) }.max() ?? 0
                for i in sorted {
                    let bar = String(repeating: "#", count: largest > 0 ? Int((abs(i.mean) / largest * 20).rounded()) : 0)
                    lines.append("  " + i.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                                 + (i.mean < 0 ? " -" : " +") + f(abs(i.mean)) + " ± " + f(i.standardDeviation) + "  " + bar)
                }
                if sorted.contains(where: { $0.mean < 0 }) {
                    lines.append("  A negative drop means shuffling the column scored better by chance: it does not matter to the model.")
                }
                return lines
            case let .dependence(column, grid, pd, _):
                var lines = ["Partial dependence on \(column): the mean output with \(column) set to each value "
                             + "(ICE: the lowest and highest single row)"]
                let shown = ExplainResult.spread(pd.grid.count, ExplainResult.dependencePoints)
                lines.append("  " + column.padding(toLength: 16, withPad: " ", startingAt: 0) + "  mean     ICE low  ICE high")
                for k in shown {
                    let ice = pd.individual.map { $0[k] }
                    lines.append("  " + grid[k].padding(toLength: 16, withPad: " ", startingAt: 0) + "  " + f(pd.average[k])
                                 + "   " + f(ice.min() ?? .nan) + "   " + f(ice.max() ?? .nan))
                }
                return lines
            }
        }

        private func f(_ x: Double) -> String { String(format: "%.4f", x) }
    }

    /// Grid values a text partial dependence shows at most.
    static let dependencePoints = 11

    /// At most `count` indices spread evenly over 0..<n, the first and the last included.
    static func spread(_ n: Int, _ count: Int) -> [Int] {
        guard n > count, count >= 2 else { return Array(0..<n) }
        return (0..<count).map { Int((Double($0) * Double(n - 1) / Double(count - 1)).rounded()) }
    }
}
