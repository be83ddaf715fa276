import Foundation
import XCTest
@testable import FairKit

/// The decision boundary drawn where the hand-derived line w0 + w1·x + w2·y = logit(t) runs, read
/// back from the parsed SVG (pixels from the plot area and the tick labels, never from our scales).
final class DecisionBoundaryChartTests: XCTestCase {
    private let groups: [DecisionBoundaryChart.Group] = [
        .init("A", x: [0, 4, 1], y: [0, 4, 1]),
        .init("B", x: [3, 0], y: [1, 4]),
    ]

    private func chart(intercept: Double, weights: (Double, Double), threshold: Double) -> DecisionBoundaryChart {
        DecisionBoundaryChart(title: "Boundary", xLabel: "Duration (months)", yLabel: "Amount (thousand DM)", groups: groups,
                              intercept: intercept, weights: weights, threshold: threshold, favourable: "approved")
    }

    /// The drawn line's two ends, in data units of the drawn axes.
    private func drawnEnds(_ svg: SVGElement) throws -> [(x: Double, y: Double)] {
        let line = try XCTUnwrap(svg.elements("line", class: "boundary").first, "a boundary line")
        let x = DrawnAxis.horizontal(svg), y = DrawnAxis.vertical(svg)
        XCTAssertEqual([x.low, x.high, y.low, y.high], [0, 4, 0, 4], "data 0...4 on both axes")
        return [(line.number("x1"), line.number("y1")), (line.number("x2"), line.number("y2"))].map { px, py in
            (x.low + (px - x.start) / (x.end - x.start) * (x.high - x.low), y.low + (py - y.start) / (y.end - y.start) * (y.high - y.low))
        }
    }

    /// `ends` are `expected` in some order, each within a pixel (0.02 data units is well under one: 4 units span over 300 px).
    private func assertEnds(_ ends: [(x: Double, y: Double)], _ expected: [(Double, Double)], line: UInt = #line) {
        let sorted = ends.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        for (drawn, want) in zip(sorted, expected.sorted { ($0.0, $0.1) < ($1.0, $1.1) }) {
            XCTAssertEqual(drawn.x, want.0, accuracy: 0.02, line: line)
            XCTAssertEqual(drawn.y, want.1, accuracy: 0.02, line: line)
        }
    }

    func testTheLineAtHalfRunsThroughItsAxisCrossings() throws {
        // w0 = -3, w = (1, 1), t = 0.5: logit(0.5) = 0, so -3 + x + y = 0, the line x + y = 3: (0, 3) to (3, 0).
        let drawn = chart(intercept: -3, weights: (1, 1), threshold: 0.5).chart()
        let svg = try XCTUnwrap(assertAccessibleChart(drawn, rows: 2))
        assertEnds(try drawnEnds(svg), [(0, 3), (3, 0)])
        XCTAssertEqual(svg.elements("g", class: "legend-entry").count, 4, "two groups, the line, the favourable side")
    }

    func testTheThresholdMovesTheLine() throws {
        // w0 = -1, w = (0.5, 2), t = 0.75: -1 + 0.5x + 2y = ln 3, y = (ln 3 + 1 - 0.5x) / 2:
        // x = 0: (1.098612 + 1) / 2 = 1.049306; x = 4: (1.098612 + 1 - 2) / 2 = 0.049306.
        let svg = try XCTUnwrap(assertAccessibleChart(chart(intercept: -1, weights: (0.5, 2), threshold: 0.75).chart(), rows: 2))
        assertEnds(try drawnEnds(svg), [(0, (log(3) + 1) / 2), (4, (log(3) - 1) / 2)])
    }

    func testAZeroSecondWeightDrawsAVerticalLine() throws {
        // w0 = -2, w = (1, 0), t = 0.5: -2 + x = 0, the vertical line x = 2 from y = 0 to 4.
        let svg = try XCTUnwrap(assertAccessibleChart(chart(intercept: -2, weights: (1, 0), threshold: 0.5).chart(), rows: 2))
        assertEnds(try drawnEnds(svg), [(2, 0), (2, 4)])
    }

    func testTheTableCountsEachGroupsFavourableSide() throws {
        // x + y >= 3: A's (0,0) -3 no, (4,4) 5 yes, (1,1) -1 no -> 1 of 3; B's (3,1) 1 yes, (0,4) 1 yes -> 2 of 2.
        let drawn = chart(intercept: -3, weights: (1, 1), threshold: 0.5).chart()
        XCTAssertEqual(drawn.table.rows.map { $0.map(\.text) }, [["A", "3", "1", "0.333"], ["B", "2", "2", "1.000"]])
        let svg = try XCTUnwrap(SVGTree.parse(drawn.svgFile()))
        let markers = svg.elements("g", class: "group-points").map(\.children.count)
        XCTAssertEqual(markers, [3, 2], "a marker per row, grouped")
        XCTAssertEqual(svg.elements("g", class: "group-points")[0].children.first?.name, "circle")
        XCTAssertEqual(svg.elements("g", class: "group-points")[1].children.first?.name, "rect", "the second group has its own shape")
        XCTAssertEqual(svg.elements("polygon", class: "favourable-side").count, 1, "the favourable side is shaded")
    }

    func testNoLineWithoutAThresholdInsideZeroToOne() throws {
        let drawn = chart(intercept: -3, weights: (1, 1), threshold: 1).chart()
        let svg = try XCTUnwrap(SVGTree.parse(drawn.svgFile()))
        XCTAssertTrue(svg.elements("line", class: "boundary").isEmpty)
        XCTAssertTrue(drawn.summary.contains("no boundary to draw"), drawn.summary)
    }

    func testHostileLabelsAreEscaped() throws {
        let drawn = DecisionBoundaryChart(title: "<script>x</script>", xLabel: "a & b (units)", yLabel: "\"y\" (units)",
                                          groups: [.init("<b>", x: [0, 1], y: [0, 1])], intercept: 0, weights: (1, 1), favourable: "<ok>").chart()
        let svg = try XCTUnwrap(SVGTree.parse(drawn.svgFile()), "well-formed despite the labels")
        XCTAssertTrue(svg.elements("script").isEmpty)
        XCTAssertTrue(svg.descendants.contains { $0.allText == "<b>" }, "the label is text, not markup")
    }
}
