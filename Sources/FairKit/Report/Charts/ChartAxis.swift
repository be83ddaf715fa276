/// Value axes: ticks at round numbers (`NiceTicks`), light gridlines across the plot, tick labels
/// and the axis label (the quantity and its unit).
enum ChartAxis {
    /// Room below the plot for a horizontal axis: tick labels and the axis label.
    static let horizontalHeight = ChartStyle.tickLength + ChartStyle.tickSize + 8 + ChartStyle.labelSize + 6
    /// Room left of the plot for a vertical axis, given its tick labels.
    static func verticalWidth(_ ticks: NiceTicks) -> Double {
        let widest = ticks.values.map { ChartStyle.textWidth(ticks.label($0), size: ChartStyle.tickSize) }.max() ?? 0
        return widest + ChartStyle.tickLength + 6 + ChartStyle.labelSize + 10
    }

    /// A horizontal axis along `y` (the plot's bottom), gridlines up to `top`.
    static func horizontal(_ scale: LinearScale, _ ticks: NiceTicks, y: Double, top: Double, label: String) -> SVGNode {
        var nodes: [SVGNode] = []
        for value in ticks.values {
            let x = scale(value)
            nodes.append(.element("line", [.init("class", "grid"), .init("x1", x), .init("y1", top), .init("x2", x), .init("y2", y + ChartStyle.tickLength),
                                           .init("stroke", ChartStyle.gridColour), .init("stroke-opacity", 0.45), .init("stroke-width", 1)]))
            nodes.append(ChartFrame.text(ticks.label(value), x: x, y: y + ChartStyle.tickLength + ChartStyle.tickSize + 2, anchor: "middle",
                                         [.init("class", "tick-x")]))
        }
        nodes.append(.element("line", [.init("x1", scale.start), .init("y1", y), .init("x2", scale.end), .init("y2", y),
                                       .init("stroke", "currentColor"), .init("stroke-width", 1)]))
        nodes.append(ChartFrame.text(label, x: (scale.start + scale.end) / 2, y: y + horizontalHeight - 4, size: ChartStyle.labelSize,
                                     anchor: "middle", [.init("class", "axis-label")]))
        return .group([.init("class", "axis axis-x")], nodes)
    }

    /// A vertical axis along `x` (the plot's left), gridlines across to `right`.
    static func vertical(_ scale: LinearScale, _ ticks: NiceTicks, x: Double, right: Double, label: String) -> SVGNode {
        var nodes: [SVGNode] = []
        for value in ticks.values {
            let y = scale(value)
            nodes.append(.element("line", [.init("class", "grid"), .init("x1", x - ChartStyle.tickLength), .init("y1", y), .init("x2", right), .init("y2", y),
                                           .init("stroke", ChartStyle.gridColour), .init("stroke-opacity", 0.45), .init("stroke-width", 1)]))
            nodes.append(ChartFrame.text(ticks.label(value), x: x - ChartStyle.tickLength - 3, y: y + ChartStyle.tickSize * 0.35, anchor: "end",
                                         [.init("class", "tick-y")]))
        }
        nodes.append(.element("line", [.init("x1", x), .init("y1", scale.start), .init("x2", x), .init("y2", scale.end),
                                       .init("stroke", "currentColor"), .init("stroke-width", 1)]))
        let middle = (scale.start + scale.end) / 2
        let labelX = x - verticalWidth(ticks) + ChartStyle.labelSize
        nodes.append(ChartFrame.text(label, x: labelX, y: middle, size: ChartStyle.labelSize, anchor: "middle",
                                     [.init("class", "axis-label"), .init("transform", "rotate(-90 \(SVGNode.number(labelX)) \(SVGNode.number(middle)))")]))
        return .group([.init("class", "axis axis-y")], nodes)
    }
}
