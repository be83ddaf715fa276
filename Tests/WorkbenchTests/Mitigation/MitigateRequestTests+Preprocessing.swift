import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn mitigate --method di-remover|correlation-remover` on the German setup of
/// MitigateRequestTests.
extension MitigateRequestTests {
    /// Repair level 0 moves no value (position p + round((p_target − p) · 0) = p) and alpha 0
    /// leaves the features as they are (X' = 0·(...) + 1·X), so the refitted model is the base
    /// model and both comparisons equal the baseline.
    func testZeroRepairAndZeroAlphaGiveTheBaseline() throws {
        for (method, change) in [("di-remover", { (r: inout MitigateRequest) in r.repairLevel = "0" }),
                                 ("correlation-remover", { (r: inout MitigateRequest) in r.alpha = "0" })] {
            let result = try request(method, change).run(currentDirectory: folder)
            XCTAssertEqual(result.mitigated.accuracy, result.baseline.accuracy, method)
            XCTAssertEqual(result.mitigated.selectionRates, result.baseline.selectionRates, method)
        }
    }

    /// The CLI's correlation-remover run is Fairlearn's CorrelationRemover plus scikit-learn's
    /// refit (mitigation_correlation_remover_cli.py), scored on its decisions at P > 0.5: test
    /// accuracy 0.7533333333333333 (226 of 300) and DP difference 0.01895126816756909 at alpha 1,
    /// 0.7466666666666667 (224 of 300) and 0.03690510116842405 at 0.5.
    func testCorrelationRemoverRunIsFairlearns() throws {
        for (alpha, accuracy, difference) in [("1", 0.7533333333333333, 0.01895126816756909), ("0.5", 0.7466666666666667, 0.03690510116842405)] {
            let result = try request("correlation-remover") { $0.alpha = alpha }.run(currentDirectory: folder)
            XCTAssertEqual(try XCTUnwrap(result.mitigated.accuracy), accuracy, accuracy: 1e-9, alpha)
            XCTAssertEqual(try XCTUnwrap(result.mitigated.demographicParityDifference), difference, accuracy: 1e-9, alpha)
        }
    }

    /// A full repair changes rows and says so per column; the options are checked.
    func testFullRepairReportsColumnsAndOptionsAreChecked() throws {
        let repaired = try request("di-remover").run(currentDirectory: folder)
        XCTAssertEqual(repaired.details.first, "Repair level 1.0.")
        XCTAssertEqual(repaired.details.count, 1 + 7, "German Credit's 7 numeric columns, one line each")
        XCTAssertTrue(repaired.details.contains { $0.hasPrefix("age:") && !$0.contains(" 0 training rows changed") }, "\(repaired.details)")
        let decorrelated = try request("correlation-remover").run(currentDirectory: folder)
        XCTAssertNotEqual(decorrelated.mitigated.selectionRates, decorrelated.baseline.selectionRates)
        func failure(_ request: MitigateRequest) -> RequestFailure? {
            do { _ = try request.run(currentDirectory: folder); return nil } catch { return error as? RequestFailure }
        }
        XCTAssertEqual(failure(request("di-remover") { $0.repairLevel = "2" })?.kind, .usage)
        XCTAssertEqual(failure(request("correlation-remover") { $0.repairLevel = "0.5" })?.kind, .usage)
        XCTAssertEqual(failure(request("di-remover") { $0.out = "x.json" })?.kind, .usage)
    }
}
