extension ReportDocument {
    /// The document as a self-contained HTML page (`HTMLDocument`): every piece of text escaped,
    /// each emphasis a CSS class (`flag`, `fair`, `reference`, `undefined`, `caution`, `muted`),
    /// charts as inline SVG figures with their tables,
    /// numbers right-aligned, and a cell's note as its tooltip (`title`).
    public func html() -> String {
        var body: [HTMLNode] = [.element("h1", text: title)]
        for block in blocks {
            switch block {
            case let .heading(level, text):
                body.append(.element("h\(min(max(level, 2), 6))", text: text))
            case .paragraph(let spans):
                body.append(.element("p", [], spans.map(Self.node)))
            case .list(let items):
                body.append(.element("ul", [], items.map { .element("li", [], $0.map(Self.node)) }))
            case .table(let table):
                body.append(Self.node(table))
            case .chart(let chart):
                body.append(chart.figure())
            }
        }
        return HTMLDocument(title: title, styleSheet: Self.styleSheet, body: [.element("main", [], body)]).render()
    }

    private static func node(_ span: ReportSpan) -> HTMLNode {
        switch span.emphasis {
        case .plain: return .text(span.text)
        case .strong: return .element("strong", text: span.text)
        default: return .element("span", [.init("class", span.emphasis.rawValue)], text: span.text)
        }
    }

    static func node(_ table: ReportTable) -> HTMLNode {
        func classes(_ column: Int, _ emphasis: ReportEmphasis) -> [HTMLNode.Attribute] {
            let names = [table.alignment(of: column) == .right ? "num" : nil, emphasis == .plain ? nil : emphasis.rawValue].compactMap { $0 }
            return names.isEmpty ? [] : [.init("class", names.joined(separator: " "))]
        }
        let head = HTMLNode.element("thead", [], [.element("tr", [], table.headers.enumerated().map { c, text in
            .element("th", classes(c, .plain) + [.init("scope", "col")], text: text)
        })])
        let rows = table.rows.map { row in
            HTMLNode.element("tr", [], row.enumerated().map { c, cell in
                .element("td", classes(c, cell.emphasis) + (cell.note.map { [.init("title", $0)] } ?? []), text: cell.text)
            })
        }
        return .element("div", [.init("class", "scroll")], [.element("table", [], [head, .element("tbody", [], rows)])])
    }

    /// Readable on screen and on paper, light and dark; colours carry no meaning alone (flags are
    /// also marked in the text).
    static let styleSheet = """
        :root { color-scheme: light dark; --flag: #b3261e; --fair: #1b6e3a; --caution: #8a5a00; --muted: #666; --rule: #ccc; }
        @media (prefers-color-scheme: dark) { :root { --flag: #ff8a80; --fair: #7ddc9a; --caution: #f0c060; --muted: #aaa; --rule: #555; } }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--rule); } h3 { font-size: 1.05rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid var(--rule); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: rgba(127, 127, 127, 0.12); }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .flag { color: var(--flag); font-weight: 600; } .fair { color: var(--fair); }
        .reference { font-style: italic; } .undefined { color: var(--muted); font-style: italic; }
        .caution { color: var(--caution); } .muted { color: var(--muted); }
        td[title] { cursor: help; text-decoration: underline dotted; }
        figure.chart { margin: 1rem 0 1.5rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-start; break-inside: avoid; }
        figure.chart svg { max-width: 100%; height: auto; flex: 0 1 auto; }
        figure.chart figcaption { flex: 1 1 18rem; font-size: 0.9rem; }
        figure.chart figcaption p { margin: 0 0 0.4rem; }
        figure.chart table { font-size: 0.85rem; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print { main { max-width: none; padding: 0; } .scroll { overflow: visible; } figure.chart svg { max-height: 24cm; } h2, h3 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } }
        """
}
