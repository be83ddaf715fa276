/// A chart's legend: a row (wrapping onto more rows) of swatches with their labels, under the
/// title. Every series is drawn in the legend exactly as in the plot (colour, pattern, dash and
/// marker), so the legend also works in grey scale.
struct ChartLegend {
    /// What one entry's swatch looks like.
    enum Swatch {
        /// A bar's fill: colour and pattern.
        case bar(colour: String, pattern: ChartPattern)
        /// The shaded fair band.
        case band
        /// A line, maybe dashed, maybe with a marker on it.
        case line(colour: String, dash: String?, marker: ChartMarker?)
        /// A lone marker.
        case marker(ChartMarker, colour: String, size: Double)
    }

    struct Entry {
        let swatch: Swatch
        let label: String
    }

    let entries: [Entry]

    static let rowHeight = 22.0
    static let gap = 18.0

    /// The legend laid out from `top` across `width`; its nodes and its height (0 when empty).
    func layout(top: Double, width: Double, chartID: String) -> (node: SVGNode, height: Double) {
        guard !entries.isEmpty else { return (.group([]), 0) }
        let swatchWidth = 26.0
        var x = ChartStyle.padding, row = 0
        var nodes: [SVGNode] = []
        for entry in entries {
            let label = ChartStyle.fitted(entry.label, width: width - 2 * ChartStyle.padding - swatchWidth - 6, size: ChartStyle.labelSize)
            let entryWidth = swatchWidth + 6 + ChartStyle.textWidth(label, size: ChartStyle.labelSize)
            if x > ChartStyle.padding, x + entryWidth > width - ChartStyle.padding {
                row += 1
                x = ChartStyle.padding
            }
            let middle = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
            nodes.append(.group([.init("class", "legend-entry")], [
                swatch(entry.swatch, x: x, middle: middle, width: swatchWidth, chartID: chartID),
                ChartFrame.text(label, x: x + swatchWidth + 6, y: middle + ChartStyle.labelSize * 0.35, size: ChartStyle.labelSize,
                                tooltip: label == entry.label ? nil : entry.label),
            ]))
            x += entryWidth + Self.gap
        }
        return (.group([.init("class", "legend")], nodes), Double(row + 1) * Self.rowHeight)
    }

    private func swatch(_ swatch: Swatch, x: Double, middle: Double, width: Double, chartID: String) -> SVGNode {
        let size = ChartStyle.swatchSize
        switch swatch {
        case let .bar(colour, pattern):
            return .element("rect", [.init("x", x + (width - size) / 2), .init("y", middle - size / 2), .init("width", size), .init("height", size),
                                     .init("fill", pattern.fill(colour: colour, chartID: chartID)), .init("stroke", colour)])
        case .band:
            return .element("rect", [.init("x", x), .init("y", middle - size / 2), .init("width", width), .init("height", size),
                                     .init("fill", ChartPalette.band), .init("fill-opacity", ChartPalette.bandOpacity * 2),
                                     .init("stroke", ChartPalette.band), .init("stroke-dasharray", "3 2")])
        case let .line(colour, dash, marker):
            var parts: [SVGNode] = [.element("line", [.init("x1", x), .init("y1", middle), .init("x2", x + width), .init("y2", middle),
                                                       .init("stroke", colour), .init("stroke-width", ChartStyle.lineWidth)]
                                              + (dash.map { [.init("stroke-dasharray", $0)] } ?? []))]
            if let marker { parts.append(marker.node(x: x + width / 2, y: middle, size: ChartStyle.markerSize, colour: colour)) }
            return .group(parts)
        case let .marker(shape, colour, markerSize):
            return shape.node(x: x + width / 2, y: middle, size: markerSize, colour: colour)
        }
    }
}
