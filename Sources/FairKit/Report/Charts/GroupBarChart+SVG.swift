extension GroupBarChart {
    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let summary = self.summary
        let id = ChartFrame.identifier(title: title, salt: summary + bars.map(\.label).joined(separator: "\u{1}"))
        let width = ChartStyle.width
        let labelWidth = min(bars.indices.map { ChartStyle.textWidth(drawnLabel($0), size: ChartStyle.labelSize) }.max() ?? 0,
                             ChartStyle.maximumLabelWidth)
        let left = ChartStyle.padding + labelWidth + 8
        let right = width - ChartStyle.padding - Self.valueRoom
        let (legend, legendHeight) = ChartLegend(entries: legendEntries).layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 8
        let rowHeight = ChartStyle.barHeight + ChartStyle.barGap
        let bottom = top + Double(bars.count) * rowHeight
        let ticks = self.ticks
        let scale = LinearScale(domain: ticks.domain, start: left, end: right)

        var plot: [SVGNode] = [ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: false)]
        if let band {
            let x0 = scale.clamped(band.lower), x1 = scale.clamped(band.upper)
            plot.append(.element("rect", [.init("class", "band"), .init("x", x0), .init("y", top), .init("width", x1 - x0), .init("height", bottom - top),
                                          .init("fill", ChartPalette.band), .init("fill-opacity", ChartPalette.bandOpacity)]))
            for x in [x0, x1] {
                plot.append(.element("line", [.init("x1", x), .init("y1", top), .init("x2", x), .init("y2", bottom),
                                              .init("stroke", ChartPalette.band), .init("stroke-dasharray", "3 2")]))
            }
        }
        plot.append(ChartAxis.horizontal(scale, ticks, y: bottom, top: top, label: axisLabel))
        // The reference line under the bars and their labels (which carry a halo), so it never strikes a value through.
        if let referenceValue {
            let x = scale.clamped(referenceValue)
            plot.append(.element("line", [.init("class", "reference-line"), .init("x1", x), .init("y1", top - 4), .init("x2", x), .init("y2", bottom),
                                          .init("stroke", "currentColor"), .init("stroke-width", 1.5), .init("stroke-dasharray", "6 3")]))
        }
        for index in bars.indices {
            plot.append(barNodes(index, scale: scale, y: top + ChartStyle.barGap / 2 + Double(index) * rowHeight, chartID: id))
        }
        let patterns = [ChartPattern.diagonal.definition(colour: ChartPalette.outside, chartID: id),
                        ChartPattern.dots.definition(colour: ChartPalette.small, chartID: id)].compactMap { $0 }
        let height = bottom + ChartAxis.horizontalHeight + ChartStyle.padding
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: height, definitions: patterns,
                                  content: [ChartFrame.title(title, width: width), legend] + plot)
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: self)
    }

    /// How many bars outside the band the summary names (the table lists them all).
    static let summaryNames = 5

    /// Room right of the plot for the value labels.
    static let valueRoom = 64.0

    private func barNodes(_ index: Int, scale: LinearScale, y: Double, chartID: String) -> SVGNode {
        let bar = bars[index]
        let middle = y + ChartStyle.barHeight / 2
        let isReference = index == reference
        let label = drawnLabel(index)
        let shown = ChartStyle.fitted(label, width: ChartStyle.maximumLabelWidth, size: ChartStyle.labelSize)
        var nodes: [SVGNode] = [ChartFrame.text(shown, x: scale.start - 8, y: middle + ChartStyle.labelSize * 0.35, size: ChartStyle.labelSize,
                                                anchor: "end", [.init("class", "group-label")] + (isReference ? [.init("font-weight", "600")] : []),
                                                tooltip: shown == label ? nil : label)]
        guard let value = bar.value.number else {
            nodes.append(ChartFrame.text(ReportNumber.undefined, x: scale.start + 6, y: middle + ChartStyle.tickSize * 0.35,
                                         [.init("class", "value-label"), .init("font-style", "italic")], tooltip: bar.value.undefinedReason))
            return .group([.init("class", "bar-row")], nodes)
        }
        let (colour, pattern): (String, ChartPattern)
        switch standing(index) {
        case .reference: (colour, pattern) = (ChartPalette.reference, .solid)
        case .outside: (colour, pattern) = (ChartPalette.outside, .diagonal)
        case .small: (colour, pattern) = (ChartPalette.small, .dots)
        default: (colour, pattern) = (ChartPalette.within, .solid)
        }
        let x0 = scale.clamped(0), x1 = scale.clamped(value)
        nodes.append(.element("rect", [.init("class", "bar"), .init("data-value", String(value)), .init("x", min(x0, x1)), .init("y", y),
                                       .init("width", abs(x1 - x0)), .init("height", ChartStyle.barHeight),
                                       .init("fill", pattern.fill(colour: colour, chartID: chartID)), .init("stroke", colour)],
                              [.element("title", text: "\(bar.label): \(format.text(value))")]))
        var end = x1
        if let interval = bar.interval {
            let a = scale.clamped(interval.lower), b = scale.clamped(interval.upper)
            nodes.append(ChartErrorBar.node(from: a, to: b, at: middle, span: ChartStyle.barHeight * 0.6))
            end = max(end, b)
        }
        nodes.append(ChartFrame.text(format.text(value), x: end + 5, y: middle + ChartStyle.tickSize * 0.35, [.init("class", "value-label")] + ChartFrame.halo))
        return .group([.init("class", "bar-row")], nodes)
    }

    private var legendEntries: [ChartLegend.Entry] {
        let standings = Set(bars.indices.map(standing))
        var entries: [ChartLegend.Entry] = []
        if band == nil, !standings.isDisjoint(with: [.unjudged]) {
            entries.append(.init(swatch: .bar(colour: ChartPalette.within, pattern: .solid), label: quantity))
        }
        if standings.contains(.within) { entries.append(.init(swatch: .bar(colour: ChartPalette.within, pattern: .solid), label: Standing.within.rawValue)) }
        if standings.contains(.outside) { entries.append(.init(swatch: .bar(colour: ChartPalette.outside, pattern: .diagonal), label: Standing.outside.rawValue)) }
        if standings.contains(.small) { entries.append(.init(swatch: .bar(colour: ChartPalette.small, pattern: .dots), label: Standing.small.rawValue)) }
        if reference != nil { entries.append(.init(swatch: .bar(colour: ChartPalette.reference, pattern: .solid), label: "reference group")) }
        if referenceValue != nil { entries.append(.init(swatch: .line(colour: "currentColor", dash: "6 3", marker: nil), label: "reference value")) }
        if let band {
            entries.append(.init(swatch: .band, label: "fair band \(format.text(band.lower)) to \(format.text(band.upper)) (τ = \(ReportNumber.setting(band.tau)))"))
        }
        return entries
    }

    /// The `<desc>`: what is plotted, the band, and who falls outside it.
    var summary: String {
        var text = "\(quantity) for \(bars.count) \(noun)\(bars.count == 1 ? "" : "s")"
        if let reference { text += "; the reference group is \(bars[reference].label)" }
        text += "."
        if let band {
            text += " The fair band runs from \(format.text(band.lower)) to \(format.text(band.upper)) (τ = \(ReportNumber.setting(band.tau)))."
            let outside = bars.indices.filter { standing($0) == .outside }
            let named = outside.prefix(Self.summaryNames).map { "\(bars[$0].label) (\(format.text(bars[$0].value.number ?? 0)))" }
            let more = outside.count > Self.summaryNames ? ", and \(outside.count - Self.summaryNames) more (see the table)" : ""
            text += outside.isEmpty ? " None falls outside it." : " Outside it: " + named.joined(separator: ", ") + more + "."
        }
        return text
    }

    /// The text alternative: each group's value, interval and standing.
    var table: ReportTable {
        let intervals = bars.contains { $0.interval != nil }
        let headers = [noun.prefix(1).uppercased() + noun.dropFirst(), quantity] + (intervals ? ["Lower", "Upper"] : []) + ["Standing"]
        let rows: [[ReportCell]] = bars.indices.map { index in
            let bar = bars[index]
            let value = bar.value.number.map { ReportCell(format.text($0)) }
                ?? ReportCell(ReportNumber.undefined, .undefined, note: bar.value.undefinedReason)
            let interval: [ReportCell] = intervals ? [bar.interval.map { ReportCell(format.text($0.lower)) } ?? "",
                                                      bar.interval.map { ReportCell(format.text($0.upper)) } ?? ""] : []
            let standing = standing(index)
            let emphasis: ReportEmphasis
            switch standing {
            case .outside: emphasis = .flag
            case .within: emphasis = .fair
            case .reference: emphasis = .reference
            case .small: emphasis = .caution
            case .unjudged, .undefined: emphasis = .muted
            }
            return [ReportCell(bar.label, index == reference ? .reference : .plain), value] + interval + [ReportCell(standing.rawValue, emphasis)]
        }
        return ReportTable(headers: headers, alignments: [.left, .right] + (intervals ? [.right, .right] : []) + [.left], rows: rows)
    }
}

/// An interval drawn as a line with end caps, across (horizontal bars) or along (vertical) the bar.
enum ChartErrorBar {
    /// A horizontal error bar from `from` to `to` at height `at`, caps `span` tall.
    static func node(from: Double, to: Double, at y: Double, span: Double) -> SVGNode {
        let ink: [SVGNode.Attribute] = [.init("stroke", "currentColor"), .init("stroke-width", 1.5)]
        return .group([.init("class", "error-bar")], [
            .element("line", [.init("x1", from), .init("y1", y), .init("x2", to), .init("y2", y)] + ink),
            .element("line", [.init("x1", from), .init("y1", y - span / 2), .init("x2", from), .init("y2", y + span / 2)] + ink),
            .element("line", [.init("x1", to), .init("y1", y - span / 2), .init("x2", to), .init("y2", y + span / 2)] + ink),
        ])
    }
}
