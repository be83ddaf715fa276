import Foundation

/// shap's beeswarm (summary) plot: one row a column, largest mean |φ| first, one dot an
/// explained row at x = φ_ij, coloured and shaped by that row's value of the column, so the chart
/// shows both how much a column moves the output and in which direction its high values push.
///
/// Colour runs from Okabe-Ito blue (the column's lowest value among the rows) to vermillion (its
/// highest); the shape says the same without colour: a circle for values at or below the column's
/// median, a triangle above it, a grey square where the value is not a number (a category).
/// Dots that would overlap are stacked up and down from the row's middle line, in order of x
/// (shap's own layout rule), so the chart is the same on every run.
///
/// Example: φ of income over rows with incomes 10, 20, 90 and φ −0.2, −0.1, +0.4: three dots on
/// the income row at x = −0.2 (blue circle), −0.1 (circle, the median), +0.4 (vermillion
/// triangle): high incomes push the output up.
public struct BeeswarmChart: Sendable, Equatable {
    /// A column: its attributions over the rows and each row's value of the column (nil when not
    /// a number), in the same row order.
    public struct Column: Sendable, Equatable {
        public let name: String
        public let attributions: [Double]
        public let values: [Double?]

        public init(_ name: String, attributions: [Double], values: [Double?]) {
            self.name = name
            self.attributions = attributions
            self.values = values
        }

        var meanAbsolute: Double { MeanAttributionChart.Column(name, attributions).meanAbsolute }

