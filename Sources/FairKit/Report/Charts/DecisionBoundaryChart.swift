import Foundation

/// A two-feature logistic model's decision boundary over its data, with each group's rows drawn
/// in their own colour and marker shape: where the line runs through the groups shows who the
/// model sorts to which side, and with what margin.
///
/// The model predicts the favourable outcome when its probability σ(w₀ + w₁x + w₂y) is at least
/// the threshold t, that is when w₀ + w₁x + w₂y ≥ logit(t) = ln(t / (1 − t)). The boundary is the
/// line w₀ + w₁x + w₂y = logit(t), drawn across the plot; for w₂ ≠ 0 it is
/// y = (logit(t) − w₀ − w₁x) / w₂, and for w₂ = 0 the vertical line x = (logit(t) − w₀) / w₁.
/// The favourable side is shaded.
///
/// Example: w₀ = −3, w₁ = 1, w₂ = 1, t = 0.5: logit(0.5) = 0, so the boundary is x + y = 3
/// (through (0, 3) and (3, 0)); the point (2, 2) scores −3 + 4 = 1 ≥ 0 and is on the favourable
/// side, (1, 1) scores −1 and is not.
public struct DecisionBoundaryChart: Sendable, Equatable {
    /// One group's rows.
    public struct Group: Sendable, Equatable {
        public var label: String
        /// The rows' first feature (the x axis) and second feature (the y axis).
        public var x: [Double]
        public var y: [Double]

        /// The group `label` with its rows at (`x[i]`, `y[i]`) (extra values of the longer list are ignored).
        public init(_ label: String, x: [Double], y: [Double]) {
            self.label = label
            self.x = x
            self.y = y
        }
    }

    public var title: String
    /// Each axis's quantity and unit, as drawn: "Duration (months)".
    public var xLabel: String
    public var yLabel: String
    public var groups: [Group]
    /// The model's intercept w₀ and its weights w₁ (x) and w₂ (y).
    public var intercept: Double
    public var weights: (x: Double, y: Double)
    /// The probability threshold t at or above which the favourable outcome is predicted.
    public var threshold: Double
    /// What the favourable side means ("predicted good credit risk").
    public var favourable: String

    /// A chart of `groups` split by the boundary of the model `intercept` + `weights` at `threshold`.
    public init(title: String, xLabel: String, yLabel: String, groups: [Group], intercept: Double, weights: (x: Double, y: Double),
                threshold: Double = 0.5, favourable: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.groups = groups
        self.intercept = intercept
        self.weights = weights
        self.threshold = threshold
        self.favourable = favourable
    }

    public static func == (a: DecisionBoundaryChart, b: DecisionBoundaryChart) -> Bool {
        a.title == b.title && a.xLabel == b.xLabel && a.yLabel == b.yLabel && a.groups == b.groups && a.intercept == b.intercept
            && a.weights.x == b.weights.x && a.weights.y == b.weights.y && a.threshold == b.threshold && a.favourable == b.favourable
    }

    /// w₀ + w₁x + w₂y − logit(t): the score minus the boundary's level. Zero on the line, at or
    /// above zero on the favourable side.
    public func margin(x: Double, y: Double) -> Double {
        intercept + weights.x * x + weights.y * y - Self.logit(threshold)
    }

