import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `--level-order`: a monotone category column moves only up (or down) the order given, and
/// orders that do not fit are usage errors naming the column.
extension ExplainRequestTests {
    func testLevelOrdersAreRead() {
        XCTAssertEqual(ExplainRequest.levelOrders("savings = none|low | high; job=clerk|nurse"),
                       ["savings": ["none", "low", "high"], "job": ["clerk", "nurse"]])
        XCTAssertEqual(ExplainRequest.levelOrders("employment=... < 1 year|1 <= ... < 4 years"),
                       ["employment": ["... < 1 year", "1 <= ... < 4 years"]], "'<' and '=' inside a level are the level's")
        for malformed in ["job", "job=", "job=clerk||nurse", "=clerk|nurse", "job=a|b;job=b|a", ""] {
            XCTAssertNil(ExplainRequest.levelOrders(malformed), malformed)
        }
    }

    /// Row 0 is a clerk with income 20 (income kept fixed, so only job may change). Job's only
    /// other level is nurse: with clerk < nurse, increase-only allows exactly what a free job
    /// allows; with nurse < clerk, it allows nothing.
    func testAnIncreaseOnlyCategoryMovesUpItsOrder() throws {
        func options(_ change: @escaping (inout ExplainRequest) -> Void) throws -> [[Counterfactual.Change]] {
            let result = try explain { $0.method = "counterfactual"; $0.immutable = "income"; change(&$0) }
            guard case let .counterfactual(_, changes) = try XCTUnwrap(result.rows.first) else { throw XCTSkip("not a counterfactual") }
            return changes
        }
        let free = try options { _ in }
        XCTAssertEqual(try options { $0.increaseOnly = "job"; $0.levelOrder = "job=clerk|nurse" }, free)
        XCTAssertEqual(try options { $0.increaseOnly = "job"; $0.levelOrder = "job=nurse|clerk" }, [])
        XCTAssertEqual(try options { $0.decreaseOnly = "job"; $0.levelOrder = "job=nurse|clerk" }, free)
    }

    func testOrdersThatDoNotFitAreUsageErrors() {
        let constraints = "--immutable/--increase-only/--decrease-only/--level-order: "
        let cases: [(String, String, (inout ExplainRequest) -> Void)] = [
            ("--level-order: 'job' is not COLUMN=LEVEL|LEVEL|...", "lowest first", { $0.levelOrder = "job" }),
            (constraints + "increase-only job = a category without an order", "give the order of its levels, lowest first (clerk, nurse)",
             { $0.increaseOnly = "job" }),
            (constraints + "level order of job = 'doctor'", "not a level of job; its levels are clerk, nurse",
             { $0.increaseOnly = "job"; $0.levelOrder = "job=clerk|doctor|nurse" }),
            (constraints + "level order of job = 'clerk'", "'clerk' is named twice",
             { $0.increaseOnly = "job"; $0.levelOrder = "job=clerk|nurse|clerk" }),
            (constraints + "level order of job = 'nurse'", "every level of job", { $0.increaseOnly = "job"; $0.levelOrder = "job=clerk" }),
            (constraints + "level order of job = given", "mark it increase-only or decrease-only", { $0.levelOrder = "job=clerk|nurse" }),
        ]
        for (message, detail, change) in cases {
            do {
                _ = try explain { $0.method = "counterfactual"; change(&$0) }
                XCTFail("no error for \(message)")
            } catch let error as RequestFailure {
                XCTAssertEqual(error.kind, .usage, message)
                XCTAssertTrue(error.description.hasPrefix(message) && error.description.contains(detail), "\(error.description) vs \(message)")
            } catch {
                XCTFail("\(error)")
            }
        }
    }
}
