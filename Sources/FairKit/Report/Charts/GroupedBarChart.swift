/// Several metrics by group as clusters of horizontal bars: one cluster per group, one bar per
/// metric, each metric its own colour and fill pattern (the legend names them), so that a reader
/// compares, say, TPR and FPR across groups at a glance. The reference group's label ends in
/// "(ref)". Optional intervals draw as error bars.
///
/// Example: groups Male (ref) and Female, metrics TPR and FPR: two clusters of two bars; the
/// table has a row per group and a column per metric.
public struct GroupedBarChart: Sendable, Equatable {
    /// The chart's title.
    public var title: String
    /// The metrics' names, in legend and bar order.
    public var metrics: [String]
    /// The unit all metrics share, for the axis ("share of the group").
    public var unit: String
    /// The groups' names, top to bottom.
    public var groups: [String]
    /// `values[g][m]`: group g's value of metric m.
    public var values: [[MetricValue]]
    /// `intervals[g][m]`, when known.
    public var intervals: [[ChartInterval?]]?
    /// The index of the reference group.
    public var reference: Int?
    /// How values are written.
    public var format: ChartValueFormat
    /// The largest value the metrics can take (1 for rates).
    public var ceiling: Double?

    /// A chart of `values` (a row per group, a value per metric; missing entries are undefined).
    public init(title: String, metrics: [String], unit: String, groups: [String], values: [[MetricValue]],
                intervals: [[ChartInterval?]]? = nil, reference: Int? = nil, format: ChartValueFormat = .rate, ceiling: Double? = nil) {
        self.title = title
        self.metrics = metrics
        self.unit = unit
        self.groups = groups
        self.values = groups.indices.map { g in
            metrics.indices.map { m in g < values.count && m < values[g].count ? values[g][m] : .undefined(reason: "no value given") }
        }
        self.intervals = intervals
        self.reference = reference.flatMap { groups.indices.contains($0) ? $0 : nil }
        self.format = format
        self.ceiling = ceiling
    }

    func interval(_ g: Int, _ m: Int) -> ChartInterval? {
        guard let intervals, g < intervals.count, m < intervals[g].count else { return nil }
        return intervals[g][m]
    }

    func drawnLabel(_ g: Int) -> String { groups[g] + (g == reference ? " (ref)" : "") }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let summary = "\(metrics.joined(separator: ", ")) for \(groups.count) group\(groups.count == 1 ? "" : "s")"
            + (reference.map { "; the reference group is \(groups[$0])." } ?? ".")
        let id = ChartFrame.identifier(title: title, salt: summary)
        let width = ChartStyle.width
        let labelWidth = min(groups.indices.map { ChartStyle.textWidth(drawnLabel($0), size: ChartStyle.labelSize) }.max() ?? 0,
                             ChartStyle.maximumLabelWidth)
        let left = ChartStyle.padding + labelWidth + 8, right = width - ChartStyle.padding - GroupBarChart.valueRoom
        let looks = metrics.indices.map(ChartPalette.series)
        let legend = ChartLegend(entries: metrics.indices.map { .init(swatch: .bar(colour: looks[$0].colour, pattern: looks[$0].pattern), label: metrics[$0]) })
        let (legendNode, legendHeight) = legend.layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 8
        let barHeight = ChartStyle.barHeight * 0.8
        let clusterHeight = Double(metrics.count) * barHeight + ChartStyle.barGap * 1.5
        let bottom = top + Double(groups.count) * clusterHeight
        let numbers = values.flatMap { $0.compactMap(\.number) } + (intervals ?? []).flatMap { $0.compactMap { $0?.upper } }
        var high = numbers.max() ?? 1
        if let ceiling { high = min(high, ceiling) }
        let ticks = NiceTicks(covering: min(0, numbers.min() ?? 0), high > 0 ? high : 1)
        let scale = LinearScale(domain: ticks.domain, start: left, end: right)

        var plot: [SVGNode] = [ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: false),
                               ChartAxis.horizontal(scale, ticks, y: bottom, top: top, label: unit.isEmpty ? "Value" : "Value (\(unit))")]
        for g in groups.indices {
            let clusterTop = top + Double(g) * clusterHeight + ChartStyle.barGap * 0.75
            let label = drawnLabel(g), shown = ChartStyle.fitted(label, width: ChartStyle.maximumLabelWidth, size: ChartStyle.labelSize)
            var nodes: [SVGNode] = [ChartFrame.text(shown, x: left - 8, y: clusterTop + Double(metrics.count) * barHeight / 2 + ChartStyle.labelSize * 0.35,
                                                    size: ChartStyle.labelSize, anchor: "end",
                                                    [.init("class", "group-label")] + (g == reference ? [.init("font-weight", "600")] : []),
                                                    tooltip: shown == label ? nil : label)]
            for m in metrics.indices {
                let y = clusterTop + Double(m) * barHeight, middle = y + barHeight / 2
                guard let value = values[g][m].number else {
                    nodes.append(ChartFrame.text("\(metrics[m]): undefined", x: left + 6, y: middle + ChartStyle.tickSize * 0.35,
                                                 [.init("class", "value-label"), .init("font-style", "italic")], tooltip: values[g][m].undefinedReason))
                    continue
                }
                let x0 = scale.clamped(0), x1 = scale.clamped(value)
                nodes.append(.element("rect", [.init("class", "bar"), .init("data-value", String(value)), .init("x", min(x0, x1)), .init("y", y + 1),
                                               .init("width", abs(x1 - x0)), .init("height", barHeight - 2),
                                               .init("fill", looks[m].pattern.fill(colour: looks[m].colour, chartID: id)), .init("stroke", looks[m].colour)],
                                      [.element("title", text: "\(groups[g]), \(metrics[m]): \(format.text(value))")]))
                var end = x1
                if let interval = interval(g, m) {
                    let a = scale.clamped(interval.lower), b = scale.clamped(interval.upper)
                    nodes.append(ChartErrorBar.node(from: a, to: b, at: middle, span: barHeight * 0.6))
                    end = max(end, b)
                }
                nodes.append(ChartFrame.text(format.text(value), x: end + 4, y: middle + (ChartStyle.tickSize - 1) * 0.35,
                                             size: ChartStyle.tickSize - 1, [.init("class", "value-label")] + ChartFrame.halo))
            }
            plot.append(.group([.init("class", "bar-cluster")], nodes))
        }
        let definitions = looks.compactMap { $0.pattern.definition(colour: $0.colour, chartID: id) }
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: bottom + ChartAxis.horizontalHeight + ChartStyle.padding,
                                  definitions: definitions, content: [ChartFrame.title(title, width: width), legendNode] + plot)
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    /// The text alternative: a row per group, a column per metric.
    var table: ReportTable {
        let rows: [[ReportCell]] = groups.indices.map { g in
            [ReportCell(groups[g], g == reference ? .reference : .plain)] + metrics.indices.map { m in
                values[g][m].number.map { x in ReportCell(format.text(x) + (interval(g, m).map { " [\(format.text($0.lower)), \(format.text($0.upper))]" } ?? "")) }
                    ?? ReportCell(ReportNumber.undefined, .undefined, note: values[g][m].undefinedReason)
            }
        }
        return ReportTable(headers: ["Group"] + metrics, alignments: [.left] + metrics.map { _ in .right }, rows: rows)
    }
}
