import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run hr-screening --reference` end to end: the gap and the reweighing against
/// FairKit computed here, the narratives, the model files and the dashboard in a browser.
final class HRScreeningRunTests: XCTestCase {
    private static let shared = SharedProjectRun("hr-screening")

    func testTheRunWritesEveryArtifact() throws {
        try Self.shared.assertArtifacts(["report.html", "report.md", "numbers.json", "model.json", "reweighed.model.json", "narratives.md"])
    }

    func testKeyNumbersEqualFairKitsOwnComputation() throws {
        let (_, result, out) = try Self.shared.run()
        XCTAssertEqual(result.numbers["weights_max_difference_fairkit"], 0, "the reference weights are FairKit's Reweighing's")
        // The baseline model file, applied here to the same 1,000 test candidates, gives the run's accuracies.
        let adult = try Dataset.adult(.train, droppingMissing: true)
        var generator = SeededGenerator(seed: 21)
        let rows = Array(generator.permutation(adult.table.rowCount).prefix(3000).suffix(1000))
        let test = adult.selectingRows(rows)
        let education = try test.table.column("education")
        let traditional: Set<String> = ["Bachelors", "Masters", "Doctorate", "Prof-school"]
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("model.json")))
        let predictions = try model.predict(test.table)
        for group in ["traditional", "non-traditional"] {
            let members = (0..<1000).filter { traditional.contains(education[$0].text ?? "") == (group == "traditional") }
            let accuracy = Double(members.filter { predictions[$0] == test.labels[$0] }.count) / Double(members.count)
            XCTAssertEqual(try XCTUnwrap(result.numbers["accuracy_before \(group)"]), accuracy, accuracy: 1e-12, group)
        }
        XCTAssertEqual(result.numbers["candidates_explained"], 3)
        let backgrounds = (0..<1000).map { traditional.contains(education[$0].text ?? "") ? "traditional" : "non-traditional" }
        try ProjectModelCard.assertCard(out, modelFile: "model.json", predictions: predictions,
                                        groups: [("education_background", backgrounds), ("sex", try ProjectModelCard.texts(test.table, "sex")),
                                                 ("race", try ProjectModelCard.texts(test.table, "race"))])
    }

    func testTheNarrativesFollowTheFormat() throws {
        let (_, _, out) = try Self.shared.run()
        let text = try String(contentsOf: out.appendingPathComponent("narratives.md"), encoding: .utf8)
        let narratives = text.split(separator: "\n").filter { !$0.isEmpty }
        XCTAssertEqual(narratives.count, 3)
        XCTAssertTrue(narratives.allSatisfy { $0.hasPrefix("Candidate ") && $0.contains(" For: ") && $0.contains(" Against: ") })
    }

    func testTheReportRendersInABrowserWithoutConsoleErrors() throws {
        try Self.shared.assertRendersInABrowser(headings: ["Fairness assessment", "Candidates"])
    }
}
