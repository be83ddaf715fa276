import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run compas-case-study --reference` end to end: artifacts, numbers against FairKit, the browser.
final class CompasCaseStudyRunTests: XCTestCase {
    func testTheRunWritesEveryArtifact() throws {
        let (_, result, out) = try ReferenceRuns.shared.run("compas-case-study")
        for file in ["report.html", "report.md", "numbers.json", "model.json", "model-card.md", "model-card.html", "model-card.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        XCTAssertEqual(result.numbers["rows_kept"], 6172, "the learner's filter keeps ProPublica's 6,172 rows")
        XCTAssertEqual(result.artifacts.filter(\.pending).map(\.file), [])
    }

    func testTheModelCardIsTheModelFilesOnTheTestSplit() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("compas-case-study")
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("model.json")))
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let split = try DataSplit.trainTest(rowCount: compas.table.rowCount, testSize: .fraction(0.3), seed: 21, stratifyBy: compas.labels)
        let test = compas.split(split).test
        try ProjectModelCard.assertCard(out, modelFile: "model.json", predictions: try model.predict(test.table),
                                        groups: [("race", try ProjectModelCard.texts(test.table, "race")),
                                                 ("sex", try ProjectModelCard.texts(test.table, "sex"))])
    }

    func testKeyNumbersEqualFairKitsOwnComputation() throws {
        let (_, result, _) = try ReferenceRuns.shared.run("compas-case-study")
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        XCTAssertEqual(compas.table.rowCount, 6172)
        let decile = try compas.table.column("decile_score"), race = try compas.table.column("race")
        let high = (0..<compas.table.rowCount).map { (decile[$0].number ?? 0) >= 5 ? 1 : 0 }
        for (name, key) in [("African-American", "african_american"), ("Caucasian", "caucasian")] {
            let rows = (0..<compas.table.rowCount).filter { race[$0].text == name }
            let counts = try ConfusionCounts(labels: compas.labels, predictions: high, rows: rows)
            XCTAssertEqual(try XCTUnwrap(result.numbers["fpr_\(key)"]), try XCTUnwrap(counts.falsePositiveRate.number), accuracy: 1e-12, name)
            XCTAssertEqual(try XCTUnwrap(result.numbers["fnr_\(key)"]), try XCTUnwrap(counts.falseNegativeRate.number), accuracy: 1e-12, name)
            XCTAssertEqual(try XCTUnwrap(result.numbers["ppv_\(key)"]), try XCTUnwrap(counts.positivePredictiveValue.number), accuracy: 1e-12, name)
            // Chouldechova's identity gives the measured FPR back.
            XCTAssertEqual(try XCTUnwrap(result.numbers["implied_fpr_\(key)"]), try XCTUnwrap(counts.falsePositiveRate.number), accuracy: 1e-12, name)
        }
    }

    func testTheReportRendersInABrowserWithoutConsoleErrors() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("compas-case-study")
        try ReferenceRuns.assertRendersInBrowser(out, screenshot: "compas-case-study",
                                                 headings: ["Error rates by race", "Calibration by race", "The impossibility result", "Findings"])
    }
}
