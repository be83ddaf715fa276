import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn mitigate --method threshold-optimizer --flip / --tol T` (German Credit, the setup of
/// MitigateRequestTests).
extension MitigateRequestTests {
    /// `--tol 0.05` with demographic parity: Fairlearn 0.15's test expected accuracy 0.7619542528735632
    /// and selection rates 0.6694732461355529 (age <= 25), 0.7276967493112947 (age > 25)
    /// (scripts/reference/mitigation_threshold_optimizer_flip_tol.py). The model file keeps tol, flip
    /// and the grid rates, reloads bit for bit, and `learn predict` gives the same P(positive).
    func testThresholdOptimizerToleranceGivesFairlearnsNumbersAndAModelFile() throws {
        let result = try request("threshold-optimizer") { $0.tol = "0.05"; $0.flip = true; $0.out = "tol.json" }.run(currentDirectory: folder)
        XCTAssertEqual(try XCTUnwrap(result.mitigated.accuracy), 0.7619542528735632, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.mitigated.selectionRates["age_group=age <= 25"]), 0.6694732461355529, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.mitigated.selectionRates["age_group=age > 25"]), 0.7276967493112947, accuracy: 1e-9)
        XCTAssertTrue(result.details.contains { $0.contains("age <= 25") && $0.contains("grid rate 0.697") }, "\(result.details)")

        let bytes = try Data(contentsOf: folder.appendingPathComponent("tol.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        let mitigation = try XCTUnwrap(json["mitigation"] as? [String: Any])
        XCTAssertEqual(mitigation["tol"] as? Double, 0.05)
        XCTAssertEqual(mitigation["flip"] as? Bool, true)
        XCTAssertEqual((mitigation["grid_rates"] as? [Double])?.count, 2)
        XCTAssertEqual(try MitigatedPipeline(modelFileData: bytes).modelFileData(), bytes)
        let predicted = try PredictRequest(model: "tol.json", data: "test.csv").run(currentDirectory: folder)
        XCTAssertEqual(predicted.scores.reduce(0, +) / 300, 0.7164402053639847, accuracy: 1e-9, "Fairlearn's test mean P(positive)")
    }

    func testThresholdOptimizerOptionsAreCheckedAsUsage() {
        func failure(_ request: MitigateRequest) -> RequestFailure? {
            do { _ = try request.run(currentDirectory: folder); return nil } catch { return error as? RequestFailure }
        }
        XCTAssertEqual(failure(request("threshold-optimizer") { $0.tol = "-0.1" })?.description,
                       "--tol: -0.1 is below 0; give a number >= 0, such as 0.05")
        XCTAssertEqual(failure(request("threshold-optimizer") { $0.tol = "loose" })?.kind, .usage)
        XCTAssertEqual(failure(request("threshold-optimizer") { $0.tol = "0.05"; $0.constraint = "equalized_odds" })?.description,
                       "--tol: relaxes a single-rate constraint only (as Fairlearn's tol), not equalized_odds")
        XCTAssertEqual(failure(request("eq-odds") { $0.flip = true })?.kind, .usage)
        XCTAssertEqual(failure(request("exponentiated-gradient") { $0.tol = "0.05" })?.kind, .usage)
    }
}
