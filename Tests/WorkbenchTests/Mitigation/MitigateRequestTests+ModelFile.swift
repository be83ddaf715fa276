import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn mitigate --out` for every method other than reweighing writes a `mitigated_pipeline`
/// that reloads bit for bit and that `learn predict` applies (German Credit, the setup of
/// MitigateRequestTests).
extension MitigateRequestTests {
    static let savedMethods = ["correlation-remover", "exponentiated-gradient", "grid-search", "threshold-optimizer", "eq-odds", "calibrated-eq-odds", "reject-option",
                               "prejudice-remover", "adversarial-debiasing"]

    /// Saving, loading and saving again gives the same bytes; `learn predict`'s scores on the test
    /// rows are the P(positive) the comparison scored: their expected accuracy
    /// (1/n) Σ (y_i p_i + (1 − y_i)(1 − p_i)) is the accuracy `learn mitigate` printed, with p_i the
    /// randomised model's P(positive) or the deterministic one's decision.
    func testEveryMethodWritesAModelFileThatPredictApplies() throws {
        let labels = try XCTUnwrap(try CSVReader().read(contentsOf: folder.appendingPathComponent("test.csv")).column("good").numbers)
        for method in Self.savedMethods {
            let file = "\(method).model.json"
            let result = try request(method) { $0.out = file }.run(currentDirectory: folder)
            let url = folder.appendingPathComponent(file)
            XCTAssertEqual(result.modelFile?.lastPathComponent, file, method)
            let bytes = try Data(contentsOf: url)
            XCTAssertEqual(try ModelFile.kind(of: bytes), .mitigatedPipeline, method)
            let reloaded = try MitigatedPipeline(modelFileData: bytes)
            XCTAssertEqual(try reloaded.modelFileData(), bytes, "\(method): a reloaded model saves the same bytes")

            let predicted = try PredictRequest(model: file, data: "test.csv").run(currentDirectory: folder)
            XCTAssertEqual(predicted.scores.count, 300, method)
            // A randomised model is scored by expected values over its coins, a deterministic one
            // on its decisions at P > 0.5.
            var correct = 0.0
            for (y, p) in zip(labels, predicted.scores) {
                let decided = reloaded.isRandomised ? p : (p > 0.5 ? 1 : 0)
                correct += y == 1 ? decided : 1 - decided
            }
            let expected = correct / 300
            XCTAssertEqual(expected, try XCTUnwrap(result.mitigated.accuracy, method), accuracy: 1e-12, method)
            XCTAssertEqual(predicted.table.columnNames.last, "prediction", method)
            if ["correlation-remover", "prejudice-remover", "adversarial-debiasing"].contains(method) {
                // A refitted classifier, not a randomised decision: its labels are P > 0.5.
                XCTAssertEqual(try predicted.table.column("prediction").numbers, predicted.scores.map { $0 > 0.5 ? 1 : 0 })
            }
        }
    }

    /// The file's sections: the base pipeline, the protected column and the method's state.
    func testThresholdOptimizerFileNamesItsParts() throws {
        _ = try request("threshold-optimizer") { $0.out = "t.json" }.run(currentDirectory: folder)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("t.json"))) as? [String: Any])
        XCTAssertEqual(json["kind"] as? String, "mitigated_pipeline")
        XCTAssertEqual(json["format_version"] as? Int, 1)
        XCTAssertEqual(json["protected_column"] as? String, "age_group")
        XCTAssertEqual((json["pipeline"] as? [String: Any])?["kind"] as? String, "pipeline")
        let mitigation = try XCTUnwrap(json["mitigation"] as? [String: Any])
        XCTAssertEqual(mitigation["method"] as? String, "threshold_optimizer")
        XCTAssertEqual((mitigation["rules"] as? [Any])?.count, 2, "one rule per age group")
    }

    /// A table without the protected column cannot be post-processed: the error names the column.
    func testPredictWithoutTheProtectedColumnIsBadInput() throws {
        _ = try request("eq-odds") { $0.out = "e.json" }.run(currentDirectory: folder)
        let table = try CSVReader().read(contentsOf: folder.appendingPathComponent("test.csv"))
        try CSVWriter().write(try Table(table.columnNames.filter { $0 != "age_group" }.map { try table.column($0) }),
                              to: folder.appendingPathComponent("no-age.csv"))
        XCTAssertThrowsError(try PredictRequest(model: "e.json", data: "no-age.csv").run(currentDirectory: folder)) { error in
            XCTAssertEqual((error as? RequestFailure)?.kind, .badInput)
            XCTAssertTrue("\(error)".contains("age_group"), "\(error)")
        }
    }
}
