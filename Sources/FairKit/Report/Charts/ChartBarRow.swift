/// One labelled horizontal bar from `from` to `to` with its value written past its end: the row
/// the waterfall and the mean-attribution chart share (label right-aligned left of the plot,
/// the bar's `<title>` and `data-value` carrying the exact number, the value label haloed).
struct ChartBarRow {
    let label: String
    let value: Double
    let valueText: String
    let from: Double
    let to: Double
    let colour: String
    let pattern: ChartPattern

    func node(_ scale: LinearScale, y: Double, chartID: String) -> SVGNode {
        let middle = y + ChartStyle.barHeight / 2
        let x0 = scale(from), x1 = scale(to)
        let shown = ChartStyle.fitted(label, width: ChartStyle.maximumLabelWidth, size: ChartStyle.labelSize)
        return .group([.init("class", "bar-row")], [
            ChartFrame.text(shown, x: scale.start - 8, y: middle + ChartStyle.labelSize * 0.35, size: ChartStyle.labelSize, anchor: "end",
                            [.init("class", "group-label")], tooltip: shown == label ? nil : label),
            .element("rect", [.init("class", "bar"), .init("data-value", String(value)), .init("x", min(x0, x1)), .init("y", y),
                              .init("width", abs(x1 - x0)), .init("height", ChartStyle.barHeight),
                              .init("fill", pattern.fill(colour: colour, chartID: chartID)), .init("stroke", colour)],
                     [.element("title", text: "\(label): \(valueText)")]),
            ChartFrame.text(valueText, x: max(x0, x1) + 6, y: middle + ChartStyle.tickSize * 0.35, [.init("class", "value-label")] + ChartFrame.halo),
        ])
    }
}
