import Foundation

/// A confusion matrix per group, side by side (small multiples): rows are the actual class, columns
/// the predicted class, each cell its count and its share of the group's rows, shaded darker the
/// larger the share (one hue, so the shading reads in grey scale too; the numbers are written in
/// every cell).
///
/// Example: a group with TP 30, FP 10, TN 50, FN 10 (100 rows): the TN cell says "TN 50" and
/// "50.0%" and is shaded at half strength.
public struct ConfusionMatrixChart: Sendable, Equatable {
    /// The chart's title.
    public var title: String
    /// The groups' names and counts.
    public var groups: [(label: String, counts: ConfusionCounts)]
    /// What the positive and negative classes are called (">50K", "<=50K").
    public var positive: String
    public var negative: String

    /// A chart of `groups`' confusion counts.
    public init(title: String, groups: [(label: String, counts: ConfusionCounts)], positive: String = "positive", negative: String = "negative") {
        self.title = title
        self.groups = groups
        self.positive = positive
        self.negative = negative
    }

    public static func == (a: ConfusionMatrixChart, b: ConfusionMatrixChart) -> Bool {
        a.title == b.title && a.positive == b.positive && a.negative == b.negative
            && a.groups.map(\.label) == b.groups.map(\.label) && a.groups.map(\.counts) == b.groups.map(\.counts)
    }

    static let cellWidth = 92.0
    static let cellHeight = 52.0
    /// The room left of the cells for "actual <class>": as wide as the longer class name needs, within limits.
    var rowHeaderWidth: Double {
        let widest = [positive, negative].map { ChartStyle.textWidth("actual " + $0, size: ChartStyle.tickSize) }.max() ?? 0
        return min(max(widest + 8, 60), 130)
    }
    static let gap = 24.0
    /// The shade of a full cell (Okabe-Ito blue); empty cells are white.
    static let ink = (r: 0.0, g: 114.0, b: 178.0)

    /// The cells of one matrix in reading order: (name, count, actual positive?, predicted positive?).
    static func cells(_ c: ConfusionCounts) -> [(name: String, count: Double, row: Int, column: Int)] {
        [("TP", c.truePositives, 0, 0), ("FN", c.falseNegatives, 0, 1), ("FP", c.falsePositives, 1, 0), ("TN", c.trueNegatives, 1, 1)]
    }

    /// The fill of a cell holding `share` of its group: white blended towards `ink`.
    static func shade(_ share: Double) -> String {
        let s = min(max(share.isFinite ? share : 0, 0), 1)
        func channel(_ ink: Double) -> Int { Int((255 + (ink - 255) * s).rounded()) }
        return String(format: "#%02X%02X%02X", channel(ink.r), channel(ink.g), channel(ink.b))
    }

    /// The chart: SVG, summary and table.
    public func chart() -> Chart {
        let summary = "Confusion matrices for \(groups.count) group\(groups.count == 1 ? "" : "s"): rows are the actual class (\(positive), \(negative)), "
            + "columns the predicted class; each cell gives the count and its share of the group's rows."
        let id = ChartFrame.identifier(title: title, salt: summary + groups.map(\.label).joined(separator: "\u{1}"))
        let width = ChartStyle.width
        let matrixWidth = rowHeaderWidth + 2 * Self.cellWidth
        let perRow = max(1, Int((width - 2 * ChartStyle.padding + Self.gap) / (matrixWidth + Self.gap)))
        let legend = ChartLegend(entries: [0.1, 0.5, 0.9].map { .init(swatch: .bar(colour: Self.shade($0), pattern: .solid), label: "\(Int($0 * 100))% of the group") })
        let (legendNode, legendHeight) = legend.layout(top: ChartFrame.titleBaseline + 10, width: width, chartID: id)
        let top = ChartFrame.titleBaseline + 10 + legendHeight + 10
        let blockHeight = ChartStyle.labelSize + 8 + ChartStyle.tickSize + 8 + 2 * Self.cellHeight + Self.gap
        var nodes: [SVGNode] = []
        for (index, group) in groups.enumerated() {
            let x = ChartStyle.padding + Double(index % perRow) * (matrixWidth + Self.gap)
            let y = top + Double(index / perRow) * blockHeight
            nodes.append(matrix(group.label, group.counts, x: x, y: y))
        }
        let rows = (groups.count + perRow - 1) / perRow
        let height = top + Double(rows) * blockHeight + ChartStyle.padding
        let svg = ChartFrame.root(id: id, title: title, summary: summary, width: width, height: height, definitions: [],
                                  content: [ChartFrame.title(title, width: width), legendNode] + nodes)
        return Chart(id: id, title: title, summary: summary, svg: svg, table: table, bars: nil)
    }

