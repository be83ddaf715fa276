import XCTest
@testable import FairKit

final class GroupBarChartTests: XCTestCase {
    static let hostile = "<script>alert(\"x\")</script> & 'q'"

    /// Selection rates with Male the reference (0.30), τ = 0.8: the band is [0.24, 0.375].
    static let rates = GroupBarChart(
        title: "Selection rate by sex", quantity: "Selection rate", unit: "share of the group predicted positive",
        bars: [.init("Male", .value(0.30)), .init("Female", .value(0.11), interval: ChartInterval(lower: 0.08, upper: 0.14)),
               .init(hostile, .value(0.27)), .init("Other", .undefined(reason: "no rows"))],
        reference: 0, band: .around(reference: 0.30, tau: 0.8), ceiling: 1)

    func testBarsAreAsLongAsTheirValues() throws {
        let chart = Self.rates.chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 4))
        // Largest thing drawn: the band's end 0.30/0.8 = 0.375; Heckbert: range nice(0.375) = 0.5,
        // step nice(0.1) = 0.1, so the axis runs 0.0 to 0.4.
        XCTAssertEqual(svg.elements("text", class: "tick-x").map(\.allText), ["0.0", "0.1", "0.2", "0.3", "0.4"])
        let axis = DrawnAxis.horizontal(svg)
        let bars = svg.elements("rect", class: "bar")
        XCTAssertEqual(bars.count, 3, "no bar for the undefined value")
        for (bar, value) in zip(bars, [0.30, 0.11, 0.27]) {
            XCTAssertEqual(bar.number("x"), axis.start, accuracy: 0.01, "bars start at 0")
            XCTAssertEqual(bar.number("width"), axis.pixel(value) - axis.start, accuracy: 0.5)
        }
        // The band [0.24, 0.375] and the reference line at 0.30.
        let band = try XCTUnwrap(svg.elements("rect", class: "band").first)
        XCTAssertEqual(band.number("x"), axis.pixel(0.24), accuracy: 0.5)
        XCTAssertEqual(band.number("x") + band.number("width"), axis.pixel(0.375), accuracy: 0.5)
        XCTAssertEqual(try XCTUnwrap(svg.elements("line", class: "reference-line").first).number("x1"), axis.pixel(0.30), accuracy: 0.5)
        // Female's error bar spans 0.08 to 0.14.
        let error = try XCTUnwrap(svg.elements("g", class: "error-bar").first?.children.first)
        XCTAssertEqual(error.number("x1"), axis.pixel(0.08), accuracy: 0.5)
        XCTAssertEqual(error.number("x2"), axis.pixel(0.14), accuracy: 0.5)
    }

    func testStandingIsMarkedByPatternAndInTheTable() throws {
        let chart = Self.rates.chart()
        let svg = try XCTUnwrap(SVGTree.parse(chart.svgFile()))
        let fills = svg.elements("rect", class: "bar").map { $0.attributes["fill"] ?? "" }
        XCTAssertEqual(fills[0], ChartPalette.reference, "the reference group is grey")
        XCTAssertTrue(fills[1].hasPrefix("url(#"), "0.11 < 0.24 is outside: hatched, not only coloured")
        XCTAssertEqual(fills[2], ChartPalette.within, "0.27 is within [0.24, 0.375]")
        XCTAssertEqual(chart.table.rows.map { $0.last?.text }, ["reference", "outside the fair band", "within the fair band", "undefined"])
        XCTAssertEqual(chart.table.rows.map { $0[1].text }, ["0.300", "0.110", "0.270", "undefined"])
        XCTAssertEqual(chart.table.rows[3][1].note, "no rows")
        XCTAssertEqual(svg.elements("text", class: "group-label").first?.allText, "Male (ref)")
        XCTAssertTrue(chart.summary.contains("Outside it: Female (0.110)"))
        // The hatch pattern the bar refers to is defined in the same file.
        let patternID = fills[1].dropFirst(5).dropLast()
        XCTAssertTrue(svg.elements("pattern").contains { $0.attributes["id"] == String(patternID) })
    }

    func testHostileLabelsStayText() throws {
        let chart = Self.rates.chart()
        for text in [chart.svgFile(), chart.figure().render()] {
            XCTAssertFalse(text.contains("<script"), "a label never becomes markup")
            XCTAssertTrue(text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        }
        let svg = try XCTUnwrap(SVGTree.parse(chart.svgFile()))
        // Read back, the label (or, when it was shortened to fit, its tooltip) is the whole text again.
        let labels = svg.elements("text", class: "group-label").map { $0.children.first { $0.name == "title" }?.allText ?? $0.text }
        XCTAssertTrue(labels.contains(Self.hostile), "\(labels)")
    }

    func testRatioBarsUseTheRatioBand() throws {
        // Ratios to the reference: band [0.8, 1.25], reference line at 1. The axis must reach 1.25:
        // range nice(1.25) = 2, step nice(2/5 = 0.4) = 0.5 (f = 4 < 7), so 0 to 1.5 by 0.5.
        let chart = GroupBarChart(title: "Disparity", quantity: "Selection rate ratio", unit: "group / reference",
                                  bars: [.init("a", .value(0.5)), .init("b", .value(1))], band: .ratio(tau: 0.8), referenceValue: 1, format: .ratio).chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        XCTAssertEqual(svg.elements("text", class: "tick-x").map(\.allText), ["0.0", "0.5", "1.0", "1.5"])
        let axis = DrawnAxis.horizontal(svg)
        XCTAssertEqual(svg.elements("rect", class: "bar")[0].number("width"), axis.pixel(0.5) - axis.start, accuracy: 0.5)
        XCTAssertEqual(try XCTUnwrap(svg.elements("line", class: "reference-line").first).number("x1"), axis.pixel(1), accuracy: 0.5)
        XCTAssertEqual(chart.table.rows.map { $0.last?.text }, ["outside the fair band", "within the fair band"])
    }

    func testLongLabelsAreShortenedWithTheFullTextKept() throws {
        let long = String(repeating: "Amer-Indian-Eskimo & ", count: 5)
        let chart = GroupBarChart(title: "t", quantity: "Rate", unit: "share", bars: [.init(long, .value(0.5))]).chart()
        let svg = try XCTUnwrap(SVGTree.parse(chart.svgFile()))
        let label = try XCTUnwrap(svg.elements("text", class: "group-label").first)
        XCTAssertTrue(label.text.hasSuffix("…"), label.text)
        XCTAssertEqual(label.children.first { $0.name == "title" }?.allText, long, "the full label is its tooltip")
        XCTAssertEqual(chart.table.rows[0][0].text, long)
    }
}