    /// ln(t / (1 − t)); infinite at 0 and 1.
    public static func logit(_ t: Double) -> Double { log(t / (1 - t)) }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let equation = "\(Self.format(intercept)) + \(Self.format(weights.x))·x + \(Self.format(weights.y))·y = logit(\(Self.format(threshold)))"
        let drawable = threshold > 0 && threshold < 1 && (weights.x != 0 || weights.y != 0)
        let summary = "The rows of \(groups.count) group\(groups.count == 1 ? "" : "s") by \(xLabel) and \(yLabel), each group its own "
            + "colour and marker; " + (drawable ? "the solid line is the model's decision boundary \(equation), and the shaded side is "
            + "\(favourable)." : "the model has no boundary to draw (threshold \(Self.format(threshold)), weights \(Self.format(weights.x)) and "
            + "\(Self.format(weights.y))).")
        let id = ChartFrame.identifier(title: title, salt: summary + groups.map(\.label).joined(separator: "\u{1}"))
        let looks = groups.indices.map(ChartPalette.series)
        var legend: [ChartLegend.Entry] = groups.indices.map {
            .init(swatch: .marker(looks[$0].marker, colour: looks[$0].colour, size: ChartStyle.markerSize), label: groups[$0].label)
        }
        if drawable {
            legend += [.init(swatch: .line(colour: "currentColor", dash: nil, marker: nil), label: "decision boundary"),
                       .init(swatch: .band, label: favourable)]
        }
        let xs = groups.flatMap { Array($0.x.prefix($0.y.count)) }, ys = groups.flatMap { Array($0.y.prefix($0.x.count)) }
        let plot = XYPlot(id: id, title: title, legend: legend, xTicks: NiceTicks(covering: xs.min() ?? 0, xs.max() ?? 1),
                          yTicks: NiceTicks(covering: ys.min() ?? 0, ys.max() ?? 1), xLabel: xLabel, yLabel: yLabel, square: false)
        var content: [SVGNode] = []
        let corners = [(plot.x.domain.lowerBound, plot.y.domain.lowerBound), (plot.x.domain.upperBound, plot.y.domain.lowerBound),
                       (plot.x.domain.upperBound, plot.y.domain.upperBound), (plot.x.domain.lowerBound, plot.y.domain.upperBound)]
        if drawable {
            let side = Self.favourableSide(of: corners, margin: margin)
            if side.count >= 3 {
                content.append(.element("polygon", [.init("class", "favourable-side"),
                                                    .init("points", side.map { SVGNode.number(plot.x($0.0)) + "," + SVGNode.number(plot.y($0.1)) }.joined(separator: " ")),
                                                    .init("fill", ChartPalette.band), .init("fill-opacity", ChartPalette.bandOpacity)]))
            }
        }
        for (g, group) in groups.enumerated() {
            let points = zip(group.x, group.y).map { looks[g].marker.node(x: plot.x($0.0), y: plot.y($0.1), size: ChartStyle.markerSize * 0.8,
                                                                           colour: looks[g].colour, attributes: [.init("fill-opacity", 0.75)]) }
            content.append(.group([.init("class", "group-points")], points))
        }
        if drawable, let ends = Self.crossing(of: corners, margin: margin) {
            content.append(.element("line", [.init("class", "boundary"), .init("x1", plot.x(ends.0.0)), .init("y1", plot.y(ends.0.1)),
                                             .init("x2", plot.x(ends.1.0)), .init("y2", plot.y(ends.1.1)),
                                             .init("stroke", "currentColor"), .init("stroke-width", ChartStyle.lineWidth + 0.5)]))
        }
        return Chart(id: id, title: title, summary: summary, svg: plot.svg(title: title, summary: summary, content: content), table: table, bars: nil)
    }

    /// The text alternative: per group its rows and how many lie on the favourable side.
    var table: ReportTable {
        ReportTable(headers: ["Group", "Rows", "On the favourable side", "Share"], alignments: [.left, .right, .right, .right],
                    rows: groups.map { group in
                        let margins = zip(group.x, group.y).map { margin(x: $0.0, y: $0.1) }
                        let above = margins.filter { $0 >= 0 }.count
                        return [ReportCell(group.label), ReportCell(ReportNumber.count(margins.count)), ReportCell(ReportNumber.count(above)),
                                ReportCell(margins.isEmpty ? "undefined" : ReportNumber.rate(Double(above) / Double(margins.count)),
                                           margins.isEmpty ? .undefined : .plain)]
                    })
    }

    /// The corners of the plot rectangle on the favourable side (margin ≥ 0), with the points where
    /// the boundary crosses its edges, in order round the rectangle (Sutherland-Hodgman against one line).
    static func favourableSide(of corners: [(Double, Double)], margin: (Double, Double) -> Double) -> [(Double, Double)] {
        var kept: [(Double, Double)] = []
        for i in corners.indices {
            let a = corners[i], b = corners[(i + 1) % corners.count]
            let ma = margin(a.0, a.1), mb = margin(b.0, b.1)
            if ma >= 0 { kept.append(a) }
            if (ma >= 0) != (mb >= 0) { kept.append(interpolate(a, b, ma, mb)) }
        }
        return kept
    }

    /// Where the boundary enters and leaves the plot rectangle; `nil` when it misses it.
    static func crossing(of corners: [(Double, Double)], margin: (Double, Double) -> Double) -> ((Double, Double), (Double, Double))? {
        var points: [(Double, Double)] = []
        for i in corners.indices {
            let a = corners[i], b = corners[(i + 1) % corners.count]
            let ma = margin(a.0, a.1), mb = margin(b.0, b.1)
            if ma == 0 { points.append(a) } else if (ma > 0) != (mb > 0), mb != 0 { points.append(interpolate(a, b, ma, mb)) }
        }
        guard let first = points.first, let last = points.last, points.count >= 2 else { return nil }
        return (first, last)
    }

    /// The point between `a` and `b` where the margin, linear along the edge, is zero.
    private static func interpolate(_ a: (Double, Double), _ b: (Double, Double), _ ma: Double, _ mb: Double) -> (Double, Double) {
        let s = ma / (ma - mb)
        return (a.0 + s * (b.0 - a.0), a.1 + s * (b.1 - a.1))
    }

    private static func format(_ x: Double) -> String { String(format: "%.4g", x) }
}