    private func matrix(_ label: String, _ counts: ConfusionCounts, x: Double, y: Double) -> SVGNode {
        let total = counts.total
        let shown = ChartStyle.fitted(label, width: rowHeaderWidth + 2 * Self.cellWidth, size: ChartStyle.labelSize)
        var nodes: [SVGNode] = [ChartFrame.text(shown, x: x, y: y + ChartStyle.labelSize, size: ChartStyle.labelSize,
                                                [.init("class", "group-label"), .init("font-weight", "600")], tooltip: shown == label ? nil : label)]
        let headerY = y + ChartStyle.labelSize + 8 + ChartStyle.tickSize
        let cellsLeft = x + rowHeaderWidth, cellsTop = headerY + 8
        for (column, name) in [positive, negative].enumerated() {
            let text = ChartStyle.fitted("pred. " + name, width: Self.cellWidth - 4, size: ChartStyle.tickSize)
            nodes.append(ChartFrame.text(text, x: cellsLeft + (Double(column) + 0.5) * Self.cellWidth, y: headerY, anchor: "middle", [.init("class", "axis-label")]))
        }
        for (row, name) in [positive, negative].enumerated() {
            let text = ChartStyle.fitted("actual " + name, width: rowHeaderWidth - 6, size: ChartStyle.tickSize)
            nodes.append(ChartFrame.text(text, x: cellsLeft - 6, y: cellsTop + (Double(row) + 0.5) * Self.cellHeight + 4, anchor: "end", [.init("class", "axis-label")]))
        }
        for cell in Self.cells(counts) {
            let share = total > 0 ? cell.count / total : 0
            let cx = cellsLeft + Double(cell.column) * Self.cellWidth, cy = cellsTop + Double(cell.row) * Self.cellHeight
            let ink = share > 0.45 ? "#FFFFFF" : "#111111"
            nodes.append(.element("rect", [.init("class", "cell"), .init("data-count", String(cell.count)), .init("x", cx), .init("y", cy),
                                           .init("width", Self.cellWidth), .init("height", Self.cellHeight), .init("fill", Self.shade(share)),
                                           .init("stroke", ChartStyle.gridColour)],
                                  [.element("title", text: "\(label), \(cell.name): \(ReportNumber.count(cell.count)) (\(ReportNumber.percent(share)))")]))
            nodes.append(ChartFrame.text("\(cell.name) \(ReportNumber.count(cell.count))", x: cx + Self.cellWidth / 2, y: cy + 22, size: ChartStyle.labelSize,
                                         anchor: "middle", [.init("fill", ink), .init("class", "cell-count")]))
            nodes.append(ChartFrame.text(total > 0 ? ReportNumber.percent(share) : "no rows", x: cx + Self.cellWidth / 2, y: cy + 40,
                                         size: ChartStyle.tickSize, anchor: "middle", [.init("fill", ink)]))
        }
        return .group([.init("class", "matrix")], nodes)
    }

    /// The text alternative: each group's four counts and its rows.
    var table: ReportTable {
        ReportTable(headers: ["Group", "TP", "FP", "TN", "FN", "Rows"], alignments: [.left, .right, .right, .right, .right, .right],
                    rows: groups.map { group in
                        let c = group.counts
                        return [ReportCell(group.label)] + [c.truePositives, c.falsePositives, c.trueNegatives, c.falseNegatives, c.total]
                            .map { ReportCell(ReportNumber.count($0)) }
                    })
    }
}
