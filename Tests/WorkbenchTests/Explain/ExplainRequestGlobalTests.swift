import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `--method permutation-importance` and `pdp`: the model over every row of the file.
extension ExplainRequestTests {
    /// Income's grid is its 8 distinct values (fewer than 100, scikit-learn's rule), in the file's
    /// units; each row's ICE curve passes through the model's own output at the row's own income
    /// (read here from exact SHAP's f(x)), and PD is the mean of the ICE curves.
    func testPartialDependenceIsInTheFilesUnits() throws {
        let result = try explain { $0.method = "pdp" }
        XCTAssertTrue(result.rows.isEmpty)
        guard case let .dependence(column, grid, pd, rows) = try XCTUnwrap(result.global.first) else { return XCTFail("not a pdp") }
        XCTAssertEqual(column, "income")
        XCTAssertEqual(grid, ["15", "20", "25", "30", "35", "45", "50", "60"])
        XCTAssertEqual(rows, Array(0..<8))
        let exact = try explain { $0.method = "exact-shap"; $0.rows = "0-7" }
        let incomes = ["20", "30", "25", "50", "60", "35", "15", "45"]
        for case let .shapley(r, _, _, _) in exact.rows {
            let k = try XCTUnwrap(grid.firstIndex(of: incomes[r.index]))
            XCTAssertEqual(pd.individual[r.index][k], r.output, accuracy: 1e-12)
        }
        for k in grid.indices { XCTAssertEqual(pd.average[k], pd.individual.map { $0[k] }.reduce(0, +) / 8, accuracy: 1e-12) }
        XCTAssertTrue(result.text().contains("Partial dependence on income"))
        XCTAssertTrue(try result.json().contains("\"kind\" : \"pdp\""))
    }

    /// The baseline is the accuracy of P > 0.5 against the file's labels (no, yes, no, yes, yes,
    /// yes, no, no), counted from exact SHAP's outputs; one importance per source column with one
    /// drop per repeat.
    func testPermutationImportanceScoresTheFilesLabels() throws {
        let result = try explain { $0.method = "permutation-importance"; $0.samples = "3" }
        guard case let .importance(metric, baseline, repeats, rows, importances) = try XCTUnwrap(result.global.first) else {
            return XCTFail("not importance")
        }
        let exact = try explain { $0.method = "exact-shap"; $0.rows = "0-7" }
        let labels = [0, 1, 0, 1, 1, 1, 0, 0]
        var right = 0
        for case let .shapley(r, _, _, _) in exact.rows where (r.output > 0.5 ? 1 : 0) == labels[r.index] { right += 1 }
        XCTAssertEqual(metric, "accuracy")
        XCTAssertEqual(baseline, Double(right) / 8, accuracy: 1e-12)
        XCTAssertEqual(repeats, 3)
        XCTAssertEqual(rows, 8)
        XCTAssertEqual(importances.map(\.name), ["income", "job"])
        XCTAssertEqual(importances.map(\.drops.count), [3, 3])
    }

    func testGlobalOptionsAreChecked() {
        let cases: [(String, (inout ExplainRequest) -> Void)] = [
            ("--features: 'job' is a category column", { $0.method = "pdp"; $0.features = "job" }),
            ("--features: 'age' is not a feature of the model", { $0.method = "pdp"; $0.features = "age" }),
            ("--metric: 'auc' is not one of accuracy", { $0.method = "permutation-importance"; $0.metric = "auc" }),
            ("--output: permutation-importance scores predicted labels", { $0.method = "permutation-importance"; $0.output = "log-odds" }),
        ]
        for (message, change) in cases {
            XCTAssertThrowsError(try explain(change)) { error in
                XCTAssertEqual((error as? RequestFailure)?.kind, .usage, message)
                XCTAssertTrue("\(error)".hasPrefix(message), "\(error) vs \(message)")
            }
        }
    }
}
