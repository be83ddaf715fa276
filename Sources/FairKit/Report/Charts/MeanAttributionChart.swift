/// A global view of Shapley values (shap's `plots.bar`): for each column the mean absolute
/// attribution over the explained rows, (1/n) Σ_i |φ_ij|, one bar from zero a column, largest
/// first. It says how much a column moves the output on average, not in which direction.
///
/// Example: φ of income over two rows −0.2 and +0.1: mean |φ| = (0.2 + 0.1) / 2 = 0.15.
public struct MeanAttributionChart: Sendable, Equatable {
    /// A column and its attributions over the rows.
    public struct Column: Sendable, Equatable {
        public let name: String
        public let attributions: [Double]

        public init(_ name: String, _ attributions: [Double]) {
            self.name = name
            self.attributions = attributions
        }

        /// (1/n) Σ |φ|; 0 for no rows.
        public var meanAbsolute: Double {
            attributions.isEmpty ? 0 : attributions.reduce(0) { $0 + abs($1) } / Double(attributions.count)
        }
    }

    public let title: String
    public let columns: [Column]
    /// The output's unit for the axis label ("probability", "log-odds").
    public let unit: String

    public init(title: String, columns: [Column], unit: String) {
        self.title = title
        self.columns = columns
        self.unit = unit
    }

    /// The columns drawn, largest mean |φ| first (ties in the given order).
    public var ranked: [Column] { Self.order(columns.map(\.meanAbsolute)).map { columns[$0] } }

    /// The positions of `meanAbsolutes` from largest to smallest, ties in the given order: the
    /// column order of every global attribution chart (this one and the beeswarm).
    static func order(_ meanAbsolutes: [Double]) -> [Int] {
        meanAbsolutes.indices.sorted { (meanAbsolutes[$0], -$0) > (meanAbsolutes[$1], -$1) }
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let ranked = self.ranked
        let rows = columns.map(\.attributions.count).max() ?? 0
        let summary = "Mean absolute attribution over \(rows) rows, largest first: "
            + ranked.prefix(3).map { "\($0.name) \(ExplanationReport.number($0.meanAbsolute))" }.joined(separator: ", ") + "."
        let id = ChartFrame.identifier(title: title, salt: summary)
        let width = ChartStyle.width
        let labelWidth = min(ranked.map { ChartStyle.textWidth($0.name, size: ChartStyle.labelSize) }.max() ?? 0, ChartStyle.maximumLabelWidth)
        let left = ChartStyle.padding + labelWidth + 8
        let right = width - ChartStyle.padding - WaterfallChart.valueRoom
        let (legend, legendHeight) = ChartLegend(entries: [.init(swatch: .bar(colour: Self.colour, pattern: .solid),
                                                                 label: "mean |attribution| over \(rows) rows")])
            .layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 8
        let rowHeight = ChartStyle.barHeight + ChartStyle.barGap
        let bottom = top + Double(ranked.count) * rowHeight
        let ticks = NiceTicks(covering: 0, ranked.first?.meanAbsolute ?? 0)
        let scale = LinearScale(domain: ticks.lower...ticks.upper, start: left, end: right)
        var plot: [SVGNode] = [ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: false),
                               ChartAxis.horizontal(scale, ticks, y: bottom, top: top, label: "Mean |attribution| (\(unit))")]
        for (k, column) in ranked.enumerated() {
            plot.append(ChartBarRow(label: column.name, value: column.meanAbsolute, valueText: ExplanationReport.number(column.meanAbsolute),
                                    from: 0, to: column.meanAbsolute, colour: Self.colour, pattern: .solid)
                .node(scale, y: top + ChartStyle.barGap / 2 + Double(k) * rowHeight, chartID: id))
        }
        let height = bottom + ChartAxis.horizontalHeight + ChartStyle.padding
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: height, definitions: [],
                                  content: [ChartFrame.title(title, width: width), legend] + plot)
        let table = ReportTable(headers: ["Column", "Mean |attribution|"], alignments: [.left, .right],
                                rows: ranked.map { [ReportCell($0.name), ReportCell(ExplanationReport.number($0.meanAbsolute))] })
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    /// Okabe-Ito blue: one series, the magnitude only.
    static let colour = ChartPalette.okabeIto[0].hex
}
