import XCTest
@testable import FairKit

final class DriftChartTests: XCTestCase {
    private let drift = DriftChart(title: "PSI by column", batches: ["jan.csv", "feb.csv", "mar.csv"],
                                   series: [.init("age", values: [0.02, 0.1, 0.3]), .init("score", values: [0.01, nil, 0.5])],
                                   valueLabel: "PSI (index, unitless)", threshold: 0.25)

    func testPointsSitInTheirBatchSlotsAtTheirValues() throws {
        let chart = drift.chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        // Ticks by hand: data 0...0.5, nice(0.5) = 0.5, step nice(0.1) = 0.1: 0.0 ... 0.5.
        XCTAssertEqual(svg.elements("text", class: "tick-y").map(\.allText), ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5"])
        XCTAssertEqual(svg.elements("text", class: "tick-batch").map(\.allText), ["jan.csv", "feb.csv", "mar.csv"])
        let area = svg.elements("rect", class: "plot-area")[0]
        let left = area.number("x"), slot = area.number("width") / 3
        let y = DrawnAxis.vertical(svg)
        // Batch k sits at left + (k + 1/2) · width / 3; "score" has no value in feb.csv.
        let expected: [(Int, Double)] = [(0, 0.02), (1, 0.1), (2, 0.3), (0, 0.01), (2, 0.5)]
        let points = svg.elements("g", class: "point").map { group in markerCentre(group.children.first { $0.name != "title" }!) }
        XCTAssertEqual(points.count, expected.count)
        for (drawn, (batch, value)) in zip(points, expected) {
            XCTAssertEqual(drawn.x, left + (Double(batch) + 0.5) * slot, accuracy: 1)
            XCTAssertEqual(drawn.y, y.pixel(value), accuracy: 1)
        }
        // A line joins measured neighbours only: age's three points; score's two are apart.
        let lines = svg.elements("polyline", class: "series-line")
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(polylinePoints(lines[0]).count, 3)
        let threshold = try XCTUnwrap(svg.elements("line", class: "threshold").first)
        XCTAssertEqual(threshold.number("y1"), y.pixel(0.25), accuracy: 1)
        XCTAssertEqual(svg.elements("g", class: "alert").count, 2, "0.3 and 0.5 exceed 0.25")
    }

    func testTheTextAlternativeNamesEveryValueAndAlert() {
        let chart = drift.chart()
        XCTAssertEqual(chart.table.headers, ["Series", "jan.csv", "feb.csv", "mar.csv", "Alerts"])
        XCTAssertEqual(chart.table.rows[0].map(\.text), ["age", "0.020", "0.100", "0.300", "mar.csv"])
        XCTAssertEqual(chart.table.rows[1].map(\.text), ["score", "0.010", "–", "0.500", "mar.csv"])
        XCTAssertEqual(chart.summary, "2 series over 3 batches; alert above 0.250, crossed by age in mar.csv, score in mar.csv.")
    }

    func testARatioAlertsBelowItsThresholdAndColoursDifferBySeries() throws {
        let chart = DriftChart(title: "Selection-rate ratio", batches: ["1", "2"], series: [.init("sex", values: [0.9, 0.7]), .init("age", values: [0.85, 0.82])],
                               valueLabel: "Ratio (min / max selection rate)", threshold: 0.8, alertSide: .below).chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        XCTAssertEqual(svg.elements("g", class: "alert").count, 1)
        let colours = Set(svg.elements("polyline", class: "series-line").compactMap { $0.attributes["stroke"] })
        XCTAssertEqual(colours, [ChartPalette.okabeIto[0].hex, ChartPalette.okabeIto[1].hex])
        XCTAssertNotEqual(ChartPalette.series(0).marker, ChartPalette.series(1).marker, "series differ by marker shape too")
    }

    func testHostileNamesStayText() throws {
        let chart = DriftChart(title: "<script>x</script>", batches: ["<b>&"], series: [.init("\"a\"", values: [1])], valueLabel: "PSI (index)").chart()
        let svg = try XCTUnwrap(SVGTree.parse(chart.svgFile()))
        XCTAssertTrue(svg.elements("script").isEmpty)
        XCTAssertEqual(svg.elements("text", class: "tick-batch").first?.allText, "<b>&")
    }
}
