/// One decision's Shapley values as a waterfall (shap's `plots.waterfall`, drawn horizontally):
/// the model's output starts at the base value E f and each column's attribution moves it, one
/// bar a row from the running total before the column to the total after it, until it ends at
/// f(x) = E f + Σ φ. Rising steps are vermillion and solid, falling ones blue and hatched, so
/// the direction reads without colour.
///
/// Example: base 0.5, φ = (+0.2, −0.1): the first bar spans 0.5 to 0.7, the second 0.7 to 0.6,
/// and the output line stands at 0.6.
public struct WaterfallChart: Sendable, Equatable {
    /// A column's step: its label ("income = 20") and attribution.
    public struct Step: Sendable, Equatable {
        public let label: String
        public let attribution: Double

        public init(_ label: String, _ attribution: Double) {
            self.label = label
            self.attribution = attribution
        }
    }

    public let title: String
    public let baseValue: Double
    /// In drawing order, top to bottom (largest |attribution| first, as shap draws them).
    public let steps: [Step]
    /// The output's unit for the axis label ("probability", "log-odds").
    public let unit: String

    public init(title: String, baseValue: Double, steps: [Step], unit: String) {
        self.title = title
        self.baseValue = baseValue
        self.steps = steps
        self.unit = unit
    }

    /// f(x): the base value plus every step.
    public var output: Double { steps.reduce(baseValue) { $0 + $1.attribution } }

    /// The running totals: ends[k] is the total after step k; ends[-1] is the base value.
    var ends: [Double] {
        var total = baseValue
        return steps.map { total += $0.attribution; return total }
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let summary = "From the base value \(Self.text(baseValue)) to the output \(Self.text(output)): "
            + steps.prefix(3).map { "\($0.label) \($0.attribution < 0 ? "lowers" : "raises") it by \(Self.text(abs($0.attribution)))" }
                .joined(separator: "; ") + "."
        let id = ChartFrame.identifier(title: title, salt: summary)
        let width = ChartStyle.width
        let labelWidth = min(steps.map { ChartStyle.textWidth($0.label, size: ChartStyle.labelSize) }.max() ?? 0, ChartStyle.maximumLabelWidth)
        let left = ChartStyle.padding + labelWidth + 8
        let right = width - ChartStyle.padding - Self.valueRoom
        let legend = ChartLegend(entries: [
            .init(swatch: .bar(colour: Self.rising, pattern: .solid), label: "raises the output"),
            .init(swatch: .bar(colour: Self.falling, pattern: .diagonal), label: "lowers the output"),
        ])
        let (legendNode, legendHeight) = legend.layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 8
        let rowHeight = ChartStyle.barHeight + ChartStyle.barGap
        let bottom = top + Double(steps.count) * rowHeight
        let ends = self.ends
        let points = [baseValue] + ends
        let ticks = NiceTicks(covering: points.min() ?? 0, points.max() ?? 1)
        let scale = LinearScale(domain: ticks.lower...ticks.upper, start: left, end: right)

        var plot: [SVGNode] = [ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: false),
                               ChartAxis.horizontal(scale, ticks, y: bottom, top: top, label: "Model output (\(unit))")]
        for (name, value) in [("base-line", baseValue), ("output-line", output)] {
            let x = scale(value)
            plot.append(.element("line", [.init("class", name), .init("x1", x), .init("y1", top - 4), .init("x2", x), .init("y2", bottom),
                                          .init("stroke", "currentColor"), .init("stroke-dasharray", name == "base-line" ? "6 3" : "2 2")]))
        }
        var before = baseValue
        for (k, step) in steps.enumerated() {
            let rises = step.attribution >= 0
            let value = (rises ? "+" : "−") + Self.text(abs(step.attribution))
            plot.append(ChartBarRow(label: step.label, value: step.attribution, valueText: value, from: before, to: ends[k],
                                    colour: rises ? Self.rising : Self.falling, pattern: rises ? .solid : .diagonal)
                .node(scale, y: top + ChartStyle.barGap / 2 + Double(k) * rowHeight, chartID: id))
            before = ends[k]
        }
        let height = bottom + ChartAxis.horizontalHeight + ChartStyle.padding
        let patterns = [ChartPattern.diagonal.definition(colour: Self.falling, chartID: id)].compactMap { $0 }
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: height, definitions: patterns,
                                  content: [ChartFrame.title(title, width: width), legendNode] + plot)
        var rows: [[ReportCell]] = [[ReportCell("Base value E f"), "", ReportCell(Self.text(baseValue))]]
        for (k, step) in steps.enumerated() {
            rows.append([ReportCell(step.label), ReportCell((step.attribution < 0 ? "−" : "+") + Self.text(abs(step.attribution))),
                         ReportCell(Self.text(ends[k]))])
        }
        rows.append([ReportCell("Output (base + attributions)"), "", ReportCell(Self.text(output))])
        let table = ReportTable(headers: ["Column", "Attribution", "Running total"], alignments: [.left, .right, .right], rows: rows)
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    /// Four decimals, as the explanation's tables show them.
    static func text(_ x: Double) -> String { ExplanationReport.number(x) }

    /// Room right of the plot for the value labels.
    static let valueRoom = 72.0
    static let rising = ChartPalette.okabeIto[3].hex
    static let falling = ChartPalette.okabeIto[0].hex
}
