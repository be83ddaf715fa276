/// A measure over batches in time order (a monitor's PSI per column, a disparity per protected
/// attribute): one line per series through its batches, each batch a slot on the horizontal axis,
/// and the alert threshold drawn across, so a reader sees when and where a line crosses it.
///
/// Batch i of n sits at the middle of its slot: x = left + (i + ½) · (right − left) / n.
/// Example: 2 batches on a plot from 100 to 500 px sit at 200 and 400; a PSI of 0.3 on an axis of
/// 0 to 0.4 over 380 px (bottom 400) sits at y = 400 − 0.3 / 0.4 · 380 = 115.
public struct DriftChart: Sendable, Equatable {
    /// One line: a value per batch, `nil` where it was not measured (a batch without labels).
    public struct Series: Sendable, Equatable {
        public var label: String
        public var values: [Double?]

        /// A series called `label`.
        public init(_ label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// Which side of the threshold raises an alert.
    public enum AlertSide: String, Sendable, Equatable {
        /// Values above it (PSI, a difference).
        case above
        /// Values below it (a ratio, accuracy).
        case below
    }

    public var title: String
    /// The batches' names, in time order.
    public var batches: [String]
    public var series: [Series]
    /// The vertical axis: the quantity and its unit ("PSI (index, unitless)").
    public var valueLabel: String
    /// The alert threshold, and which side of it alerts.
    public var threshold: Double?
    public var alertSide: AlertSide

    /// A chart of `series` over `batches`.
    public init(title: String, batches: [String], series: [Series], valueLabel: String, threshold: Double? = nil, alertSide: AlertSide = .above) {
        self.title = title
        self.batches = batches
        self.series = series
        self.valueLabel = valueLabel
        self.threshold = threshold.flatMap { $0.isFinite ? $0 : nil }
        self.alertSide = alertSide
    }

    /// Whether `value` is on the alerting side of the threshold.
    public func alerts(_ value: Double) -> Bool {
        guard let threshold else { return false }
        return alertSide == .above ? value > threshold : value < threshold
    }

    /// The label of the horizontal axis.
    static let batchAxisLabel = "Batch (in time order)"

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let crossings = series.flatMap { s in s.values.enumerated().compactMap { k, v in v.map(alerts) == true && k < batches.count ? "\(s.label) in \(batches[k])" : nil } }
        var summary = "\(series.count) series over \(batches.count) batch\(batches.count == 1 ? "" : "es")"
        if let threshold {
            summary += "; alert \(alertSide.rawValue) \(ReportNumber.rate(threshold))"
            summary += crossings.isEmpty ? ", crossed by none." : ", crossed by " + crossings.joined(separator: ", ") + "."
        } else {
            summary += "; no alert threshold."
        }
        let id = ChartFrame.identifier(title: title, salt: summary + series.map(\.label).joined(separator: "\u{1}"))
        var legend = series.indices.map { k in
            ChartLegend.Entry(swatch: .line(colour: ChartPalette.series(k).colour, dash: ChartPalette.series(k).dash, marker: ChartPalette.series(k).marker),
                              label: series[k].label)
        }
        if let threshold { legend.append(.init(swatch: .line(colour: "currentColor", dash: Self.thresholdDash, marker: nil), label: "alert threshold \(ReportNumber.rate(threshold))")) }
        let width = ChartStyle.width
        let (legendNode, legendHeight) = ChartLegend(entries: legend).layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite) + (threshold.map { [$0] } ?? [])
        let ticks = NiceTicks(covering: min(0, values.min() ?? 0), values.max() ?? 1)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 12, bottom = top + ChartStyle.plotHeight
        let left = ChartStyle.padding + ChartAxis.verticalWidth(ticks), right = width - ChartStyle.padding - 16
        let y = LinearScale(domain: ticks.domain, start: bottom, end: top)
        let slot = (right - left) / Double(max(batches.count, 1))
        func x(_ k: Int) -> Double { left + (Double(k) + 0.5) * slot }
        var frame: [SVGNode] = [ChartFrame.title(title, width: width), legendNode,
                                ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: true),
                                ChartAxis.vertical(y, ticks, x: left, right: right, label: valueLabel),
                                batchAxis(x: x, slot: slot, left: left, right: right, bottom: bottom)]
        var content: [SVGNode] = []
        if let threshold {
            frame.append(.element("line", [.init("class", "threshold"), .init("x1", left), .init("y1", y(threshold)), .init("x2", right),
                                           .init("y2", y(threshold)), .init("stroke", "currentColor"), .init("stroke-width", 1.5),
                                           .init("stroke-dasharray", Self.thresholdDash)]))
        }
        for (k, s) in series.enumerated() {
            let look = ChartPalette.series(k)
            // A gap in the line where a batch was not measured: one polyline per run of values.
            var run: [(Double, Double)] = []
            func flush() {
                if run.count > 1 {
                    let points = run.map { SVGNode.number($0.0) + "," + SVGNode.number($0.1) }.joined(separator: " ")
                    content.append(.element("polyline", [.init("class", "series-line"), .init("points", points), .init("fill", "none"),
                                                         .init("stroke", look.colour), .init("stroke-width", ChartStyle.lineWidth)]
                                                        + (look.dash.map { [.init("stroke-dasharray", $0)] } ?? [])))
                }
                run = []
            }
            for (b, value) in s.values.enumerated() where b < batches.count {
                guard let value, value.isFinite else { flush(); continue }
                run.append((x(b), y(value)))
                let alert = alerts(value)
                content.append(.group([.init("class", alert ? "point alert" : "point")], [
                    .element("title", text: "\(s.label), \(batches[b]): \(ReportNumber.rate(value))\(alert ? " (alert)" : "")"),
                    look.marker.node(x: x(b), y: y(value), size: alert ? ChartStyle.markerSize + 4 : ChartStyle.markerSize, colour: look.colour),
                ]))
            }
            flush()
        }
        let height = bottom + ChartAxis.horizontalHeight + ChartStyle.padding
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: height, definitions: [],
                                  content: frame + [.group([.init("class", "data")], content)])
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    /// The dash of the threshold line (long dashes, unlike any series').
    static let thresholdDash = "10 5"

    /// The horizontal axis: a tick and the batch's name under each slot, the axis label below.
    private func batchAxis(x: (Int) -> Double, slot: Double, left: Double, right: Double, bottom: Double) -> SVGNode {
        var nodes: [SVGNode] = []
        for (k, name) in batches.enumerated() {
            let shown = ChartStyle.fitted(name, width: slot - 4, size: ChartStyle.tickSize)
            nodes.append(.element("line", [.init("x1", x(k)), .init("y1", bottom), .init("x2", x(k)), .init("y2", bottom + ChartStyle.tickLength),
                                           .init("stroke", "currentColor"), .init("stroke-width", 1)]))
            nodes.append(ChartFrame.text(shown, x: x(k), y: bottom + ChartStyle.tickLength + ChartStyle.tickSize + 2, anchor: "middle",
                                         [.init("class", "tick-batch")], tooltip: shown == name ? nil : name))
        }
        nodes.append(.element("line", [.init("x1", left), .init("y1", bottom), .init("x2", right), .init("y2", bottom),
                                       .init("stroke", "currentColor"), .init("stroke-width", 1)]))
        nodes.append(ChartFrame.text(Self.batchAxisLabel, x: (left + right) / 2, y: bottom + ChartAxis.horizontalHeight - 4, size: ChartStyle.labelSize,
                                     anchor: "middle", [.init("class", "axis-label")]))
        return .group([.init("class", "axis axis-x")], nodes)
    }

    /// The text alternative: a row per series, its value in each batch, and the batches that alert.
    var table: ReportTable {
        ReportTable(headers: ["Series"] + batches + ["Alerts"], alignments: [.left] + batches.map { _ in .right } + [.left],
                    rows: series.map { s in
                        let cells = batches.indices.map { b -> ReportCell in
                            guard b < s.values.count, let v = s.values[b], v.isFinite else { return ReportCell("–", .undefined) }
                            return ReportCell(ReportNumber.rate(v), alerts(v) ? .flag : .plain)
                        }
                        let alerting = batches.indices.filter { b in b < s.values.count && s.values[b].map(alerts) == true }.map { batches[$0] }
                        return [ReportCell(s.label)] + cells + [ReportCell(alerting.isEmpty ? "none" : alerting.joined(separator: ", "))]
                    })
    }
}
