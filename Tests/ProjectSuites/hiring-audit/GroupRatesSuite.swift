// Hidden suite for step `group-rates` of project `hiring-audit` (projects-work/hiring-audit/group_rates.swift).
// Expected values are derived by hand (arithmetic next to each assertion); Adult's counts come from pandas on the raw
// files (scripts/reference/project_hiring_audit.py).

import XCTest
import FairKit
@testable import LearnerCode

final class GroupRatesSuite: XCTest::XCTestCase {
    /// Adult, loaded once for both tests that read it (each load takes a few tenths of a second of the 10 s limit).
    private static let adult = Result { try Dataset.adult() }

    func testRatesPerGroup() throws {
        // a: [1, 0, 1, 1] -> 3 of 4 = 0.75; b: [0, 1] -> 1 of 2 = 0.5.
        let rates = try XCTest::XCTUnwrap(advancementRates(decisions: [1, 0, 1, 1, 0, 1], groups: ["a", "a", "a", "a", "b", "b"]), "valid input")
        XCTest::XCTAssertEqual(rates["a"], GroupRate(rows: 4, advanced: 3, rate: 0.75), "a: 3 of 4 advanced")
        XCTest::XCTAssertEqual(rates["b"], GroupRate(rows: 2, advanced: 1, rate: 0.5), "b: 1 of 2 advanced")
        XCTest::XCTAssertEqual(rates.count, 2, "one entry per group")
    }

    func testInvalidInputGivesNil() {
        XCTest::XCTAssertNil(advancementRates(decisions: [1], groups: ["a", "b"]), "1 decision, 2 groups: nil")
        XCTest::XCTAssertNil(advancementRates(decisions: [2], groups: ["a"]), "decision 2 is not 0 or 1: nil")
        XCTest::XCTAssertEqual(advancementRates(decisions: [], groups: [])?.count, 0, "no candidates: no groups (not nil)")
    }

    func testDisparitiesAgainstTheReference() throws {
        // reference m: 0.6; f: 0.3 -> ratio 0.5, difference -0.3; x: 0.9 -> ratio 1.5, difference 0.3.
        let rates = ["m": GroupRate(rows: 10, advanced: 6, rate: 0.6), "f": GroupRate(rows: 10, advanced: 3, rate: 0.3),
                     "x": GroupRate(rows: 10, advanced: 9, rate: 0.9)]
        let d = try XCTest::XCTUnwrap(disparities(rates, reference: "m"), "m is a group")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["f"]?.ratio), 0.5, accuracy: 1e-12, "f: 0.3 / 0.6")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["f"]?.difference), -0.3, accuracy: 1e-12, "f: 0.3 - 0.6")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["x"]?.ratio), 1.5, accuracy: 1e-12, "x: 0.9 / 0.6, above the reference")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["m"]?.ratio), 1, accuracy: 1e-12, "the reference against itself: 1")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["m"]?.difference), 0, accuracy: 1e-12, "the reference against itself: 0")
    }

    func testAZeroReferenceRateHasNoRatio() throws {
        let rates = ["m": GroupRate(rows: 4, advanced: 0, rate: 0), "f": GroupRate(rows: 4, advanced: 1, rate: 0.25)]
        let d = try XCTest::XCTUnwrap(disparities(rates, reference: "m"), "m is a group")
        XCTest::XCTAssertNil(d["f"]?.ratio, "0.25 / 0 has no value: nil")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["f"]?.difference), 0.25, accuracy: 1e-12, "the difference still exists: 0.25 - 0")
    }

    func testAnAbsentReferenceGivesNil() {
        XCTest::XCTAssertNil(disparities(["f": GroupRate(rows: 1, advanced: 1, rate: 1)], reference: "m"), "no group m: nil")
        // Equivalent mutants: the default (0, 0) of the second counting line, never used (the first line has created the entry).
    }

    func testAdultBySex() throws {
        // pandas on adult.data + adult.test: Female 1,769 of 16,192 advanced (>50K), Male 9,918 of 32,650.
        // ratio (1769/16192) / (9918/32650) = 0.359655.
        let adult = try Self.adult.get()
        let sex = try adult.table.column("sex")
        let rates = try XCTest::XCTUnwrap(advancementRates(decisions: adult.labels, groups: (0..<adult.table.rowCount).map { sex[$0].text ?? "" }),
                                          "Adult: valid decisions")
        XCTest::XCTAssertEqual(rates["Female"], GroupRate(rows: 16192, advanced: 1769, rate: 1769.0 / 16192), "Adult: women")
        let d = try XCTest::XCTUnwrap(disparities(rates, reference: "Male"), "Adult has men")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["Female"]?.ratio), (1769.0 / 16192) / (9918.0 / 32650), accuracy: 1e-12, "Adult: women's impact ratio")
    }

    func testAdultByRace() throws {
        // pandas: Black 566 of 4,685; White 10,607 of 41,762; difference 566/4685 - 10607/41762 = -0.133176.
        let adult = try Self.adult.get()
        let race = try adult.table.column("race")
        let rates = try XCTest::XCTUnwrap(advancementRates(decisions: adult.labels, groups: (0..<adult.table.rowCount).map { race[$0].text ?? "" }),
                                          "Adult: valid decisions")
        XCTest::XCTAssertEqual(rates.count, 5, "Adult records five races")
        let d = try XCTest::XCTUnwrap(disparities(rates, reference: "White"), "Adult has White candidates")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(d["Black"]?.difference), 566.0 / 4685 - 10607.0 / 41762, accuracy: 1e-12, "Adult: Black vs White")
    }
}
