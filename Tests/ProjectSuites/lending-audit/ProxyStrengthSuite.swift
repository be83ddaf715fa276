// Hidden suite for step `proxy-strength` of project `lending-audit`
// (projects-work/lending-audit/proxy_strength.swift). Expected values are derived by hand (arithmetic next to each
// assertion); German Credit's values come from scipy.stats.contingency.association (method "cramer", no
// correction) on the raw file (scripts/reference/project_lending_audit.py).

import XCTest
import FairKit
@testable import LearnerCode

final class ProxyStrengthSuite: XCTest::XCTestCase {
    func testPerfectAssociationAndIndependence() throws {
        // a determines b: table [[2, 0], [0, 2]], chi2 = 4 * (2 - 1)^2 / 1 = 4, V = sqrt(4 / (4 * 1)) = 1.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(["f", "f", "m", "m"], ["x", "x", "y", "y"])), 1, accuracy: 1e-12,
                               "each value of a has one value of b: V = 1")
        // table [[1, 1], [1, 1]]: observed = expected everywhere, chi2 = 0, V = 0.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(["f", "f", "m", "m"], ["x", "y", "x", "y"])), 0, accuracy: 1e-12,
                               "independent columns: V = 0")
    }

    func testAPartialAssociation() throws {
        // table [[3, 1], [1, 3]]: n = 8, every expected count 4 * 4 / 8 = 2; chi2 = 4 * (1^2 / 2) = 2;
        // V = sqrt(2 / (8 * 1)) = 0.5.
        let a = ["f", "f", "f", "f", "m", "m", "m", "m"], b = ["x", "x", "x", "y", "x", "y", "y", "y"]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(a, b)), 0.5, accuracy: 1e-12, "chi2 = 2 on 8 rows: V = sqrt(2/8) = 0.5")
    }

    func testATallerTableUsesTheSmallerSide() throws {
        // a has 3 values, b 2: min(3, 2) - 1 = 1. table rows p: [2, 0], q: [0, 2], r: [1, 1]; n = 6; column totals 3, 3.
        // expected: p, q, r rows total 2 -> 2 * 3 / 6 = 1 per cell. chi2 = (1 + 1) + (1 + 1) + (0 + 0) = 4. V = sqrt(4 / 6).
        let a = ["p", "p", "q", "q", "r", "r"], b = ["x", "x", "y", "y", "x", "y"]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(a, b)), (4.0 / 6).squareRoot(), accuracy: 1e-12, "chi2 = 4, n = 6, k = 1")
    }

    func testALargerTableDividesByTheSmallerSideMinusOne() throws {
        // 3 x 3, each value of a with one value of b: every expected count is 2 * 2 / 6 = 2/3. Observed 2 on the
        // diagonal: 3 * (2 - 2/3)^2 / (2/3) = 3 * (16/9) * (3/2) = 8; off it 0: 6 * (2/3) = 4. chi2 = 12, k = 3 - 1 = 2,
        // V = sqrt(12 / (6 * 2)) = 1 (dividing by n alone would give sqrt 2).
        let a = ["p", "p", "q", "q", "r", "r"], b = ["x", "x", "y", "y", "z", "z"]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(a, b)), 1, accuracy: 1e-12, "chi2 = 12, n = 6, k = 2: V = 1")
        // 3 x 3 with b one value off: a = p p q q r r, b = x y y z z x: each row holds two different values, each column two.
        // Every cell expected 2/3; observed 1 in six cells, 0 in three: 6 * (1/3)^2 / (2/3) + 3 * (2/3) = 1 + 2 = 3;
        // V = sqrt(3 / (6 * 2)) = 0.5.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(a, ["x", "y", "y", "z", "z", "x"])), 0.5, accuracy: 1e-12, "chi2 = 3, n = 6, k = 2")
    }

    func testUndefinedCasesGiveNil() {
        XCTest::XCTAssertNil(cramersV(["a", "b"], ["x"]), "2 values and 1 value: nil")
        XCTest::XCTAssertNil(cramersV([], []), "no rows: nil")
        XCTest::XCTAssertNil(cramersV(["a", "a", "a"], ["x", "y", "x"]), "a single value of a: min(r, c) - 1 = 0, nil")
    }

    func testStrongestProxiesRankAndSkipUndefined() {
        // vs protected [f, f, m, m]: "mirror" V = 1, "noise" V = 0, "also" V = 1 (ties with mirror: by name),
        // "constant" has one value (nil, left out).
        let protected = ["f", "f", "m", "m"]
        let features = ["noise": ["x", "y", "x", "y"], "mirror": ["1", "1", "2", "2"], "also": ["u", "u", "v", "v"],
                        "constant": ["c", "c", "c", "c"]]
        let ranked = strongestProxies(features: features, protected: protected, limit: 10)
        XCTest::XCTAssertEqual(ranked.map(\.feature), ["also", "mirror", "noise"], "by V (1, 1, 0), ties by name, the constant left out")
        XCTest::XCTAssertEqual(strongestProxies(features: features, protected: protected, limit: 1).map(\.feature), ["also"], "limit 1: the first only")
        XCTest::XCTAssertEqual(strongestProxies(features: features, protected: protected, limit: 0), [], "limit 0: none")
        // The strongest first even when its name sorts last: "zeta" (V = 1) before "alpha" (V = 0).
        XCTest::XCTAssertEqual(strongestProxies(features: ["alpha": ["x", "y", "x", "y"], "zeta": ["1", "1", "2", "2"]], protected: protected,
                                                limit: 2).map(\.feature), ["zeta", "alpha"], "by V first, names only on a tie")
        // Equivalent mutants: `>=` for `>` and `<=` for `<` in the ranking (it compares V only when they differ, names
        // only when distinct); (observed + expected) for one (observed - expected) in chi2 (the sum is then
        // sum o^2/e - n, the same as sum (o - e)^2/e, because observed and expected counts both total n).
    }

    func testGermanCreditHousingStandsInForAge() throws {
        // scipy on german.data, V against age group: housing 0.309647 (the strongest), personal_status 0.292766;
        // against sex: personal_status 1 (it encodes sex), housing 0.232282.
        let german = try Dataset.germanCredit()
        func values(_ name: String) throws -> [String] {
            let column = try german.table.column(name)
            return (0..<german.table.rowCount).map { column[$0].text ?? "" }
        }
        let age = try values("age_group"), sex = try values("sex")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(try values("housing"), age)), 0.3096474451214705, accuracy: 1e-9,
                               "German Credit: V(housing, age group), scipy")
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(cramersV(try values("personal_status"), sex)), 1, accuracy: 1e-9,
                               "German Credit: personal status determines sex, V = 1")
        let features = try Dictionary(uniqueKeysWithValues: ["housing", "personal_status", "purpose", "telephone"].map { ($0, try values($0)) })
        XCTest::XCTAssertEqual(strongestProxies(features: features, protected: age, limit: 1).first?.feature, "housing",
                               "German Credit: housing is the strongest stand-in for age of these four")
    }
}
