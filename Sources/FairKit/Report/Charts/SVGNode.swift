import Foundation

/// A piece of SVG built as a tree, so that data can never become markup: text and attribute
/// values are escaped when rendered (`<script>`, quotes, ampersands stay characters). Element and
/// attribute names come from the program, never from data.
///
/// Rendered as XML (empty elements self-closed, `<rect x="1" y="2"/>`), so a chart is both a
/// standalone `.svg` file and valid inline SVG in an HTML page.
public struct SVGNode: Sendable, Equatable {
    /// An attribute `name="value"` (HTML's and SVG's are the same thing); the value is escaped when rendered.
    public typealias Attribute = HTMLNode.Attribute

    indirect enum Content: Sendable, Equatable {
        case element(name: String, attributes: [Attribute], children: [SVGNode])
        case text(String)
    }

    let content: Content

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> SVGNode {
        SVGNode(content: .text(text))
    }

    /// An element with attributes and children.
    public static func element(_ name: String, _ attributes: [Attribute] = [], _ children: [SVGNode] = []) -> SVGNode {
        SVGNode(content: .element(name: name, attributes: attributes, children: children))
    }

    /// An element holding only text: `.element("title", text: "Selection rate")`.
    public static func element(_ name: String, _ attributes: [Attribute] = [], text: String) -> SVGNode {
        element(name, attributes, [.text(text)])
    }

    /// A group (`<g>`) of `children`.
    public static func group(_ attributes: [Attribute], _ children: [SVGNode]) -> SVGNode {
        element("g", attributes, children)
    }

    /// A group (`<g>`) of `children` without attributes.
    public static func group(_ children: [SVGNode]) -> SVGNode {
        element("g", [], children)
    }

    /// The element's name, or nil for text.
    public var name: String? {
        if case let .element(name, _, _) = content { return name }
        return nil
    }

    /// The node as XML.
    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch content {
        case .text(let text):
            out += HTMLNode.escape(text)
        case let .element(name, attributes, children):
            out += "<" + name
            for attribute in attributes {
                out += " \(attribute.name)=\"\(HTMLNode.escape(attribute.value))\""
            }
            guard !children.isEmpty else {
                out += "/>"
                if Self.lineElements.contains(name) { out += "\n" }
                return
            }
            out += ">"
            // Inside text, line breaks would be text (shown as a space); elsewhere they only keep the file readable.
            let inline = Self.textElements.contains(name)
            if !inline, children.contains(where: { $0.name != nil }) { out += "\n" }
            for child in children { child.render(into: &out) }
            out += "</\(name)>"
            if name != "title", name != "tspan" { out += "\n" }
        }
    }

    /// Elements after which a line break keeps the file readable (whitespace between them does
    /// not show); text elements end their line after their end tag.
    /// Elements whose content is text.
    static let textElements: Set<String> = ["text", "tspan", "title", "desc"]
    static let lineElements: Set<String> = ["rect", "line", "path", "polyline", "polygon", "circle", "use", "stop"]

    /// A coordinate or length with at most two decimals (a hundredth of a pixel, far below what a
    /// screen shows) and no trailing zeros: 12.5, 3, -0.25. Not-finite values, which no chart
    /// should produce, are written as 0 so that the file stays valid.
    ///
    /// Example: `number(12.3456)` is "12.35", `number(4.0)` is "4", `number(-0.001)` is "0".
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = (x * 100).rounded()
        if hundredths == 0 { return "0" }
        if abs(hundredths) < 1e15, hundredths == hundredths.rounded() {
            let whole = Int64(hundredths)
            let sign = whole < 0 ? "-" : ""
            let magnitude = whole.magnitude
            let fraction = magnitude % 100
            if fraction == 0 { return sign + String(magnitude / 100) }
            let decimals = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
            return sign + String(magnitude / 100) + "." + decimals
        }
        return String(format: "%.2f", x)
    }
}

extension HTMLNode.Attribute {
    /// `name="x"` with `x` a coordinate or length, written as `SVGNode.number` does.
    public init(_ name: String, _ x: Double) {
        self.init(name, SVGNode.number(x))
    }
}
