import XCTest
@testable import FairKit

final class ChartKindsTests: XCTestCase {
    func testGroupedBarsHaveABarPerGroupAndMetric() throws {
        let chart = GroupedBarChart(title: "Error rates by group", metrics: ["TPR", "FPR"], unit: "share of actual class", groups: ["Male", "Female"],
                                    values: [[.value(0.6), .value(0.1)], [.value(0.45), .undefined(reason: "no negatives")]], reference: 0).chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        // Largest value 0.6: range nice(0.6) = 1, step nice(0.2) = 0.2, so 0.0 to 0.6.
        XCTAssertEqual(svg.elements("text", class: "tick-x").map(\.allText), ["0.0", "0.2", "0.4", "0.6"])
        let axis = DrawnAxis.horizontal(svg)
        let bars = svg.elements("rect", class: "bar")
        XCTAssertEqual(bars.count, 3)
        for (bar, value) in zip(bars, [0.6, 0.1, 0.45]) {
            XCTAssertEqual(bar.number("width"), axis.pixel(value) - axis.start, accuracy: 0.5)
        }
        XCTAssertNotEqual(bars[0].attributes["fill"], bars[1].attributes["fill"], "metrics differ in colour and pattern")
        XCTAssertEqual(chart.table.headers, ["Group", "TPR", "FPR"])
        XCTAssertEqual(chart.table.rows[1].map(\.text), ["Female", "0.450", "undefined"])
    }

