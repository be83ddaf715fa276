/// ROC curves by group, each with the group's operating point (the FPR and TPR of the decisions
/// actually made), over the chance diagonal: a model whose curves differ by group ranks one
/// group's members worse; operating points far apart on similar curves mean different thresholds
/// in effect (Hardt, Price and Srebro 2016 pick points on these curves to equalise odds).
///
/// Each group is a colour and a dash, its operating point a marker of its own shape.
/// Example: a curve through (0, 0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1) has area 0.75.
public struct ROCChart: Sendable, Equatable {
    /// One group's curve.
    public struct Curve: Sendable, Equatable {
        /// The group's name.
        public var label: String
        /// The curve's false and true positive rates, in order of decreasing threshold.
        public var falsePositiveRates: [Double]
        public var truePositiveRates: [Double]
        /// The rates at the decisions made, when known.
        public var operatingPoint: (falsePositiveRate: Double, truePositiveRate: Double)?
        /// The area under the curve.
        public var area: Double?

        /// A curve of `roc` for `label`.
        public init(_ label: String, _ roc: ROCCurve, operatingPoint: (falsePositiveRate: Double, truePositiveRate: Double)? = nil) {
            self.init(label, falsePositiveRates: roc.falsePositiveRates, truePositiveRates: roc.truePositiveRates,
                      operatingPoint: operatingPoint, area: roc.area)
        }

        /// A curve through the given points.
        public init(_ label: String, falsePositiveRates: [Double], truePositiveRates: [Double],
                    operatingPoint: (falsePositiveRate: Double, truePositiveRate: Double)? = nil, area: Double? = nil) {
            self.label = label
            self.falsePositiveRates = falsePositiveRates
            self.truePositiveRates = truePositiveRates
            self.operatingPoint = operatingPoint
            self.area = area
        }

        public static func == (a: Curve, b: Curve) -> Bool {
            a.label == b.label && a.falsePositiveRates == b.falsePositiveRates && a.truePositiveRates == b.truePositiveRates
                && a.area == b.area && a.operatingPoint?.0 == b.operatingPoint?.0 && a.operatingPoint?.1 == b.operatingPoint?.1
        }
    }

    /// The chart's title.
    public var title: String
    /// The curves.
    public var curves: [Curve]

    /// A chart of `curves`.
    public init(title: String, curves: [Curve]) {
        self.title = title
        self.curves = curves
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let summary = "ROC curves for \(curves.count) group\(curves.count == 1 ? "" : "s"): true positive rate against false positive rate "
            + "as the threshold falls; markers show each group's operating point; the dashed diagonal is chance."
        let id = ChartFrame.identifier(title: title, salt: summary + curves.map(\.label).joined(separator: "\u{1}"))
        let looks = curves.indices.map(ChartPalette.series)
        let legend: [ChartLegend.Entry] = curves.indices.map { i in
            .init(swatch: .line(colour: looks[i].colour, dash: looks[i].dash, marker: curves[i].operatingPoint == nil ? nil : looks[i].marker),
                  label: curves[i].label + (curves[i].area.map { " (AUC \(ReportNumber.rate($0)))" } ?? ""))
        }
        let plot = XYPlot.unitSquare(id: id, title: title, legend: legend, diagonal: "chance",
                                     xLabel: "False positive rate (share of actual negatives)", yLabel: "True positive rate (share of actual positives)")
        var content: [SVGNode] = [plot.diagonal()]
        for (i, curve) in curves.enumerated() {
            content.append(plot.curve(Array(zip(curve.falsePositiveRates, curve.truePositiveRates)), looks[i]))
        }
        for (i, curve) in curves.enumerated() {
            guard let point = curve.operatingPoint else { continue }
            content.append(looks[i].marker.node(x: plot.x(point.falsePositiveRate), y: plot.y(point.truePositiveRate), size: ChartStyle.markerSize + 3,
                                                colour: looks[i].colour, attributes: [.init("class", "operating-point")]))
        }
        return Chart(id: id, title: title, summary: summary, svg: plot.svg(title: title, summary: summary, content: content), table: table, bars: nil)
    }

    /// The text alternative: each group's area and operating point.
    var table: ReportTable {
        ReportTable(headers: ["Group", "AUC", "Operating FPR", "Operating TPR", "Curve points"], alignments: [.left, .right, .right, .right, .right],
                    rows: curves.map { curve in
                        [ReportCell(curve.label), ReportCell(curve.area.map(ReportNumber.rate) ?? ""),
                         ReportCell(curve.operatingPoint.map { ReportNumber.rate($0.falsePositiveRate) } ?? ""),
                         ReportCell(curve.operatingPoint.map { ReportNumber.rate($0.truePositiveRate) } ?? ""),
                         ReportCell(ReportNumber.count(curve.falsePositiveRates.count))]
                    })
    }
}
