/// A piece of HTML built as a tree, so that text is always escaped: a value written with
/// `.text` can never become markup, whatever the data holds (`<script>`, quotes, ampersands).
/// Element and attribute names come from the program, never from data.
public struct HTMLNode: Sendable, Equatable {
    indirect enum Content: Sendable, Equatable {
        case element(name: String, attributes: [Attribute], children: [HTMLNode])
        case text(String)
        /// An SVG tree inline (rendered as XML, which HTML parses as foreign content).
        case svg(SVGNode)
    }

    /// An attribute `name="value"`; the value is escaped when rendered.
    public struct Attribute: Sendable, Equatable {
        /// The attribute's name, from the program.
        public var name: String
        /// The value, escaped when rendered.
        public var value: String

        /// `name="value"`.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    let content: Content

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> HTMLNode {
        HTMLNode(content: .text(text))
    }

    /// An SVG image inline, escaped as `SVGNode` escapes it.
    public static func svg(_ svg: SVGNode) -> HTMLNode {
        HTMLNode(content: .svg(svg))
    }

    /// An element with attributes and children.
    public static func element(_ name: String, _ attributes: [Attribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        HTMLNode(content: .element(name: name, attributes: attributes, children: children))
    }

    /// An element holding only text: `.element("td", text: "0.36")`.
    public static func element(_ name: String, _ attributes: [Attribute] = [], text: String) -> HTMLNode {
        element(name, attributes, [.text(text)])
    }

    /// Elements that have no content and no end tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "col", "input"]
    /// Block elements that hold other blocks: a line break after their start and end tags keeps
    /// the page's source readable (whitespace between blocks does not show).
    static let containerElements: Set<String> = ["main", "section", "div", "ul", "ol", "table", "thead", "tbody", "tr", "figure"]
    /// Block elements that hold text: a line break after their end tag.
    static let textBlockElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "th", "td", "figcaption"]

    /// The node as HTML.
    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch content {
        case .text(let text):
            out += HTMLNode.escape(text)
        case .svg(let svg):
            svg.render(into: &out)
        case let .element(name, attributes, children):
            out += "<" + name
            for attribute in attributes {
                out += " \(attribute.name)=\"\(HTMLNode.escape(attribute.value))\""
            }
            out += ">"
            guard !Self.voidElements.contains(name) else { return }
            let container = Self.containerElements.contains(name)
            if container { out += "\n" }
            for child in children { child.render(into: &out) }
            out += "</\(name)>"
            if container || Self.textBlockElements.contains(name) { out += "\n" }
        }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` as character references: safe in element content
    /// and in quoted attribute values (HTML Living Standard, 13.1.4 and 13.1.2.3).
    ///
    /// Example: `<a href="x">` becomes `&lt;a href=&quot;x&quot;&gt;`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// A self-contained HTML page: doctype, UTF-8, a title, an inline style sheet and a body; no
/// scripts and nothing loaded from elsewhere, so the file can be mailed or archived as it is.
public struct HTMLDocument: Sendable, Equatable {
    /// The page's title, escaped.
    public var title: String
    /// CSS for the `<style>` element. It comes from the program; `</` in it is refused.
    public var styleSheet: String
    /// The body's content.
    public var body: [HTMLNode]

    /// A page of `body` titled `title`, styled by `styleSheet`.
    public init(title: String, styleSheet: String = "", body: [HTMLNode] = []) {
        self.title = title
        self.styleSheet = styleSheet
        self.body = body
    }

    /// The page as text.
    public func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += HTMLNode.element("title", text: title).render() + "\n"
        // Raw text: a style element ends at the first "</", which program-written CSS never holds.
        if !styleSheet.isEmpty, !styleSheet.contains("</") { out += "<style>\n" + styleSheet + "\n</style>\n" }
        out += "</head>\n<body>\n"
        for node in body { node.render(into: &out) }
        return out + "</body>\n</html>\n"
    }
}
