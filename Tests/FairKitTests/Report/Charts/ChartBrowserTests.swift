import Foundation
import XCTest
@testable import FairKit

/// Every chart kind on one page, as a browser shows it: parsed without console errors, each
/// chart an `<svg>` with its title, and a screenshot to look at (kept in `FAIRWORK_SCREENSHOTS`
/// when that names a folder).
final class ChartBrowserTests: XCTestCase {
    /// One chart of each kind, with labels of realistic length and one hostile label.
    static func gallery() throws -> [Chart] {
        let rates = GroupBarChartTests.rates
        let ratios = GroupBarChart(title: "Selection rate relative to White", quantity: "Selection rate ratio", unit: "group ÷ reference",
                                   bars: [.init("White", .value(1)), .init("Black", .value(0.42)), .init("Asian-Pac-Islander", .value(1.08)),
                                          .init("Amer-Indian-Eskimo", .value(0.55)), .init("Other", .value(0.61))],
                                   reference: 0, band: .ratio(tau: 0.8), referenceValue: 1, format: .ratio)
        let grouped = GroupedBarChart(title: "Error rates by race", metrics: ["True positive rate", "False positive rate", "Precision"],
                                      unit: "share", groups: ["White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo"],
                                      values: [[.value(0.62), .value(0.09), .value(0.71)], [.value(0.49), .value(0.03), .value(0.66)],
                                               [.value(0.66), .value(0.1), .value(0.69)], [.value(0.41), .undefined(reason: "no negatives"), .value(0.6)]],
                                      intervals: [[ChartInterval(lower: 0.6, upper: 0.64), nil, nil], [ChartInterval(lower: 0.43, upper: 0.55), nil, nil]],
                                      reference: 0)
        let confusion = ConfusionMatrixChart(title: "Confusion matrices by sex", groups: [
            ("Male", ConfusionCounts(truePositives: 6_210, falsePositives: 2_010, trueNegatives: 20_112, falseNegatives: 4_318)),
            ("Female", ConfusionCounts(truePositives: 912, falsePositives: 310, trueNegatives: 14_210, falseNegatives: 760)),
            ("Non-binary & <other>", ConfusionCounts(truePositives: 3, falsePositives: 1, trueNegatives: 20, falseNegatives: 2)),
            ("Unknown", .zero),
        ], positive: ">50K", negative: "<=50K")
        let labels = [0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1], scores = [0.1, 0.4, 0.35, 0.8, 0.2, 0.9, 0.55, 0.6, 0.3, 0.05, 0.7, 0.65]
        let male = try ROCCurve(labels: labels, scores: scores), female = try ROCCurve(labels: labels.reversed(), scores: scores.map { 1 - $0 })
        let roc = ROCChart(title: "ROC curves by sex", curves: [
            .init("Male", male, operatingPoint: (male.falsePositiveRates[3], male.truePositiveRates[3])),
            .init("Female", female, operatingPoint: (female.falsePositiveRates[2], female.truePositiveRates[2])),
            .init("Other", falsePositiveRates: [0, 0.2, 0.6, 1], truePositiveRates: [0, 0.5, 0.9, 1], operatingPoint: (0.2, 0.5), area: 0.72),
        ])
        let calibration = CalibrationChart(title: "Calibration by race", curves: [
            .init("White", meanPredicted: [0.05, 0.15, 0.25, 0.35, 0.55, 0.75, 0.92], fractionPositive: [0.03, 0.12, 0.28, 0.4, 0.5, 0.7, 0.95], rows: [900, 500, 300, 200, 150, 90, 60]),
            .init("Black", meanPredicted: [0.05, 0.2, 0.45, 0.8], fractionPositive: [0.02, 0.1, 0.3, 0.6], rows: [300, 80, 30, 9]),
        ])
        let tradeoff = TradeoffChart(title: "Fairness and accuracy of the candidates", candidates: [
            .init("unmitigated", disparity: 0.19, accuracy: 0.853), .init("reweighing", disparity: 0.09, accuracy: 0.842),
            .init("threshold optimizer", disparity: 0.01, accuracy: 0.829), .init("EG ε = 0.05", disparity: 0.05, accuracy: 0.84),
            .init("EG ε = 0.02", disparity: 0.03, accuracy: 0.826), .init("grid search 7", disparity: 0.12, accuracy: 0.835),
        ], chosen: 3, disparityLabel: "Demographic parity difference (absolute, lower is fairer)")
        let phi = [[-0.2, -0.1, 0.4, 0.05], [0.05, -0.05, 0, 0.1], [0.3, 0.1, -0.2, 0]]
        let beeswarm = BeeswarmChart(title: "How each column's values move the output", columns: [
            .init("income", attributions: phi[0], values: [10, 20, 90, 40]),
            .init("job <img src=x onerror=alert(1)>", attributions: phi[1], values: [nil, nil, nil, nil]),
            .init("age", attributions: phi[2], values: [60, 35, 22, 41]),
        ], unit: "probability")
        let attribution = MeanAttributionChart(title: "Which columns move the output most",
                                               columns: [.init("income", phi[0]), .init("job", phi[1]), .init("age", phi[2])], unit: "probability")
        let waterfall = WaterfallChart(title: "Row 0: from the base value to the output", baseValue: 0.24,
                                       steps: [.init("income = 10", -0.2), .init("age = 60", 0.3), .init("job = clerk", 0.05)], unit: "probability")
        let dependence = PartialDependenceChart(title: "Partial dependence on age", column: "age", grid: [20, 40, 60, 80],
                                                average: [0.15, 0.3, 0.45, 0.5],
                                                individual: [[0.1, 0.2, 0.35, 0.4], [0.2, 0.4, 0.55, 0.6]], unit: "probability")
        return [rates.chart(), ratios.chart(), grouped.chart(), confusion.chart(), roc.chart(), calibration.chart(), tradeoff.chart(),
                beeswarm.chart(), attribution.chart(), waterfall.chart(), dependence.chart()]
    }

    func testEveryChartKindRendersInABrowser() throws {
        let browser = try HeadlessBrowser.require()
        let charts = try Self.gallery()
        let page = HTMLDocument(title: "Chart gallery", styleSheet: ReportDocument.styleSheet,
                                body: [.element("main", [], [.element("h1", text: "Chart gallery")] + charts.map { $0.figure() })]).render()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("charts.html")
        try page.write(to: file, atomically: true, encoding: .utf8)

        let rendering = try browser.render(file)
        XCTAssertEqual(rendering.console, [], "no console messages")
        XCTAssertFalse(rendering.dom.contains("<script"), "hostile labels stayed text in the browser's DOM")
        for chart in charts {
            XCTAssertTrue(rendering.dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(chart.id)\""), "\(chart.title) is an inline svg")
            XCTAssertTrue(rendering.dom.contains("<title id=\"\(chart.id)-title\">"))
        }
        XCTAssertEqual(rendering.dom.components(separatedBy: "<figure").count - 1, charts.count)

        let png = folder.appendingPathComponent("charts.png")
        try browser.screenshot(file, to: png)
        let bytes = try Data(contentsOf: png)
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        if let keep = ProcessInfo.processInfo.environment["FAIRWORK_SCREENSHOTS"] {
            let target = URL(fileURLWithPath: keep)
            try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for name in ["charts.html", "charts.png"] {
                try? FileManager.default.removeItem(at: target.appendingPathComponent(name))
                try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: target.appendingPathComponent(name))
            }
        }
    }
}
