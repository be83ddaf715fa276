import Foundation
import XCTest
@testable import FairKit

/// The waterfall: each bar runs from the running total before its column to the total after it.
final class WaterfallChartTests: XCTestCase {
    /// Base 0.5, steps +0.2 and −0.1: bars 0.5→0.7 and 0.7→0.6, output 0.6. NiceTicks over
    /// [0.5, 0.7] with 6 ticks: range nice(0.2) = 0.2, step nice(0.04) = 0.05, so the axis runs
    /// 0.5 to 0.7; pixel(v) = left + (v − 0.5) / 0.2 · (right − left).
    func testBarsRunBetweenRunningTotals() throws {
        let chart = WaterfallChart(title: "Row 0", baseValue: 0.5, steps: [.init("income = 20", 0.2), .init("job = clerk", -0.1)], unit: "probability").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 4))
        let area = try XCTUnwrap(svg.elements("rect", class: "plot-area").first)
        let left = area.number("x"), right = left + area.number("width")
        func pixel(_ v: Double) -> Double { left + (v - 0.5) / 0.2 * (right - left) }
        let bars = svg.elements("rect", class: "bar")
        XCTAssertEqual(bars.count, 2)
        XCTAssertEqual(bars[0].number("x"), pixel(0.5), accuracy: 0.01)
        XCTAssertEqual(bars[0].number("width"), pixel(0.7) - pixel(0.5), accuracy: 0.01)
        XCTAssertEqual(bars[1].number("x"), pixel(0.6), accuracy: 0.01)
        XCTAssertEqual(bars[1].number("width"), pixel(0.7) - pixel(0.6), accuracy: 0.01)
        XCTAssertTrue(bars[1].attributes["fill"]?.hasPrefix("url(#") ?? false, "a falling step is hatched")
        XCTAssertEqual(svg.elements("line", class: "output-line").first?.number("x1") ?? 0, pixel(0.6), accuracy: 0.01)
        XCTAssertEqual(chart.table.rows.last?.last?.text, "0.6000")
        XCTAssertTrue(chart.summary.contains("income = 20 raises it by 0.2000"))
    }

    /// A label with markup is escaped, so the SVG still parses.
    func testLabelsAreEscaped() {
        let chart = WaterfallChart(title: "A < B & C", baseValue: 0, steps: [.init("<script>", 1)], unit: "log-odds").chart()
        XCTAssertNotNil(SVGTree.parse(chart.svgFile()))
        XCTAssertFalse(chart.svg.render().contains("<script>"))
    }
}
