import FairKit
import Foundation
import XCTest
@testable import Workbench

/// FairKit's counterfactual search against DiCE's own (dice-ml 0.12, methods random, genetic and
/// kdtree; scripts/reference/explain_dice_compare.py) on the same model: `learn train` on German
/// Credit's rows 0..699, the first declined test rows (700..999), immutable age, personal_status and
/// foreign_worker, four options, ranges and levels from the 700 training rows. For each row:
/// FairKit finds an option whenever DiCE does, every option flips the decision and keeps the
/// constraints, and FairKit's closest option is at least as close as DiCE's closest valid one under
/// DiCE's distance (numeric |c − x| / MAD, categorical 1, summed over the 20 columns, over 20).
final class CounterfactualDiceComparisonTests: XCTestCase {
    // scripts/reference/explain_dice_compare.py: the model file's intercept (the same model) and,
    // per declined test row, the smallest distance of a valid DiCE option over the three methods.
    static let intercept = 1.4471343577473832
    static let diceBest: [Int: Double] = [3: 0.05, 4: 0.1, 6: 0.05, 7: 0.1, 11: 0.1, 14: 0.1, 19: 0.05, 21: 0.05,
                                          22: 0.06653206650831353, 27: 0.1, 28: 0.15, 35: 0.15]
    static let immutable = ["age", "personal_status", "foreign_worker"]

    func testFairKitFindsOptionsAtLeastAsCloseAsDiCE() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-dice-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let german = try Dataset.germanCredit()
        let table = try german.table.selecting(german.featureColumns + ["credit"])
        try CSVWriter().write(table.selectingRows(0..<700), to: folder.appendingPathComponent("german-train.csv"))
        _ = try TrainRequest(data: "german-train.csv", label: "credit", positive: "good", out: "model.json").run(currentDirectory: folder)
        let pipeline = try PredictRequest(model: "model.json", data: "german-train.csv").loadModel(folder)
        let logistic = try XCTUnwrap(pipeline.classifier as? LogisticRegression)
        XCTAssertEqual(try XCTUnwrap(logistic.fitted).intercept, Self.intercept, accuracy: 1e-12, "not the model DiCE searched")

        let names = pipeline.features.map(\.name)
        let groups = try FeatureGroups.sourceColumns(german.featureColumns, featureNames: names)
        let model = try ExplainedModel.classifier(pipeline.classifier, featureNames: names, groups: groups, space: .probability)
        let train = try pipeline.encode(table.selectingRows(0..<700)).matrix
        let test = try pipeline.encode(table.selectingRows(700..<1000)).matrix
        // As `learn explain` searches: changes moved back towards x in steps of 1 (whole numbers).
        let steps = ExplainRequest.steps(pipeline, decimals: ExplainRequest.decimals(of: table.selectingRows(0..<700), pipeline))
        let search = try CounterfactualSearch(model: model, training: train,
                                              constraints: Dictionary(uniqueKeysWithValues: Self.immutable.map { ($0, .immutable) }),
                                              steps: steps, count: 4)
        for (row, dice) in Self.diceBest.sorted(by: { $0.key < $1.key }) {
            let result = try search.search(test, row: row)
            XCTAssertEqual(result.decision, 0, "row \(row) is declined")
            XCTAssertFalse(result.noneFound, "row \(row): DiCE found a counterfactual, FairKit did not")
            let original = test.row(row)
            for option in result.options {
                XCTAssertGreaterThan(option.output, 0.5, "row \(row): the option does not flip the decision")
                for (g, column) in groups.names.enumerated() {
                    let members = groups.members[g]
                    if Self.immutable.contains(column) {
                        XCTAssertEqual(members.map { option.values[$0] }, members.map { original[$0] }, "row \(row): \(column) changed")
                    }
                    if members.count > 1 { XCTAssertEqual(members.map { option.values[$0] }.reduce(0, +), 1, "row \(row): \(column)") }
                    for f in members {
                        let values = train.column(f)
                        XCTAssertTrue((values.min()!...values.max()!).contains(option.values[f]), "row \(row): \(names[f]) out of range")
                    }
                }
            }
            let best = try XCTUnwrap(result.options.map(\.distance).min())
            XCTAssertLessThanOrEqual(best, dice + 1e-12, "row \(row): FairKit's closest option is farther than DiCE's")
        }
    }
}
