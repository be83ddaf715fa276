import Foundation
import XCTest
@testable import FairKit

/// shap's bar plot: mean |φ| per column, largest first, bars from zero.
final class MeanAttributionChartTests: XCTestCase {
    /// income: (0.3 + 0.1) / 2 = 0.2; job: (0.05 + 0.05) / 2 = 0.05. NiceTicks over [0, 0.2]:
    /// range nice(0.2) = 0.2, step nice(0.04) = 0.05, axis 0 to 0.2; pixel(v) = left + v / 0.2 · plot width.
    func testBarsAreMeanAbsoluteValuesFromZero() throws {
        let chart = MeanAttributionChart(title: "Columns", columns: [.init("job", [0.05, -0.05]), .init("income", [-0.3, 0.1])],
                                         unit: "probability").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        let area = try XCTUnwrap(svg.elements("rect", class: "plot-area").first)
        let left = area.number("x"), width = area.number("width")
        let bars = svg.elements("rect", class: "bar")
        XCTAssertEqual(svg.elements("text", class: "group-label").map(\.allText), ["income", "job"])
        XCTAssertEqual(bars[0].number("x"), left, accuracy: 0.01)
        XCTAssertEqual(bars[0].number("width"), 0.2 / 0.2 * width, accuracy: 0.01)
        XCTAssertEqual(bars[1].number("width"), 0.05 / 0.2 * width, accuracy: 0.01)
        XCTAssertEqual(chart.table.rows.map { $0[1].text }, ["0.2000", "0.0500"])
    }
}
