import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// An SVG file read back by Foundation's XML parser: a chart that is not well-formed XML fails
/// here, and tests look at what was drawn through the parsed tree, never through our own renderer.
final class SVGElement {
    let name: String
    let attributes: [String: String]
    var children: [SVGElement] = []
    var text = ""
    weak var parent: SVGElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first, document order).
    var descendants: [SVGElement] { children.flatMap { [$0] + $0.descendants } }

    /// All text inside, concatenated.
    var allText: String { text + children.map(\.allText).joined() }

    func elements(_ name: String, class className: String? = nil) -> [SVGElement] {
        descendants.filter { $0.name == name && (className == nil || ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className!))) }
    }

    func number(_ attribute: String, file: StaticString = #filePath, line: UInt = #line) -> Double {
        guard let text = attributes[attribute], let value = Double(text) else {
            XCTFail("<\(name)> has no numeric \(attribute)", file: file, line: line)
            return .nan
        }
        return value
    }
}

enum SVGTree {
    /// The root element of `xml`, or a test failure naming the parser's error.
    static func parse(_ xml: String, file: StaticString = #filePath, line: UInt = #line) -> SVGElement? {
        let parser = XMLParser(data: Data(xml.utf8))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            XCTFail("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root") at line \(parser.lineNumber)", file: file, line: line)
            return nil
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGElement?
        var current: SVGElement?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            let element = SVGElement(name: name, attributes: attributes)
            element.parent = current
            current?.children.append(element)
            if root == nil { root = element }
            current = element
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            current = current?.parent
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current?.text += string
        }
    }
}

/// The plot area and the value axis as drawn, from which a test derives by hand where a value
/// must land: x = left + (value − first tick) / (last tick − first tick) · width.
struct DrawnAxis {
    let start: Double, end: Double, low: Double, high: Double

    /// The horizontal axis of `svg`: the plot area's left and right, the first and last x tick labels.
    static func horizontal(_ svg: SVGElement) -> DrawnAxis {
        let area = svg.elements("rect", class: "plot-area")[0]
        let ticks = svg.elements("text", class: "tick-x").compactMap { Double($0.allText) }
        return DrawnAxis(start: area.number("x"), end: area.number("x") + area.number("width"), low: ticks.first ?? .nan, high: ticks.last ?? .nan)
    }

    /// The vertical axis: the plot area's bottom and top, the first and last y tick labels.
    static func vertical(_ svg: SVGElement) -> DrawnAxis {
        let area = svg.elements("rect", class: "plot-area")[0]
        let ticks = svg.elements("text", class: "tick-y").compactMap { Double($0.allText) }
        return DrawnAxis(start: area.number("y") + area.number("height"), end: area.number("y"), low: ticks.first ?? .nan, high: ticks.last ?? .nan)
    }

    func pixel(_ value: Double) -> Double {
        start + (value - low) / (high - low) * (end - start)
    }
}
