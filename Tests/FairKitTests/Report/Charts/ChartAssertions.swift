import XCTest
@testable import FairKit

/// What every chart must have, checked on the parsed SVG: well-formed XML, an accessible name
/// (`<title>`, `<desc>`, `aria-labelledby` naming both), the drawn title, a legend, axis labels
/// (when it has axes), and a text alternative table with a row per plotted thing.
@discardableResult
func assertAccessibleChart(_ chart: Chart, axes: Bool = true, rows: Int, file: StaticString = #filePath, line: UInt = #line) -> SVGElement? {
    guard let svg = SVGTree.parse(chart.svgFile(), file: file, line: line) else { return nil }
    XCTAssertEqual(svg.name, "svg", file: file, line: line)
    XCTAssertEqual(svg.attributes["xmlns"], "http://www.w3.org/2000/svg", file: file, line: line)
    XCTAssertEqual(svg.attributes["role"], "img", file: file, line: line)
    let title = svg.children.first { $0.name == "title" }, desc = svg.children.first { $0.name == "desc" }
    XCTAssertEqual(title?.allText, chart.title, "the <title> is the chart's title", file: file, line: line)
    XCTAssertEqual(desc?.allText, chart.summary, file: file, line: line)
    XCTAssertFalse(chart.summary.isEmpty, file: file, line: line)
    XCTAssertEqual(svg.attributes["aria-labelledby"], "\(title?.attributes["id"] ?? "?") \(desc?.attributes["id"] ?? "?")", file: file, line: line)
    XCTAssertEqual(svg.elements("text", class: "chart-title").first?.allText, chart.title, "the title is drawn", file: file, line: line)
    XCTAssertFalse(svg.elements("g", class: "legend-entry").isEmpty, "a legend", file: file, line: line)
    if axes {
        let labels = svg.elements("text", class: "axis-label").map(\.allText)
        XCTAssertFalse(labels.isEmpty, file: file, line: line)
        XCTAssertTrue(labels.allSatisfy { $0.contains("(") }, "axis labels give their unit in parentheses: \(labels)", file: file, line: line)
    }
    XCTAssertEqual(chart.table.rows.count, rows, "the text alternative has a row per plotted thing", file: file, line: line)
    XCTAssertTrue(chart.table.rows.allSatisfy { $0.count == chart.table.headers.count }, file: file, line: line)
    let figure = chart.figure().render()
    XCTAssertTrue(figure.contains("<table>") && figure.contains("<figcaption"), "the figure carries its table", file: file, line: line)
    return svg
}

/// The centre of a drawn marker (circle, square or polygon).
func markerCentre(_ marker: SVGElement) -> (x: Double, y: Double) {
    switch marker.name {
    case "circle": return (marker.number("cx"), marker.number("cy"))
    case "rect": return (marker.number("x") + marker.number("width") / 2, marker.number("y") + marker.number("height") / 2)
    default:
        let points = (marker.attributes["points"] ?? "").split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        let xs = points.map { $0[0] }, ys = points.map { $0[1] }
        return (xs.reduce(0, +) / Double(xs.count), ys.reduce(0, +) / Double(ys.count))
    }
}

/// The vertices of a polyline.
func polylinePoints(_ line: SVGElement) -> [(Double, Double)] {
    (line.attributes["points"] ?? "").split(separator: " ").map { pair in
        let xy = pair.split(separator: ",").compactMap { Double($0) }
        return (xy[0], xy[1])
    }
}
