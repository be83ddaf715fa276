/// Partial dependence with individual conditional expectation (ICE) lines (Friedman 2001;
/// Goldstein et al. 2015; scikit-learn's `PartialDependenceDisplay` with `kind="both"`): for each
/// grid value v of one column, the model's output on every row with that column set to v. Each
/// row is a thin grey line (its ICE curve); their mean, the partial dependence, is the thick line.
/// Lines that fan out mean the column's effect depends on the other columns (an interaction the
/// average hides).
///
/// At most `maximumLines` ICE lines are drawn, chosen evenly through the rows so the picture stays
/// readable; the partial dependence always uses every row.
///
/// Example: two rows whose outputs over the grid 0, 10 are (0.2, 0.6) and (0.4, 0.4): the partial
/// dependence is (0.3, 0.5), drawn from (0, 0.3) to (10, 0.5), above one flat and one rising ICE line.
public struct PartialDependenceChart: Sendable, Equatable {
    public let title: String
    /// The column varied, and the grid's values in the file's units.
    public let column: String
    public let grid: [Double]
    /// The mean output at each grid value.
    public let average: [Double]
    /// One row's outputs at each grid value, per row.
    public let individual: [[Double]]
    /// The output's unit for the axis label ("probability", "log-odds").
    public let unit: String

    public init(title: String, column: String, grid: [Double], average: [Double], individual: [[Double]], unit: String) {
        self.title = title
        self.column = column
        self.grid = grid
        self.average = average
        self.individual = individual
        self.unit = unit
    }

    /// ICE lines drawn at most.
    public static let maximumLines = 50

    /// The rows whose ICE lines are drawn: all of them up to `maximumLines`, else evenly spaced.
    var drawnRows: [Int] {
        let n = individual.count
        guard n > Self.maximumLines else { return Array(0..<n) }
        return (0..<Self.maximumLines).map { k in k * (n - 1) / (Self.maximumLines - 1) }
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let drawn = drawnRows
        let low = average.min() ?? 0, high = average.max() ?? 0
        let summary = "Partial dependence of the output on \(column): from \(ExplanationReport.number(average.first ?? 0)) at "
            + "\(column) = \(SVGNode.number(grid.first ?? 0)) to \(ExplanationReport.number(average.last ?? 0)) at \(SVGNode.number(grid.last ?? 0)) "
            + "(range \(ExplanationReport.number(low)) to \(ExplanationReport.number(high))), with \(drawn.count) of \(individual.count) rows' ICE lines."
        let id = ChartFrame.identifier(title: title, salt: summary)
        let values = drawn.flatMap { individual[$0] } + average
        let plot = XYPlot(id: id, title: title,
                          legend: [.init(swatch: .line(colour: Self.mean, dash: nil, marker: nil), label: "partial dependence (mean of all \(individual.count) rows)"),
                                   .init(swatch: .line(colour: Self.ice, dash: nil, marker: nil), label: "one row (ICE), \(drawn.count) drawn")],
                          xTicks: NiceTicks(covering: grid.min() ?? 0, grid.max() ?? 1),
                          yTicks: NiceTicks(covering: values.min() ?? 0, values.max() ?? 1),
                          xLabel: "\(column) (the file's units)", yLabel: "Output (\(unit))", square: false)
        let lines = drawn.map { row in
            plot.line(Array(zip(grid, individual[row])), colour: Self.ice, dash: nil, width: 1,
                      attributes: [.init("class", "ice"), .init("stroke-opacity", 0.45)])
        }
        let curve = plot.line(Array(zip(grid, average)), colour: Self.mean, dash: nil, width: 3, attributes: [.init("class", "pd")])
        let svg = plot.svg(title: title, summary: summary, content: lines + [curve])
        let table = ReportTable(headers: [column, "Partial dependence", "ICE lowest", "ICE highest"], alignments: [.right, .right, .right, .right],
                                rows: grid.indices.map { k in
                                    let ice = individual.compactMap { k < $0.count ? $0[k] : nil }
                                    return [ReportCell(SVGNode.number(grid[k])), ReportCell(ExplanationReport.number(average[k])),
                                            ReportCell(ExplanationReport.number(ice.min() ?? .nan)), ReportCell(ExplanationReport.number(ice.max() ?? .nan))]
                                })
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    /// Okabe-Ito blue for the mean; grey for the rows.
    static let mean = ChartPalette.okabeIto[0].hex, ice = "#8C8C8C"
}
