import Foundation
import XCTest
@testable import FairKit

final class DifferentialFairnessTests: XCTestCase {
    func testTheDocumentedExample() throws {
        // 3 of 4 and 1 of 4 positive: smoothed (3 + 1/2)/(4 + 1) = 0.7 and (1 + 1/2)/5 = 0.3;
        // ε = max(ln 0.7 - ln 0.3, ln 0.7 - ln 0.3) = ln(7/3).
        let groups = try GroupIndex([SensitiveFeature(name: "g", values: ["a", "a", "a", "a", "b", "b", "b", "b"])])
        let epsilon = try DifferentialFairness.smoothedEpsilon(outcomes: [1, 1, 1, 0, 1, 0, 0, 0], groups: groups)
        XCTAssertEqual(epsilon.number!, log(7.0 / 3), accuracy: 1e-15)
    }

    func testUnequalNegativeRatesCanDominate() throws {
        // Rates (0 + 1/2)/(1 + 1) = 1/4 and (9 + 1/2)/(9 + 1) = 0.95:
        // positive ln(0.95/0.25) = ln 3.8, negative ln(0.75/0.05) = ln 15 -> ε = ln 15.
        let groups = try GroupIndex([SensitiveFeature(name: "g", values: ["a"] + Array(repeating: "b", count: 9))])
        let epsilon = try DifferentialFairness.smoothedEpsilon(outcomes: [0] + Array(repeating: 1, count: 9), groups: groups)
        XCTAssertEqual(epsilon.number!, log(15), accuracy: 1e-12)
    }

    func testOneGroupOrABadConcentration() throws {
        let one = try GroupIndex([SensitiveFeature(name: "g", values: ["a", "a"])])
        XCTAssertEqual(try DifferentialFairness.smoothedEpsilon(outcomes: [1, 0], groups: one).undefinedReason,
                       "differential fairness compares groups, and there is only 1")
        XCTAssertThrowsError(try DifferentialFairness.smoothedEpsilon(outcomes: [1, 0], groups: one, concentration: -1))
        let two = try GroupIndex([SensitiveFeature(name: "g", values: ["a", "b"])])
        XCTAssertFalse(try DifferentialFairness.smoothedEpsilon(outcomes: [1, 0], groups: two, concentration: 0).isDefined)
    }
}
