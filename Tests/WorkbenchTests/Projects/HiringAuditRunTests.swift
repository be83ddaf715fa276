import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run hiring-audit --reference` end to end: artifacts, numbers against FairKit, the browser.
final class HiringAuditRunTests: XCTestCase {
    func testTheRunWritesTheDashboardAndTheModelCard() throws {
        let (_, result, out) = try ReferenceRuns.shared.run("hiring-audit")
        for file in ["report.html", "report.md", "numbers.json", "model.json", "model-card.md", "model-card.html", "model-card.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        XCTAssertEqual(result.artifacts.filter(\.pending).map(\.file), [])
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

    func testTheModelCardIsTheModelFilesOnTheTestFile() throws {
        let (_, result, out) = try ReferenceRuns.shared.run("hiring-audit")
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("model.json")))
        let test = try Dataset.adult(.test)
        let rates = try ProjectModelCard.assertCard(out, modelFile: "model.json", predictions: try model.predict(test.table),
                                                    groups: [("sex", try ProjectModelCard.texts(test.table, "sex")),
                                                             ("race", try ProjectModelCard.texts(test.table, "race"))])
        // numbers.json's model impact ratio for women is the card's Female over Male selection rate.
        XCTAssertEqual(try XCTUnwrap(result.numbers["model_impact_ratio_female"]),
                       try XCTUnwrap(rates["sex"]?["Female"]) / XCTUnwrap(rates["sex"]?["Male"]), accuracy: 1e-12)
    }

    func testTheDashboardRendersInABrowserWithoutConsoleErrors() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("hiring-audit")
        try ReferenceRuns.assertRendersInBrowser(out, screenshot: "hiring-audit",
                                                 headings: ["Disparity dashboard", "Advancement rate by sex and race", "Potential impact", "Findings"])
    }
}
