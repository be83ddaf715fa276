import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run hiring-audit --reference` end to end: artifacts, numbers against FairKit, the browser.
final class HiringAuditRunTests: XCTestCase {
    func testTheRunWritesTheDashboardAndListsTheCardAsPending() throws {
        let (_, result, out) = try ReferenceRuns.shared.run("hiring-audit")
        for file in ["report.html", "report.md", "numbers.json", "model.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        XCTAssertEqual(result.artifacts.filter(\.pending).map(\.file), ["model-card.md"])
        XCTAssertEqual(result.files.filter { $0.hasSuffix(".svg") }.count, 6, "two rate charts, record vs model, subgroups, two shortfall charts")
    }

    func testKeyNumbersEqualFairKitsOwnComputation() throws {
        let (_, result, _) = try ReferenceRuns.shared.run("hiring-audit")
        let adult = try Dataset.adult()
        // The record's impact ratios: FairKit's disparate impact with the labels as the decisions.
        for (key, column, privileged, unprivileged) in [("female", "sex", "Male", "Female"), ("black", "race", "White", "Black")] {
            let comparison = try PrivilegedComparison(labels: adult.labels, predictions: adult.labels,
                                                      features: [SensitiveFeature(try adult.table.column(column))],
                                                      privileged: .attribute(column, in: [privileged]), unprivileged: .attribute(column, in: [unprivileged]))
            let di = try XCTUnwrap(AIF360Metric.disparateImpact.value(on: comparison).number)
            XCTAssertEqual(try XCTUnwrap(result.numbers["impact_ratio_\(key)"]), di, accuracy: 1e-12, key)
            // Shortfall: (reference rate - rate) * rows, from the comparison's counts.
            let rate = comparison.unprivileged.predictedPositives / comparison.unprivileged.total
            let reference = comparison.privileged.predictedPositives / comparison.privileged.total
            XCTAssertEqual(try XCTUnwrap(result.numbers["shortfall_\(key)"]), (reference - rate) * comparison.unprivileged.total, accuracy: 1e-6, key)
        }
        // The model: trained on adult.data without sex and race, scored on adult.test.
        var model = Pipeline(settings: .init(dataset: adult), classifier: try LogisticRegression())
        try model.fit(try Dataset.adult(.train).table)
        let test = try Dataset.adult(.test)
        let comparison = try PrivilegedComparison(labels: test.labels, predictions: try model.predict(test.table),
                                                  features: [SensitiveFeature(try test.table.column("sex"))], privileged: .attribute("sex", in: ["Male"]))
        XCTAssertEqual(try XCTUnwrap(result.numbers["model_impact_ratio_female"]),
                       try XCTUnwrap(AIF360Metric.disparateImpact.value(on: comparison).number), accuracy: 1e-12)
    }

    func testTheDashboardRendersInABrowserWithoutConsoleErrors() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("hiring-audit")
        try ReferenceRuns.assertRendersInBrowser(out, screenshot: "hiring-audit",
                                                 headings: ["Disparity dashboard", "Advancement rate by sex and race", "Potential impact", "Findings"])
    }
}