        /// Pearson's correlation of value and attribution over the rows with a value; nil with
        /// fewer than two such rows or a constant side. Its sign is the column's direction.
        var direction: Double? {
            let pairs = zip(values, attributions).compactMap { value, phi in value.map { ($0, phi) } }
            guard pairs.count >= 2 else { return nil }
            let n = Double(pairs.count)
            let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
            var sxy = 0.0, sxx = 0.0, syy = 0.0
            for (x, y) in pairs {
                sxy += (x - mx) * (y - my)
                sxx += (x - mx) * (x - mx)
                syy += (y - my) * (y - my)
            }
            guard sxx > 0, syy > 0 else { return nil }
            return sxy / (sxx * syy).squareRoot()
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

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let ranked = MeanAttributionChart.order(columns.map(\.meanAbsolute)).map { columns[$0] }
        let rows = columns.map(\.attributions.count).max() ?? 0
        let summary = "Each row's attribution per column, \(rows) rows, largest mean |attribution| first: "
            + ranked.prefix(3).map { column in
                let way = column.direction.map { $0 > 0 ? "higher values push the output up" : "higher values push it down" } ?? "no numeric direction"
                return "\(column.name) (\(way))"
            }.joined(separator: ", ") + "."
        let id = ChartFrame.identifier(title: title, salt: summary)
        let width = ChartStyle.width
        let labelWidth = min(ranked.map { ChartStyle.textWidth($0.name, size: ChartStyle.labelSize) }.max() ?? 0, ChartStyle.maximumLabelWidth)
        let left = ChartStyle.padding + labelWidth + 8, right = width - ChartStyle.padding - 16
        let (legend, legendHeight) = ChartLegend(entries: [
            .init(swatch: .marker(.circle, colour: Self.low, size: ChartStyle.markerSize), label: "value at or below the column's median (blue: lowest)"),
            .init(swatch: .marker(.triangle, colour: Self.high, size: ChartStyle.markerSize), label: "value above the median (vermillion: highest)"),
            .init(swatch: .marker(.square, colour: Self.noValue, size: ChartStyle.markerSize), label: "not a number"),
        ]).layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 8
        let bottom = top + Double(ranked.count) * Self.rowHeight
        let all = ranked.flatMap(\.attributions)
        let ticks = NiceTicks(covering: min(all.min() ?? 0, 0), max(all.max() ?? 0, 0))
        let scale = LinearScale(domain: ticks.lower...ticks.upper, start: left, end: right)
        var plot: [SVGNode] = [ChartFrame.plotArea(left: left, top: top, width: right - left, height: bottom - top, outlined: false),
                               ChartAxis.horizontal(scale, ticks, y: bottom, top: top, label: "Attribution (\(unit))"),
                               .element("line", [.init("class", "zero"), .init("x1", scale(0)), .init("y1", top), .init("x2", scale(0)),
                                                 .init("y2", bottom), .init("stroke", ChartStyle.gridColour), .init("stroke-width", 1)])]
        for (k, column) in ranked.enumerated() {
            let middle = top + (Double(k) + 0.5) * Self.rowHeight
            plot.append(ChartFrame.text(ChartStyle.fitted(column.name, width: ChartStyle.maximumLabelWidth, size: ChartStyle.labelSize),
                                        x: left - 8, y: middle + ChartStyle.labelSize * 0.35, size: ChartStyle.labelSize, anchor: "end",
                                        [.init("class", "group-label")]))
            plot.append(.group([.init("class", "swarm")], dots(column, scale: scale, middle: middle)))
        }
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: bottom + ChartAxis.horizontalHeight + ChartStyle.padding,
                                  definitions: [], content: [ChartFrame.title(title, width: width), legend] + plot)
        let table = ReportTable(
            headers: ["Column", "Mean |attribution|", "Lowest", "Highest", "Higher values"], alignments: [.left, .right, .right, .right, .left],
            rows: ranked.map { column in
                [ReportCell(column.name), ReportCell(ExplanationReport.number(column.meanAbsolute)),
                 ReportCell(ExplanationReport.signed(column.attributions.min() ?? 0)), ReportCell(ExplanationReport.signed(column.attributions.max() ?? 0)),
                 ReportCell(column.direction.map { ($0 > 0 ? "push up" : "push down") + " (r = \(String(format: "%.2f", $0)))" } ?? "—")]
            })
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    /// The column's dots: x from the attribution; y stacked around `middle` (0, +1, −1, +2, ...
    /// dot widths) among dots whose x falls in the same dot-wide bin, capped to the row.
    func dots(_ column: Column, scale: LinearScale, middle: Double) -> [SVGNode] {
        let numeric = column.values.compactMap { $0 }.sorted()
        let median = numeric.isEmpty ? 0 : (numeric[(numeric.count - 1) / 2] + numeric[numeric.count / 2]) / 2
        let low = numeric.first ?? 0, high = numeric.last ?? 0
        let order = column.attributions.indices.sorted { (column.attributions[$0], $0) < (column.attributions[$1], $1) }
        var stacked: [Int: Int] = [:]
        let size = ChartStyle.markerSize * 0.8
        let maximumLevel = Int((Self.rowHeight / 2 - size / 2) / (size * 0.6))
        return order.map { i in
            let phi = column.attributions[i]
            let x = scale(phi)
            let bin = Int((x / size).rounded(.down))
            let n = stacked[bin, default: 0]
            stacked[bin] = n + 1
            let level = min((n + 1) / 2, maximumLevel)
            let y = middle + Double(n % 2 == 0 ? level : -level) * size * 0.6
            let value = i < column.values.count ? column.values[i] : nil
            let shape: ChartMarker = value.map { $0 > median ? .triangle : .circle } ?? .square
            let colour = value.map { high > low ? Self.colour(($0 - low) / (high - low)) : Self.low } ?? Self.noValue
            let text = "\(column.name) = \(value.map { SVGNode.number($0) } ?? "(not a number)"): \(ExplanationReport.signed(phi))"
            return .group([.init("class", "dot"), .init("data-value", String(phi))],
                          [shape.node(x: x, y: y, size: size, colour: colour), .element("title", text: text)])
        }
    }

    /// Blue (0) to vermillion (1), through the straight line between them in RGB.
    static func colour(_ t: Double) -> String {
        let a = (0x00, 0x72, 0xB2), b = (0xD5, 0x5E, 0x00)
        let u = Swift.min(Swift.max(t, 0), 1)
        func mix(_ p: Int, _ q: Int) -> Int { Int((Double(p) + (Double(q) - Double(p)) * u).rounded()) }
        let hex = [mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2)].map { String(format: "%02X", $0) }.joined()
        return "#" + hex
    }

    static let low = colour(0), high = colour(1), noValue = "#999999"
    static let rowHeight = 34.0
}
