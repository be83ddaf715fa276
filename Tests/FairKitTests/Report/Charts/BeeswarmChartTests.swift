import Foundation
import XCTest
@testable import FairKit

/// shap's beeswarm: a dot per row and column at x = φ, coloured and shaped by the row's value.
final class BeeswarmChartTests: XCTestCase {
    /// income: φ −0.2, −0.1, +0.4 at incomes 10, 20, 90 (mean |φ| = 0.7 / 3 = 0.233);
    /// job (a category, no numbers): φ +0.05, −0.05, 0 (mean |φ| = 0.1 / 3 = 0.033). Income is drawn first.
    private let columns = [BeeswarmChart.Column("job", attributions: [0.05, -0.05, 0], values: [nil, nil, nil]),
                           BeeswarmChart.Column("income", attributions: [-0.2, -0.1, 0.4], values: [10, 20, 90])]

    func testDotsSitAtTheirAttributionsWithShapeAndColourFromTheValue() throws {
        let chart = BeeswarmChart(title: "Swarm", columns: columns, unit: "probability").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        XCTAssertEqual(svg.elements("text", class: "group-label").map(\.allText), ["income", "job"], "largest mean |φ| first")
        let axis = DrawnAxis.horizontal(svg)
        let dots = svg.elements("g", class: "dot")
        XCTAssertEqual(dots.count, 6, "one dot per row and column")
        // The first row drawn is income: its dots in order of φ (−0.2, −0.1, +0.4), then job's (−0.05, 0, +0.05).
        for (dot, phi) in zip(dots, [-0.2, -0.1, 0.4, -0.05, 0, 0.05]) {
            XCTAssertEqual(Double(dot.attributes["data-value"] ?? ""), phi)
            let marker = try XCTUnwrap(dot.children.first { $0.name != "title" })
            XCTAssertEqual(markerCentre(marker).x, axis.pixel(phi), accuracy: 0.5, "φ = \(phi) lands at its x")
        }
        let markers = dots.compactMap { $0.children.first { $0.name != "title" } }
        // Median income 20: 10 and 20 are at or below it (circles), 90 above (triangle); job has no numbers (squares).
        XCTAssertEqual(markers.map(\.name), ["circle", "circle", "polygon", "rect", "rect", "rect"])
        // Colour: t = (value − 10) / (90 − 10): 10 -> #0072B2; 20 -> t = 0.125: R 213 × 0.125 = 26.6 -> 1B,
        // G 114 − 20 × 0.125 = 111.5 -> 70, B 178 − 178 × 0.125 = 155.75 -> 9C; 90 -> #D55E00.
        XCTAssertEqual(markers.prefix(3).map { $0.attributes["fill"] }, ["#0072B2", "#1B709C", "#D55E00"])
        XCTAssertEqual(Set(markers.suffix(3).map { $0.attributes["fill"] }), ["#999999"], "not a number: grey")
        // Income's value rises with φ (r = 28 / sqrt(3800 × 0.20667) = 0.999): higher values push up.
        XCTAssertEqual(chart.table.rows.map { $0[0].text }, ["income", "job"])
        XCTAssertEqual(chart.table.rows[0][1].text, "0.2333")
        XCTAssertEqual(chart.table.rows[0][4].text, "push up (r = 1.00)")
        XCTAssertEqual(chart.table.rows[1][4].text, "—", "no numeric values, no direction")
    }

    func testEqualAttributionsAreStackedApart() throws {
        let chart = BeeswarmChart(title: "Ties", columns: [.init("a", attributions: [0.1, 0.1, 0.1], values: [1, 2, 3])], unit: "log-odds").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 1))
        let centres = svg.elements("g", class: "dot").compactMap { $0.children.first { $0.name != "title" } }.map(markerCentre)
        XCTAssertEqual(Set(centres.map { ($0.x * 100).rounded() }).count, 1, "same φ, same x")
        XCTAssertEqual(Set(centres.map { ($0.y * 10).rounded() }).count, 3, "three dots on one x are stacked at three heights")
    }
}
