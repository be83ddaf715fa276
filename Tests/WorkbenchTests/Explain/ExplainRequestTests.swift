import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn explain`'s request: a model trained by `TrainRequest` explained in the file's own
/// columns; wrong options are usage errors naming the option, rows outside the file bad input.
final class ExplainRequestTests: XCTestCase {
    var folder: URL!

    /// Eight applicants: income (numeric), job (categorical), approved.
    let applicants = """
        income,job,approved
        20,clerk,no
        30,nurse,yes
        25,clerk,no
        50,nurse,yes
        60,nurse,yes
        35,clerk,yes
        15,clerk,no
        45,nurse,no

        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-request-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(applicants.utf8).write(to: folder.appendingPathComponent("applicants.csv"))
        _ = try TrainRequest(data: "applicants.csv", label: "approved", positive: "yes", out: "model.json").run(currentDirectory: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func explain(_ change: (inout ExplainRequest) -> Void = { _ in }) throws -> ExplainResult {
        var request = ExplainRequest(model: "model.json", data: "applicants.csv")
        change(&request)
        return try request.run(currentDirectory: folder)
    }

    /// Two source columns (job's indicators summed back), efficiency in every row, and the same
    /// numbers from exact and Kernel SHAP (two players: Kernel SHAP enumerates every coalition).
    func testShapleyValuesAreInTheFilesOwnColumns() throws {
        let kernel = try explain { $0.rows = "0,2-3" }
        let exact = try explain { $0.rows = "0,2-3"; $0.method = "exact-shap" }
        XCTAssertEqual(kernel.rows.count, 3)
        for (a, b) in zip(kernel.rows, exact.rows) {
            guard case let .shapley(ra, ea, readable, narrative) = a, case let .shapley(rb, _, _, _) = b else { return XCTFail("not Shapley") }
            XCTAssertEqual(ea.sourceColumns, ["income", "job"])
            XCTAssertEqual(ea.playerNames, ["income", "job"])
            XCTAssertTrue(ra.isEfficient())
            for j in 0..<2 { XCTAssertEqual(ra.attributions[j], rb.attributions[j], accuracy: 1e-12) }
            XCTAssertNotNil(readable["job"])
            XCTAssertTrue(narrative.hasSuffix("not proof of what caused the outcome."))
        }
        let json = try kernel.json()
        for key in ["\"format_version\" : 1", "\"method\" : \"kernel-shap\"", "\"by_column\"", "\"efficiency_residual\"", "\"narrative\""] {
            XCTAssertTrue(json.contains(key), key)
        }
    }

    func testCounterfactualAndLimeRun() throws {
        let counterfactual = try explain { $0.method = "counterfactual"; $0.rows = "0"; $0.immutable = "job" }
        guard case let .counterfactual(result, changes) = try XCTUnwrap(counterfactual.rows.first) else { return XCTFail("not a counterfactual") }
        for option in changes { XCTAssertFalse(option.contains { $0.column == "job" }, "job is immutable") }
        XCTAssertEqual(result.options.count, changes.count)
        let lime = try explain { $0.method = "lime"; $0.top = "2"; $0.samples = "500" }
        guard case let .lime(l) = try XCTUnwrap(lime.rows.first) else { return XCTFail("not LIME") }
        XCTAssertEqual(l.terms.count, 2)
    }

    func testWrongOptionsAndRowsAreNamed() {
        let cases: [(String, FailureKind, (inout ExplainRequest) -> Void)] = [
            ("--method: 'shapley' is not one of exact-shap, kernel-shap", .usage, { $0.method = "shapley" }),
            ("--rows: '3-1' is not a list such as 0,5,9-12", .usage, { $0.rows = "3-1" }),
            ("--samples: '0' is not a whole number > 0", .usage, { $0.samples = "0" }),
            ("--output: 'odds' is not probability or log-odds", .usage, { $0.output = "odds" }),
            ("--method: tree-shap needs a decision tree model", .usage, { $0.method = "tree-shap" }),
            ("--method: linear-shap needs a logistic regression and --output log-odds", .usage, { $0.method = "linear-shap"; $0.output = "probability" }),
            ("applicants.csv: row 8 is outside the data (rows 0..7)", .badInput, { $0.rows = "8" }),
        ]
        for (message, kind, change) in cases {
            do {
                _ = try explain(change)
                XCTFail("no error for \(message)")
            } catch let error as RequestFailure {
                XCTAssertEqual(error.kind, kind, message)
                XCTAssertTrue(error.description.hasPrefix(message), "\(error.description) vs \(message)")
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    /// Linear SHAP of the logistic model in log-odds equals exact enumeration in log-odds (the
    /// model is additive there), per source column.
    func testLinearShapleyAgreesWithExactInLogOdds() throws {
        let linear = try explain { $0.method = "linear-shap"; $0.rows = "0-7" }
        let exact = try explain { $0.method = "exact-shap"; $0.rows = "0-7"; $0.output = "log-odds" }
        XCTAssertEqual(linear.space, .logOdds)
        for (a, b) in zip(linear.rows, exact.rows) {
            guard case let .shapley(ra, _, _, _) = a, case let .shapley(rb, _, _, _) = b else { return XCTFail("not Shapley") }
            for j in 0..<2 { XCTAssertEqual(ra.sourceColumnAttributions[j], rb.sourceColumnAttributions[j], accuracy: 1e-9) }
        }
    }
}

extension ExplainRequestTests {
    /// A time budget already spent leaves every row out and says which.
    func testTimeBudgetNamesTheRowsLeftOut() throws {
        let result = try explain { $0.rows = "1-2"; $0.timeBudget = "0.000000001" }
        XCTAssertTrue(result.rows.count < 2)
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertTrue(result.warnings[0].contains("raise --time-budget or lower --samples"), result.warnings[0])
        XCTAssertThrowsError(try explain { $0.timeBudget = "soon" })
    }
}