    func testConfusionMatricesShowCountsAndShares() throws {
        let counts = ConfusionCounts(truePositives: 30, falsePositives: 10, trueNegatives: 50, falseNegatives: 10)
        let chart = ConfusionMatrixChart(title: "Confusion by group", groups: [("A", counts), ("B", .zero)], positive: ">50K", negative: "<=50K").chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, axes: false, rows: 2))
        let cells = svg.elements("rect", class: "cell")
        XCTAssertEqual(cells.count, 8)
        XCTAssertEqual(cells.prefix(4).map { $0.attributes["data-count"] }, ["30.0", "10.0", "10.0", "50.0"], "TP, FN, FP, TN")
        // TN holds 50 of 100 rows: white blended halfway to (0, 114, 178) is (127.5, 184.5, 216.5) → #80B9D9.
        XCTAssertEqual(cells[3].attributes["fill"], "#80B9D9")
        XCTAssertEqual(cells[4].attributes["fill"], "#FFFFFF", "a group without rows is unshaded")
        XCTAssertTrue(svg.elements("text", class: "cell-count").map(\.allText).contains("TN 50"))
        XCTAssertTrue(svg.descendants.contains { $0.allText == "50.0%" })
        XCTAssertTrue(svg.descendants.contains { $0.allText == "pred. &gt;50K" || $0.allText == "pred. >50K" })
        XCTAssertEqual(chart.table.rows[0].map(\.text), ["A", "30", "10", "50", "10", "100"])
    }

    func testROCCurvesPassThroughTheirPoints() throws {
        // scikit-learn's roc_curve example: FPR [0, 0, 0.5, 0.5, 1], TPR [0, 0.5, 0.5, 1, 1], area 0.75.
        let roc = try ROCCurve(labels: [0, 0, 1, 1], scores: [0.1, 0.4, 0.35, 0.8])
        let chart = ROCChart(title: "ROC by group", curves: [.init("A", roc, operatingPoint: (0.5, 0.5)),
                                                             .init("B", falsePositiveRates: [0, 1], truePositiveRates: [0, 1])]).chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 2))
        let x = DrawnAxis.horizontal(svg), y = DrawnAxis.vertical(svg)
        XCTAssertEqual([x.low, x.high, y.low, y.high], [0, 1, 0, 1])
        let curve = polylinePoints(svg.elements("polyline", class: "curve")[0])
        let expected = [(0.0, 0.0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1)]
        XCTAssertEqual(curve.count, expected.count)
        for (drawn, point) in zip(curve, expected) {
            XCTAssertEqual(drawn.0, x.pixel(point.0), accuracy: 1)
            XCTAssertEqual(drawn.1, y.pixel(point.1), accuracy: 1)
        }
        let marker = markerCentre(try XCTUnwrap(svg.elements("circle", class: "operating-point").first))
        XCTAssertEqual(marker.x, x.pixel(0.5), accuracy: 1)
        XCTAssertEqual(marker.y, y.pixel(0.5), accuracy: 1)
        XCTAssertEqual(chart.table.rows[0].map(\.text), ["A", "0.750", "0.500", "0.500", "5"])
        XCTAssertTrue(svg.elements("text").contains { $0.allText == "A (AUC 0.750)" })
    }

    func testCalibrationPointsSitAtTheirBins() throws {
        let chart = CalibrationChart(title: "Calibration", curves: [
            .init("A", meanPredicted: [0.1, 0.7], fractionPositive: [0.2, 0.5], rows: [10, 10]),
            .init("B", meanPredicted: [0.4], fractionPositive: [0.35], rows: [4]),
        ]).chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 3))
        let x = DrawnAxis.horizontal(svg), y = DrawnAxis.vertical(svg)
        let points = svg.descendants.filter { ($0.attributes["class"] ?? "") == "bin-point" }.map(markerCentre)
        let expected = [(0.1, 0.2), (0.7, 0.5), (0.4, 0.35)]
        XCTAssertEqual(points.count, 3)
        for (drawn, point) in zip(points, expected) {
            XCTAssertEqual(drawn.x, x.pixel(point.0), accuracy: 1)
            XCTAssertEqual(drawn.y, y.pixel(point.1), accuracy: 1)
        }
        XCTAssertEqual(svg.elements("line", class: "diagonal").count, 1)
    }

    func testTradeoffMarksTheParetoFrontAndTheChoice() throws {
        // (0.10, 0.78) is beaten by (0.05, 0.80) on both counts; the front is the other two, fairest first.
        let tradeoff = TradeoffChart(title: "Fairness and accuracy", candidates: [
            .init("unmitigated", disparity: 0.20, accuracy: 0.85), .init("eg ε=0.01", disparity: 0.05, accuracy: 0.80),
            .init("reweighing", disparity: 0.10, accuracy: 0.78),
        ], chosen: 1)
        XCTAssertEqual(tradeoff.paretoFront, [1, 0])
        let chart = tradeoff.chart()
        let svg = try XCTUnwrap(assertAccessibleChart(chart, rows: 3))
        let x = DrawnAxis.horizontal(svg), y = DrawnAxis.vertical(svg)
        let star = markerCentre(try XCTUnwrap(svg.elements("polygon", class: "chosen").first))
        XCTAssertEqual(star.x, x.pixel(0.05), accuracy: 1)
        XCTAssertEqual(star.y, y.pixel(0.80), accuracy: 1)
        // The front as steps: (0.05, 0.80) → (0.20, 0.80) → (0.20, 0.85).
        let front = polylinePoints(try XCTUnwrap(svg.elements("polyline", class: "front").first))
        for (drawn, point) in zip(front, [(0.05, 0.80), (0.20, 0.80), (0.20, 0.85)]) {
            XCTAssertEqual(drawn.0, x.pixel(point.0), accuracy: 1)
            XCTAssertEqual(drawn.1, y.pixel(point.1), accuracy: 1)
        }
        XCTAssertEqual(chart.table.rows.map { $0[3].text }, ["yes", "yes", "no"])
        XCTAssertEqual(chart.table.rows[1][4].text, "chosen")
    }

    func testEveryKindEscapesHostileLabels() throws {
        let hostile = GroupBarChartTests.hostile
        let charts = [
            GroupedBarChart(title: hostile, metrics: [hostile], unit: hostile, groups: [hostile], values: [[.value(0.5)]]).chart(),
            ConfusionMatrixChart(title: hostile, groups: [(hostile, .zero)], positive: hostile, negative: hostile).chart(),
            ROCChart(title: hostile, curves: [.init(hostile, falsePositiveRates: [0, 1], truePositiveRates: [0, 1])]).chart(),
            CalibrationChart(title: hostile, curves: [.init(hostile, meanPredicted: [0.5], fractionPositive: [0.5], rows: [1])]).chart(),
            TradeoffChart(title: hostile, candidates: [.init(hostile, disparity: 0.1, accuracy: 0.9)], chosen: 0).chart(),
        ]
        for chart in charts {
            XCTAssertFalse(chart.svgFile().contains("<script"))
            XCTAssertFalse(chart.figure().render().contains("<script"))
            let svg = try XCTUnwrap(SVGTree.parse(chart.svgFile()))
            XCTAssertEqual(svg.children.first { $0.name == "title" }?.allText, hostile)
        }
    }

    func testChartsOfOnePageHaveDistinctIDs() {
        let a = GroupBarChart(title: "Rate", quantity: "q", unit: "u", bars: [.init("x", .value(0.1))]).chart()
        let b = GroupBarChart(title: "Rate", quantity: "q", unit: "u", bars: [.init("y", .value(0.1))]).chart()
        XCTAssertNotEqual(a.id, b.id)
        XCTAssertTrue(a.id.hasPrefix("chart-rate-"))
    }
}
