/// A finished chart: the SVG, and what a reader who cannot see it needs, the title, a sentence
/// or two saying what it shows (the SVG's `<title>` and `<desc>`) and the plotted numbers as a
/// table (its text alternative, shown beside the chart in reports).
///
/// Each chart kind (`GroupBarChart`, `GroupedBarChart`, `ConfusionMatrixChart`, `ROCChart`,
/// `CalibrationChart`, `TradeoffChart`) holds its data and makes a `Chart` with `chart()`.
public struct Chart: Sendable, Equatable {
    /// The chart's element id, unique per content, so several charts can share a page.
    public let id: String
    /// The title (drawn, and the SVG's `<title>`).
    public let title: String
    /// What the chart shows, in words (the SVG's `<desc>`).
    public let summary: String
    /// The `<svg>` element.
    public let svg: SVGNode
    /// The plotted numbers.
    public let table: ReportTable
    /// The bars, for renderers that draw them their own way (the terminal's Unicode bars); nil
    /// for charts that are not one value per group.
    public let bars: GroupBarChart?

    /// The chart as a standalone `.svg` file (an XML declaration, then the SVG).
    public func svgFile() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.render()
    }
}

/// The parts every chart draws the same way: the root `<svg>` with its accessible name, and the title.
enum ChartFrame {
    /// The root element, `width` by `height`, named by its `<title>` and described by its `<desc>`
    /// (`role="img"` with `aria-labelledby`, as the SVG Accessibility API Mappings recommend).
    static func root(id: String, title: String, summary: String, width: Double, height: Double,
                     definitions: [SVGNode], content: [SVGNode]) -> SVGNode {
        let named: [SVGNode] = [
            .element("title", [.init("id", "\(id)-title")], text: title),
            .element("desc", [.init("id", "\(id)-desc")], text: summary),
        ]
        let defs: [SVGNode] = definitions.isEmpty ? [] : [.element("defs", [], definitions)]
        return .element("svg", [
            .init("xmlns", "http://www.w3.org/2000/svg"), .init("id", id), .init("class", "chart"),
            .init("viewBox", "0 0 \(SVGNode.number(width)) \(SVGNode.number(height))"),
            .init("width", width), .init("height", height), .init("role", "img"),
            .init("aria-labelledby", "\(id)-title \(id)-desc"),
            .init("font-family", ChartStyle.fontFamily), .init("fill", "currentColor"),
        ], named + defs + content)
    }

    /// The drawn title, at the top left; its baseline.
    static let titleBaseline = ChartStyle.padding + ChartStyle.titleSize

    static func title(_ text: String, width: Double) -> SVGNode {
        let shown = ChartStyle.fitted(text, width: width - 2 * ChartStyle.padding, size: ChartStyle.titleSize)
        return .element("text", [.init("class", "chart-title"), .init("x", ChartStyle.padding), .init("y", titleBaseline),
                                 .init("font-size", ChartStyle.titleSize), .init("font-weight", "600")], text: shown)
    }

    /// A text element: `anchor` start, middle or end; extra attributes after.
    static func text(_ text: String, x: Double, y: Double, size: Double = ChartStyle.tickSize, anchor: String = "start",
                     _ attributes: [SVGNode.Attribute] = [], tooltip: String? = nil) -> SVGNode {
        var children: [SVGNode] = [.text(text)]
        if let tooltip { children.insert(.element("title", text: tooltip), at: 0) }
        return .element("text", [.init("x", x), .init("y", y), .init("font-size", size), .init("text-anchor", anchor)] + attributes, children)
    }

    /// A halo in the page's background colour behind text drawn over lines (a value label across
    /// the reference line): the stroke is painted first, under the glyphs. `Canvas` is CSS's
    /// background system colour, so the halo follows a dark page; a renderer that lacks it draws none.
    static let halo: [SVGNode.Attribute] = [.init("stroke", "Canvas"), .init("stroke-width", 3), .init("paint-order", "stroke"),
                                            .init("stroke-linejoin", "round")]

    /// The plot area's outline (tests and readers find the plot's extent from it).
    static func plotArea(left: Double, top: Double, width: Double, height: Double, outlined: Bool) -> SVGNode {
        .element("rect", [.init("class", "plot-area"), .init("x", left), .init("y", top), .init("width", width), .init("height", height),
                          .init("fill", "none"), .init("stroke", outlined ? ChartStyle.gridColour : "none")])
    }

    /// An id from `title` and `salt` (the summary): letters and digits of the title, then an FNV-1a
    /// hash of both, so two charts of one page never share an id unless they are the same chart.
    static func identifier(title: String, salt: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in (title + "\u{0}" + salt).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let slug = title.lowercased().unicodeScalars.map { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) ? String($0) : "-" }.joined()
        let squeezed = slug.split(separator: "-").joined(separator: "-").prefix(32)
        return "chart-\(squeezed)-" + String(hash & 0xffffff, radix: 16)
    }
}
