extension Chart {
    /// The chart as an HTML figure: the inline SVG, and beside it (below on narrow pages) a caption
    /// with the summary and the plotted numbers as a table, the chart's text alternative.
    public func figure() -> HTMLNode {
        .element("figure", [.init("class", "chart"), .init("aria-labelledby", "\(id)-caption")], [
            .svg(svg),
            .element("figcaption", [.init("id", "\(id)-caption")], [
                .element("p", text: summary),
                ReportDocument.node(table),
            ]),
        ])
    }
}
