/// The fairness/accuracy trade-off: each candidate model (a mitigation setting, a threshold) as a
/// point of its disparity (lower is fairer) and its accuracy (higher is better), the Pareto front
/// (the candidates no other beats on both) joined by a line, and the chosen candidate marked.
///
/// Example: candidates (0.20, 0.85), (0.05, 0.80), (0.10, 0.78): the third is beaten by the second
/// (fairer and more accurate), so the front is the first two.
public struct TradeoffChart: Sendable, Equatable {
    /// One candidate.
    public struct Candidate: Sendable, Equatable {
        public var label: String
        /// Its disparity (x) and accuracy (y).
        public var disparity: Double
        public var accuracy: Double

        /// A candidate called `label`.
        public init(_ label: String, disparity: Double, accuracy: Double) {
            self.label = label
            self.disparity = disparity
            self.accuracy = accuracy
        }
    }

    public var title: String
    public var candidates: [Candidate]
    /// The index of the chosen candidate.
    public var chosen: Int?
    /// The axes' quantities and units ("Demographic parity difference", "absolute difference").
    public var disparityLabel: String
    public var accuracyLabel: String

    /// A chart of `candidates`.
    public init(title: String, candidates: [Candidate], chosen: Int? = nil,
                disparityLabel: String = "Disparity (absolute difference, lower is fairer)",
                accuracyLabel: String = "Accuracy (share of rows classified correctly)") {
        self.title = title
        self.candidates = candidates
        self.chosen = chosen.flatMap { candidates.indices.contains($0) ? $0 : nil }
        self.disparityLabel = disparityLabel
        self.accuracyLabel = accuracyLabel
    }

    /// The indices of the candidates on the Pareto front, by increasing disparity: those for which
    /// no other candidate has a disparity at most theirs and an accuracy at least theirs, one of
    /// them strictly. Ties (equal points) are all on the front.
    public var paretoFront: [Int] {
        let finite = candidates.indices.filter { candidates[$0].disparity.isFinite && candidates[$0].accuracy.isFinite }
        func dominates(_ a: Candidate, _ b: Candidate) -> Bool {
            a.disparity <= b.disparity && a.accuracy >= b.accuracy && (a.disparity < b.disparity || a.accuracy > b.accuracy)
        }
        return finite.filter { i in !finite.contains { dominates(candidates[$0], candidates[i]) } }
            .sorted { (candidates[$0].disparity, candidates[$0].accuracy) < (candidates[$1].disparity, candidates[$1].accuracy) }
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let front = paretoFront
        var summary = "\(candidates.count) candidate\(candidates.count == 1 ? "" : "s") by disparity and accuracy; \(front.count) on the Pareto front"
        if let chosen { summary += "; the chosen one is \(candidates[chosen].label) (disparity \(ReportNumber.rate(candidates[chosen].disparity)), accuracy \(ReportNumber.rate(candidates[chosen].accuracy)))" }
        summary += "."
        let id = ChartFrame.identifier(title: title, salt: summary + candidates.map(\.label).joined(separator: "\u{1}"))
        let look = ChartPalette.series(0), frontLook = ChartPalette.series(1), chosenLook = ChartPalette.series(3)
        var legend: [ChartLegend.Entry] = [.init(swatch: .marker(.circle, colour: look.colour, size: ChartStyle.markerSize), label: "candidate"),
                                           .init(swatch: .line(colour: frontLook.colour, dash: frontLook.dash, marker: .square), label: "Pareto front")]
        if chosen != nil { legend.append(.init(swatch: .marker(.star, colour: chosenLook.colour, size: ChartStyle.markerSize + 6), label: "chosen")) }
        let finite = candidates.filter { $0.disparity.isFinite && $0.accuracy.isFinite }
        let xTicks = NiceTicks(covering: min(0, finite.map(\.disparity).min() ?? 0), finite.map(\.disparity).max() ?? 1)
        let accuracies = finite.map(\.accuracy)
        let yTicks = NiceTicks(covering: accuracies.min() ?? 0, accuracies.max() ?? 1)
        let plot = XYPlot(id: id, title: title, legend: legend, xTicks: xTicks, yTicks: yTicks, xLabel: disparityLabel, yLabel: accuracyLabel, square: false)
        var content: [SVGNode] = []
        if front.count > 1 {
            // The front as steps: between two front points, the fairer one's accuracy holds until the next is reached.
            var steps: [(Double, Double)] = []
            for (k, i) in front.enumerated() {
                if k > 0 { steps.append((candidates[i].disparity, candidates[front[k - 1]].accuracy)) }
                steps.append((candidates[i].disparity, candidates[i].accuracy))
            }
            content.append(plot.line(steps, colour: frontLook.colour, dash: frontLook.dash, attributes: [.init("class", "front")]))
        }
        let onFront = Set(front)
        for (i, candidate) in candidates.enumerated() where candidate.disparity.isFinite && candidate.accuracy.isFinite {
            let marker: ChartMarker = onFront.contains(i) ? .square : .circle
            let colour = onFront.contains(i) ? frontLook.colour : look.colour
            content.append(.group([.init("class", "candidate")], [
                .element("title", text: "\(candidate.label): disparity \(ReportNumber.rate(candidate.disparity)), accuracy \(ReportNumber.rate(candidate.accuracy))"),
                marker.node(x: plot.x(candidate.disparity), y: plot.y(candidate.accuracy), size: ChartStyle.markerSize, colour: colour),
            ]))
        }
        if let chosen {
            let c = candidates[chosen], px = plot.x(c.disparity), py = plot.y(c.accuracy)
            content.append(ChartMarker.star.node(x: px, y: py, size: ChartStyle.markerSize + 8, colour: chosenLook.colour, attributes: [.init("class", "chosen")]))
            let anchor = px > (plot.left + plot.right) / 2 ? "end" : "start"
            content.append(ChartFrame.text(c.label, x: px + (anchor == "end" ? -12 : 12), y: py - 10, size: ChartStyle.labelSize, anchor: anchor,
                                           [.init("class", "chosen-label"), .init("font-weight", "600")]))
        }
        return Chart(id: id, title: title, summary: summary, svg: plot.svg(title: title, summary: summary, content: content), table: table, bars: nil)
    }

    /// The text alternative: every candidate, whether it is on the front, and the chosen one.
    var table: ReportTable {
        let front = Set(paretoFront)
        return ReportTable(headers: ["Candidate", "Disparity", "Accuracy", "Pareto front", "Chosen"], alignments: [.left, .right, .right, .left, .left],
                           rows: candidates.indices.map { i in
                               [ReportCell(candidates[i].label), ReportCell(ReportNumber.rate(candidates[i].disparity)),
                                ReportCell(ReportNumber.rate(candidates[i].accuracy)), ReportCell(front.contains(i) ? "yes" : "no"),
                                i == chosen ? ReportCell("chosen", .strong) : ""]
                           })
    }
}
