// Hidden suite for step `potential-impact` of project `hiring-audit` (projects-work/hiring-audit/potential_impact.swift).
// Expected values are derived by hand (arithmetic next to each assertion); Adult's counts come from pandas on the raw
// files (scripts/reference/project_hiring_audit.py).
// Mutants (`learn verify --mutants hiring-audit/potential-impact`): 12 of 13 killed. The survivor turns `<` into
// `<=` between (−shortfall, name) pairs; names are unique, so no two pairs are equal and the order cannot change.

import XCTest
import FairKit
@testable import LearnerCode

final class PotentialImpactSuite: XCTest::XCTestCase {
    func testShortfallIsTheMissingAdvancements() throws {
        // reference m at 0.5; f at 0.3 with 200 rows: (0.5 - 0.3) * 200 = 40 more would have been advanced.
        let impacts = try XCTest::XCTUnwrap(potentialImpact(rows: ["m": 100, "f": 200], rates: ["m": 0.5, "f": 0.3], reference: "m", threshold: 0.8),
                                            "valid input")
        XCTest::XCTAssertEqual(impacts.map(\.group), ["f"], "every group but the reference")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impacts.first).shortfall, 40, accuracy: 1e-9, "(0.5 - 0.3) * 200")
        XCTest::XCTAssertEqual(impacts.first?.belowThreshold, true, "0.3 / 0.5 = 0.6 < 0.8")
    }

    func testAGroupDoingBetterHasNoShortfall() throws {
        // x at 0.6 against 0.5: (0.5 - 0.6) * 10 = -1, floored at 0; ratio 1.2 is not below 0.8.
        let impacts = try XCTest::XCTUnwrap(potentialImpact(rows: ["m": 10, "x": 10], rates: ["m": 0.5, "x": 0.6], reference: "m", threshold: 0.8),
                                            "valid input")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impacts.first).shortfall, 0, accuracy: 1e-12, "a group above the reference misses nothing")
        XCTest::XCTAssertEqual(impacts.first?.belowThreshold, false, "0.6 / 0.5 = 1.2")
    }

    func testTheThresholdIsStrict() throws {
        // 0.4 / 0.5 = 0.8 exactly: not below 0.8. Shortfall (0.5 - 0.4) * 10 = 1.
        let impacts = try XCTest::XCTUnwrap(potentialImpact(rows: ["m": 10, "g": 10], rates: ["m": 0.5, "g": 0.4], reference: "m", threshold: 0.8),
                                            "valid input")
        XCTest::XCTAssertEqual(impacts.first?.belowThreshold, false, "a ratio of exactly 0.8 is not below 0.8")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impacts.first).shortfall, 1, accuracy: 1e-9, "(0.5 - 0.4) * 10")
    }

    func testLargestShortfallFirstThenByName() throws {
        // reference 0.5. a: (0.5-0.4)*10 = 1; b: (0.5-0.25)*20 = 5; c: (0.5-0.3)*25 = 5; d: 0.
        let impacts = try XCTest::XCTUnwrap(potentialImpact(rows: ["r": 1, "a": 10, "b": 20, "c": 25, "d": 5],
                                                            rates: ["r": 0.5, "a": 0.4, "b": 0.25, "c": 0.3, "d": 0.9], reference: "r", threshold: 0.8),
                                            "valid input")
        XCTest::XCTAssertEqual(impacts.map(\.group), ["b", "c", "a", "d"], "5, 5 (by name), 1, 0")
    }

    func testMissingPiecesGiveNil() {
        XCTest::XCTAssertNil(potentialImpact(rows: ["f": 1], rates: ["f": 0.1], reference: "m", threshold: 0.8), "no reference rate: nil")
        XCTest::XCTAssertNil(potentialImpact(rows: ["m": 1], rates: ["m": 0.5, "f": 0.1], reference: "m", threshold: 0.8), "f has no row count: nil")
    }

    func testAZeroReferenceRateFlagsNoOne() throws {
        let impacts = try XCTest::XCTUnwrap(potentialImpact(rows: ["m": 5, "f": 5], rates: ["m": 0, "f": 0], reference: "m", threshold: 0.8),
                                            "valid input")
        XCTest::XCTAssertEqual(impacts.first?.belowThreshold, false, "no ratio exists when the reference rate is 0: not flagged")
        // Equivalent mutants: `base >= 0` for `base > 0` (rate / 0 is infinite or NaN, never below a threshold); `>=` and
        // `<=` in the ordering, which compares shortfalls only when they differ and names only when distinct.
    }

    func testAdultWomenAgainstMen() throws {
        // pandas on Adult: Male 9,918 of 32,650, Female 1,769 of 16,192 advanced. Shortfall of women:
        // (9918/32650 - 1769/16192) * 16192 = 3149.599: about 3,150 more women would have been advanced at men's rate.
        let adult = try Dataset.adult()
        let sex = try adult.table.column("sex")
        var rows: [String: Int] = [:], advanced: [String: Int] = [:]
        for row in 0..<adult.table.rowCount {
            let group = sex[row].text ?? ""
            rows[group, default: 0] += 1
            advanced[group, default: 0] += adult.labels[row]
        }
        let rates = rows.mapValues { _ in 0.0 }.merging(rows.map { ($0.key, Double(advanced[$0.key] ?? 0) / Double($0.value)) }) { $1 }
        let impacts = try XCTest::XCTUnwrap(potentialImpact(rows: rows, rates: rates, reference: "Male", threshold: 0.8), "Adult: valid input")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impacts.first { $0.group == "Female" }).shortfall,
                               (9918.0 / 32650 - 1769.0 / 16192) * 16192, accuracy: 1e-6, "Adult: (9918/32650 - 1769/16192) * 16192")
    }
}
