/// The frame of a chart that plots points on two value axes (ROC, calibration, trade-off): the
/// title, the legend, a square-ish plot area, both axes with their gridlines, and the scales that
/// place data in it.
struct XYPlot {
    let id: String
    let x: LinearScale
    let y: LinearScale
    let xTicks: NiceTicks
    let yTicks: NiceTicks
    /// Title, legend, plot area and axes, drawn under the data.
    let frame: [SVGNode]
    let height: Double
    /// The plot area's edges.
    let left: Double, top: Double, right: Double, bottom: Double

    init(id: String, title: String, legend: [ChartLegend.Entry], xTicks: NiceTicks, yTicks: NiceTicks, xLabel: String, yLabel: String,
         square: Bool) {
        self.id = id
        let width = ChartStyle.width
        let (legendNode, legendHeight) = ChartLegend(entries: legend).layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        top = ChartFrame.titleBaseline + 10 + legendHeight + 12
        bottom = top + ChartStyle.plotHeight
        left = ChartStyle.padding + ChartAxis.verticalWidth(yTicks)
        // A square plot for charts whose axes share a unit (rates against rates), so the diagonal is at 45°.
        right = square ? left + ChartStyle.plotHeight : width - ChartStyle.padding - 16
        self.xTicks = xTicks
        self.yTicks = yTicks
        x = LinearScale(domain: xTicks.domain, start: left, end: right)
        y = LinearScale(domain: yTicks.domain, start: bottom, end: top)
        height = bottom + ChartAxis.horizontalHeight + ChartStyle.padding
        frame = [ChartFrame.title(title, width: width), legendNode,
                 ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: true),
                 ChartAxis.horizontal(x, xTicks, y: bottom, top: top, label: xLabel),
                 ChartAxis.vertical(y, yTicks, x: left, right: right, label: yLabel)]
    }

    /// A plot of a rate against a rate (ROC, calibration): both axes 0 to 1 on a square, the dashed
    /// diagonal named `diagonal` in the legend after the series.
    static func unitSquare(id: String, title: String, legend: [ChartLegend.Entry], diagonal: String, xLabel: String, yLabel: String) -> XYPlot {
        let unit = NiceTicks(covering: 0, 1)
        let entries = legend + [.init(swatch: .line(colour: ChartStyle.gridColour, dash: "4 4", marker: nil), label: diagonal)]
        return XYPlot(id: id, title: title, legend: entries, xTicks: unit, yTicks: unit, xLabel: xLabel, yLabel: yLabel, square: true)
    }

    /// A series' curve through `points`, in its colour and dash.
    func curve(_ points: [(Double, Double)], _ look: ChartPalette.Series) -> SVGNode {
        line(points, colour: look.colour, dash: look.dash, attributes: [.init("class", "curve")])
    }

    /// The `points` as one polyline in `look`'s colour and dash, points closer than half a pixel to
    /// the last kept one dropped (a curve of 10,000 thresholds draws in a few hundred points
    /// without a visible change).
    func line(_ points: [(Double, Double)], colour: String, dash: String?, width: Double = ChartStyle.lineWidth,
              attributes: [SVGNode.Attribute] = []) -> SVGNode {
        var kept: [(Double, Double)] = []
        for (index, point) in points.enumerated() {
            let p = (x(point.0), y(point.1))
            if let last = kept.last, index < points.count - 1, abs(p.0 - last.0) < 0.5, abs(p.1 - last.1) < 0.5 { continue }
            kept.append(p)
        }
        let text = kept.map { SVGNode.number($0.0) + "," + SVGNode.number($0.1) }.joined(separator: " ")
        return .element("polyline", [.init("points", text), .init("fill", "none"), .init("stroke", colour), .init("stroke-width", width),
                                     .init("stroke-linejoin", "round")] + (dash.map { [.init("stroke-dasharray", $0)] } ?? []) + attributes)
    }

    /// The diagonal y = x across the plot (chance on a ROC plot, perfect calibration).
    func diagonal() -> SVGNode {
        let low = max(x.domain.lowerBound, y.domain.lowerBound), high = min(x.domain.upperBound, y.domain.upperBound)
        return .element("line", [.init("class", "diagonal"), .init("x1", x(low)), .init("y1", y(low)), .init("x2", x(high)), .init("y2", y(high)),
                                 .init("stroke", ChartStyle.gridColour), .init("stroke-width", 1.5), .init("stroke-dasharray", "4 4")])
    }

    /// The root element around the frame and `content`.
    func svg(title: String, summary: String, definitions: [SVGNode] = [], content: [SVGNode]) -> SVGNode {
        ChartFrame.root(id: id, title: title, summary: summary, width: ChartStyle.width, height: height, definitions: definitions,
                        content: frame + [.group([.init("class", "data")], content)])
    }
}
