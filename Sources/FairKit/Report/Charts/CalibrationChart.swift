/// Calibration (reliability) curves by group: in each bin of predicted probability, the share of
/// rows that were positive against the bin's mean prediction. A calibrated model lies on the
/// diagonal for every group; a group's curve below it means its members were given
/// probabilities higher than their outcomes bear out (Chouldechova 2017 on calibration within groups).
///
/// Each group is a colour, a dash and a marker shape at its bins.
/// Example: a bin with mean prediction 0.7 in which 5 of 10 rows are positive plots at (0.7, 0.5).
public struct CalibrationChart: Sendable, Equatable {
    /// One group's curve: a point per non-empty bin.
    public struct Curve: Sendable, Equatable {
        public var label: String
        /// Per bin: mean predicted probability, fraction positive, and its rows.
        public var meanPredicted: [Double]
        public var fractionPositive: [Double]
        public var rows: [Int]

        /// The curve of `label` through the given bins.
        public init(_ label: String, meanPredicted: [Double], fractionPositive: [Double], rows: [Int]) {
            self.label = label
            self.meanPredicted = meanPredicted
            self.fractionPositive = fractionPositive
            self.rows = rows
        }

        /// The curve of `curve`'s bins.
        public init(_ label: String, _ curve: CalibrationCurve) {
            self.init(label, meanPredicted: curve.meanPredicted, fractionPositive: curve.fractionPositive, rows: curve.bins.map(\.rows))
        }
    }

    public var title: String
    public var curves: [Curve]

    /// A chart of `curves`.
    public init(title: String, curves: [Curve]) {
        self.title = title
        self.curves = curves
    }

    /// A chart of a `GroupCalibration`'s curves.
    public init(title: String, _ calibration: GroupCalibration) {
        self.init(title: title, curves: zip(calibration.groups, calibration.curves).map { Curve($0, $1) })
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let summary = "Calibration curves for \(curves.count) group\(curves.count == 1 ? "" : "s"): in each bin of predicted probability, "
            + "the share of rows that were positive; the dashed diagonal is perfect calibration."
        let id = ChartFrame.identifier(title: title, salt: summary + curves.map(\.label).joined(separator: "\u{1}"))
        let looks = curves.indices.map(ChartPalette.series)
        let legend: [ChartLegend.Entry] = curves.indices.map { .init(swatch: .line(colour: looks[$0].colour, dash: looks[$0].dash, marker: looks[$0].marker), label: curves[$0].label) }
        let plot = XYPlot.unitSquare(id: id, title: title, legend: legend, diagonal: "perfectly calibrated",
                                     xLabel: "Mean predicted probability (per bin)", yLabel: "Fraction positive (share of the bin's rows)")
        var content: [SVGNode] = [plot.diagonal()]
        for (i, curve) in curves.enumerated() {
            let points = Array(zip(curve.meanPredicted, curve.fractionPositive))
            content.append(plot.curve(points, looks[i]))
            for point in points {
                content.append(looks[i].marker.node(x: plot.x(point.0), y: plot.y(point.1), size: ChartStyle.markerSize, colour: looks[i].colour,
                                                    attributes: [.init("class", "bin-point")]))
            }
        }
        return Chart(id: id, title: title, summary: summary, svg: plot.svg(title: title, summary: summary, content: content), table: table, bars: nil)
    }

    /// The text alternative: a row per group and bin.
    var table: ReportTable {
        ReportTable(headers: ["Group", "Mean predicted", "Fraction positive", "Rows"], alignments: [.left, .right, .right, .right],
                    rows: curves.flatMap { curve in
                        curve.meanPredicted.indices.map { k in
                            [ReportCell(curve.label), ReportCell(ReportNumber.rate(curve.meanPredicted[k])),
                             ReportCell(ReportNumber.rate(curve.fractionPositive[k])),
                             ReportCell(k < curve.rows.count ? ReportNumber.count(curve.rows[k]) : "")]
                        }
                    })
    }
}
