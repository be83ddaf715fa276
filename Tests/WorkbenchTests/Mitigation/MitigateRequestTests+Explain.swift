import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn explain` on `learn mitigate --out` files (the German setup of MitigateRequestTests).
extension MitigateRequestTests {
    /// Exponentiated gradient's file: the explained output of a row is the model's P(positive),
    /// the value `learn predict` scores, and the Shapley values add up to it from the base value
    /// (efficiency). The explanation says the model is randomised.
    func testExplainReadsAMitigatedPipeline() throws {
        _ = try request("exponentiated-gradient") { $0.constraint = "equalized_odds"; $0.out = "eg.json" }.run(currentDirectory: folder)
        let predicted = try PredictRequest(model: "eg.json", data: "test.csv").run(currentDirectory: folder)
        let result = try ExplainRequest(model: "eg.json", data: "test.csv", rows: "0,1", method: "kernel-shap", backgroundRows: "10", samples: "200",
                                        output: "probability").run(currentDirectory: folder)
        XCTAssertEqual(result.rows.count, 2)
        for case .shapley(let row, _, _, _) in result.rows {
            XCTAssertEqual(row.output, predicted.scores[row.index], accuracy: 1e-12, "the explained output is predict's P(positive)")
            XCTAssertEqual(row.baseValue + row.attributions.reduce(0, +), row.output, accuracy: 1e-9)
        }
        XCTAssertTrue(result.warnings.contains { $0.contains("randomised") }, "\(result.warnings)")
    }

    /// A post-processor reads the group beside the features: explaining it is refused, by name;
    /// tree-shap and linear-shap read a base model's structure and are refused too.
    func testExplainRefusesModelsThatReadTheGroup() throws {
        _ = try request("threshold-optimizer") { $0.out = "t.json" }.run(currentDirectory: folder)
        XCTAssertThrowsError(try ExplainRequest(model: "t.json", data: "test.csv", rows: "0").run(currentDirectory: folder)) {
            XCTAssertEqual(($0 as? RequestFailure)?.kind, .badInput)
            XCTAssertTrue("\($0)".contains("reads each row's group ('age_group')"), "\($0)")
        }
        _ = try request("adversarial-debiasing") { $0.out = "a.json" }.run(currentDirectory: folder)
        XCTAssertThrowsError(try ExplainRequest(model: "a.json", data: "test.csv", rows: "0", method: "linear-shap", output: "log-odds")
            .run(currentDirectory: folder)) { XCTAssertEqual(($0 as? RequestFailure)?.kind, .usage) }
    }
}
