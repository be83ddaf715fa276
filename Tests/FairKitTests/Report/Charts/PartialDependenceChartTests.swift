import Foundation
import XCTest
@testable import FairKit

/// Partial dependence with ICE lines: the mean curve thick, each row thin, at most 50 rows drawn.
final class PartialDependenceChartTests: XCTestCase {
    /// Two rows over the grid 0, 10: (0.2, 0.6) and (0.4, 0.4); their mean (0.3, 0.5) is the partial dependence.
    func testThePartialDependenceIsTheMeanLineAndEachRowIsDrawn() throws {
        let chart = PartialDependenceChart(title: "PD", column: "age", grid: [0, 10], average: [0.3, 0.5],
                                           individual: [[0.2, 0.6], [0.4, 0.4]], unit: "probability").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        let x = DrawnAxis.horizontal(svg), y = DrawnAxis.vertical(svg)
        let pd = try XCTUnwrap(svg.elements("polyline", class: "pd").first)
        for (point, expected) in zip(polylinePoints(pd), [(0.0, 0.3), (10.0, 0.5)]) {
            XCTAssertEqual(point.0, x.pixel(expected.0), accuracy: 0.5)
            XCTAssertEqual(point.1, y.pixel(expected.1), accuracy: 0.5)
        }
        let ice = svg.elements("polyline", class: "ice")
        XCTAssertEqual(ice.count, 2)
        let first: [Double] = polylinePoints(ice[0]).map { $0.1 }
        XCTAssertEqual(first.count, 2)
        XCTAssertEqual(first.first ?? 0, y.pixel(0.2), accuracy: 0.5, "row 1's ICE line starts at 0.2")
        XCTAssertEqual(first.last ?? 0, y.pixel(0.6), accuracy: 0.5, "and ends at 0.6")
        XCTAssertEqual(chart.table.rows.map { $0.map(\.text) }, [["0", "0.3000", "0.2000", "0.4000"], ["10", "0.5000", "0.4000", "0.6000"]])
    }

    func testAtMostFiftyRowsAreDrawnEvenlyButTheMeanUsesAll() throws {
        // 60 rows, row r flat at r / 100: rows drawn are k · 59 / 49 for k = 0 ... 49 (0, 1, 2, 3, 4, 6, ..., 59).
        let individual = (0..<60).map { r in [Double(r) / 100, Double(r) / 100] }
        let mean = 59.0 / 2 / 100
        let chart = PartialDependenceChart(title: "Many", column: "x", grid: [1, 2], average: [mean, mean], individual: individual,
                                           unit: "probability").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        XCTAssertEqual(svg.elements("polyline", class: "ice").count, 50)
        let y = DrawnAxis.vertical(svg)
        let heights = svg.elements("polyline", class: "ice").map { polylinePoints($0)[0].1 }
        XCTAssertEqual(heights.first ?? 0, y.pixel(0), accuracy: 0.5, "the first row is drawn")
        XCTAssertEqual(heights.last ?? 0, y.pixel(0.59), accuracy: 0.5, "the last row is drawn")
        XCTAssertEqual(heights[5], y.pixel(0.06), accuracy: 0.5, "k = 5: row 5 · 59 / 49 = 6 (rounded down)")
        XCTAssertTrue(chart.summary.contains("50 of 60 rows' ICE lines"), chart.summary)
    }
}
