import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn mitigate`'s request on German Credit written as CSV files (rows 0..699 to train,
/// 700..999 to compare on, label good = 1, protected age_group, sex left out): the German setup of
/// scripts/reference/mitigation_german.py, so the numbers are Fairlearn's and AIF360's.
final class MitigateRequestTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mitigate-request-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try GermanCreditFiles.write(to: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func request(_ method: String, _ change: (inout MitigateRequest) -> Void = { _ in }) -> MitigateRequest {
        var request = MitigateRequest(train: TrainRequest(data: "train.csv", label: "good", exclude: "sex", out: ""),
                                      protectedColumn: "age_group", privileged: "age > 25", method: method, test: "test.csv")
        change(&request)
        return request
    }

    /// Exponentiated gradient, demographic parity, eps 0.01: Fairlearn's test accuracy 0.75 and DP
    /// difference 0.0031347962382445305 (mitigation_exponentiated_gradient.py).
    func testExponentiatedGradientGivesFairlearnsNumbers() throws {
        let result = try request("exponentiated-gradient").run(currentDirectory: folder)
        XCTAssertEqual(result.rowCount, 300)
        XCTAssertEqual(try XCTUnwrap(result.mitigated.accuracy), 0.75, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result.mitigated.demographicParityDifference), 0.0031347962382445305, accuracy: 1e-9)
        XCTAssertLessThan(try XCTUnwrap(result.mitigated.demographicParityDifference), try XCTUnwrap(result.baseline.demographicParityDifference))
        XCTAssertTrue(result.summaryLines()[0].hasPrefix("Mitigation exponentiated-gradient on 'age_group', compared on 300 test rows"))
        XCTAssertTrue(try result.json().contains("\"model_file\" : null"))
    }

    /// Bounded group loss, ζ = 0.22: Fairlearn's test expected accuracy 0.7782666666666667
    /// (mitigation_bounded_group_loss.py); the model file's P(positive) under `learn predict`
    /// gives the same accuracy to 1e-12.
    func testBoundedGroupLossGivesFairlearnsNumbersAndAModelFile() throws {
        let result = try request("exponentiated-gradient") {
            $0.constraint = "bounded_group_loss"; $0.upperBound = "0.22"; $0.out = "bgl.json"
        }.run(currentDirectory: folder)
        XCTAssertEqual(try XCTUnwrap(result.mitigated.accuracy), 0.7782666666666667, accuracy: 1e-9)
        XCTAssertTrue(result.details[0].hasPrefix("Exponentiated gradient (bounded_group_loss, upper bound 0.22, eps 0.01): 6 iterations, 23 fits"))
        let predicted = try PredictRequest(model: "bgl.json", data: "test.csv").run(currentDirectory: folder)
        let labels = try XCTUnwrap(try CSVReader().read(contentsOf: folder.appendingPathComponent("test.csv")).column("good").numbers)
        let expected = zip(labels, predicted.scores).map { $0 == 1 ? $1 : 1 - $1 }.reduce(0, +) / 300
        XCTAssertEqual(expected, try XCTUnwrap(result.mitigated.accuracy), accuracy: 1e-12)
    }

    /// The prejudice remover (η = 1) on the same rows as PrejudiceRemoverTests: its P(positive) on
    /// the test rows gives the labels of the exact minimum of kamfadm's objective, whose accuracy
    /// is 0.7333333333333333 (mitigation_prejudice_remover.py); the detail line reports the
    /// objective, 304.5410 there.
    func testPrejudiceRemoverReachesTheReferenceMinimum() throws {
        let result = try request("prejudice-remover") { $0.eta = "1" }.run(currentDirectory: folder)
        XCTAssertTrue(result.details[0].hasPrefix("Prejudice remover (eta 1, C 1): objective 304.5410"), result.details[0])
        XCTAssertThrowsError(try request("grid-search") { $0.eta = "1" }.run(currentDirectory: folder))
        XCTAssertThrowsError(try request("prejudice-remover") { $0.privileged = nil }.run(currentDirectory: folder))
    }

    /// Reweighing writes an ordinary model file; its weights are AIF360's on the training rows'
    /// counts; each post-processor runs and says what it did.
    func testEveryMethodRunsAndReweighingWritesAModelFile() throws {
        let reweighed = try request("reweighing") { $0.out = "reweighed.model.json" }.run(currentDirectory: folder)
        XCTAssertNotNil(reweighed.modelFile)
        XCTAssertNoThrow(try Pipeline(contentsOf: folder.appendingPathComponent("reweighed.model.json")))
        XCTAssertEqual(reweighed.details.count, 4)
        // AIF360's reject-option threshold and margin on these training rows (mitigation_reject_option.py).
        XCTAssertTrue(try request("reject-option").run(currentDirectory: folder).details[0]
            .hasPrefix("Threshold 0.6435, margin 0.0509: statistical parity difference"))
        XCTAssertTrue(try request("threshold-optimizer").run(currentDirectory: folder).details.contains {
            $0.hasPrefix("age > 25: score > ")
        })
        for method in ["grid-search", "threshold-optimizer", "eq-odds", "calibrated-eq-odds", "reject-option"] {
            let result = try request(method).run(currentDirectory: folder)
            XCTAssertFalse(result.details.isEmpty, method)
            XCTAssertNotNil(result.mitigated.accuracy, method)
        }
    }

    func testBadOptionsAreUsageErrorsAndBadDataIsBadInput() {
        func failure(_ request: MitigateRequest) -> RequestFailure? {
            do { _ = try request.run(currentDirectory: folder); return nil } catch { return error as? RequestFailure }
        }
        XCTAssertEqual(failure(request("magic"))?.kind, .usage)
        XCTAssertEqual(failure(request("exponentiated-gradient") { $0.constraint = "fairness" })?.description,
                       "--constraint: 'fairness' is not one of demographic_parity, equalized_odds, true_positive_rate_parity, "
                       + "false_positive_rate_parity, error_rate_parity, bounded_group_loss")
        XCTAssertEqual(failure(request("exponentiated-gradient") { $0.constraint = "bounded_group_loss" })?.kind, .usage, "needs --upper-bound")
        XCTAssertEqual(failure(request("grid-search") { $0.constraint = "bounded_group_loss"; $0.upperBound = "0.2" })?.kind, .usage)
        XCTAssertEqual(failure(request("exponentiated-gradient") { $0.upperBound = "0.2" })?.kind, .usage, "only with bounded_group_loss")
        XCTAssertEqual(failure(request("threshold-optimizer") { $0.upperBound = "0.2" })?.kind, .usage, "not silently ignored")
        XCTAssertEqual(failure(request("eq-odds") { $0.privileged = nil })?.kind, .usage)
        XCTAssertEqual(failure(request("reweighing") { $0.protectedColumn = "foreign_worker"; $0.train.exclude = "sex,age_group" })?.kind,
                       nil, "a boolean protected column with two values works")
    }
}
