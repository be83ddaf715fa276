// Hidden suite for exercise `standardized-gap` (exercises/02-where-bias-comes-from/05_standardized_gap.swift).
// Expected values are derived by hand (arithmetic next to each assertion) and, for Berkeley's 1973
// admissions (Bickel, Hammel & O'Connell, Science 1975; R's UCBAdmissions), from the published counts by
// formula in scripts/reference/content_where_bias_comes_from.py.

import XCTest
@testable import LearnerCode

final class StandardizedGapSuite: XCTest::XCTestCase {
    func testPooledGapIsGroupRateMinusReferenceRate() {
        // w: 3 of 4 admitted = 0.75; m: 1 of 2 = 0.5. Gap w - m = 0.25 (m - w would be -0.25).
        assertValue(pooledGap(outcomes: [1, 1, 0, 1, 1, 0], groups: ["w", "w", "w", "w", "m", "m"], group: "w", reference: "m"),
                    equals: 0.25, "pooled gap = rate of w (3/4) - rate of m (1/2)")
    }

    func testBerkeleyPooledGapFavoursMenButDepartmentsDoNot() {
        // Published counts (applied, admitted) per department, men then women:
        // A 825/512 108/89, B 560/353 25/17, C 325/120 593/202, D 417/138 375/131, E 191/53 393/94, F 373/22 341/24.
        // Pooled: women 557/1835 = 0.303542, men 1198/2691 = 0.445188; gap women - men = -0.141645.
        // Standardized: Σ (n_d / 4526) · (women_d - men_d) = 0.042637 (women ahead by 4 points).
        let data = Berkeley.rows()
        assertValue(pooledGap(outcomes: data.outcomes, groups: data.groups, group: "women", reference: "men"),
                    equals: 557.0 / 1835 - 1198.0 / 2691, "Berkeley pooled gap women - men: 557/1835 - 1198/2691 = -14.2 points")
        assertValue(standardizedGap(outcomes: data.outcomes, groups: data.groups, strata: data.departments,
                                    group: "women", reference: "men"),
                    equals: 0.042636797771302914,
                    "Berkeley standardized gap women - men, department gaps weighted by department size: +4.3 points")
    }

    func testStrataAreWeightedByTheirSizeNotEqually() {
        // Stratum s1: 8 rows. g: 4 rows, 3 admitted (0.75); r: 4 rows, 1 admitted (0.25). Gap +0.5.
        // Stratum s2: 2 rows. g: 1 row, 0 admitted (0); r: 1 row, 1 admitted (1). Gap -1.
        // Weighted: (8 · 0.5 + 2 · (-1)) / 10 = (4 - 2) / 10 = 0.2. (An unweighted mean gives -0.25;
        // weighting by one group's rows gives (4 · 0.5 + 1 · (-1)) / 5 = 0.2 too, so s2's weight differs below.)
        var outcomes = [1, 1, 1, 0, 1, 0, 0, 0]
        var groups = ["g", "g", "g", "g", "r", "r", "r", "r"]
        var strata = Array(repeating: "s1", count: 8)
        outcomes += [0, 1]; groups += ["g", "r"]; strata += ["s2", "s2"]
        assertValue(standardizedGap(outcomes: outcomes, groups: groups, strata: strata, group: "g", reference: "r"),
                    equals: 0.2, "strata gaps +0.5 (8 rows) and -1 (2 rows): (8·0.5 + 2·(-1)) / 10 = 0.2")
        // Now s2 has 1 g row and 3 r rows (all r admitted, g not): gap 0 - 1 = -1, weight 4.
        // (8 · 0.5 + 4 · (-1)) / 12 = 0. Weighting by g's rows instead: (4 · 0.5 + 1 · (-1)) / 5 = 0.2.
        outcomes += [1, 1]; groups += ["r", "r"]; strata += ["s2", "s2"]
        assertValue(standardizedGap(outcomes: outcomes, groups: groups, strata: strata, group: "g", reference: "r"),
                    equals: 0, "strata gaps +0.5 (8 rows) and -1 (4 rows): (4 - 4) / 12 = 0; weigh by all rows of a stratum")
    }

    func testAStratumWithoutBothGroupsIsLeftOut() {
        // s1: g 1 of 2 (0.5), r 0 of 2 (0): gap +0.5, 4 rows. s2 holds only r (3 rows): no gap, no weight.
        // Standardized = 4 · 0.5 / 4 = 0.5. (Counting s2's 3 rows in the denominator gives 2/7 = 0.286.)
        let outcomes = [1, 0, 0, 0, 1, 1, 1]
        let groups = ["g", "g", "r", "r", "r", "r", "r"]
        let strata = ["s1", "s1", "s1", "s1", "s2", "s2", "s2"]
        assertValue(standardizedGap(outcomes: outcomes, groups: groups, strata: strata, group: "g", reference: "r"),
                    equals: 0.5, "only s1 holds both groups: its gap 0.5 with all the weight")
        XCTest::XCTAssertNil(standardizedGap(outcomes: [1, 0], groups: ["g", "r"], strata: ["s1", "s2"], group: "g", reference: "r"),
                             "g only in s1 and r only in s2: no stratum holds both, nil")
    }

    func testOneStratumGivesThePooledGapAndTiesGiveZero() {
        // One stratum: its weight is 1, so standardized = pooled = 2/3 - 1/3 = 1/3.
        let outcomes = [1, 1, 0, 1, 0, 0]
        let groups = ["g", "g", "g", "r", "r", "r"]
        let strata = Array(repeating: "only", count: 6)
        assertValue(standardizedGap(outcomes: outcomes, groups: groups, strata: strata, group: "g", reference: "r"),
                    equals: 1.0 / 3, "a single stratum: standardized gap = pooled gap = 2/3 - 1/3")
        // Equal rates in every stratum: each gap 0, standardized 0.
        assertValue(standardizedGap(outcomes: [1, 1, 0, 0], groups: ["g", "r", "g", "r"], strata: ["a", "a", "b", "b"],
                                    group: "g", reference: "r"),
                    equals: 0, "each stratum has equal rates (1 vs 1, 0 vs 0): gap 0")
    }

    func testMissingGroupsAndBadLengthsGiveNil() {
        XCTest::XCTAssertNil(pooledGap(outcomes: [1, 0], groups: ["g", "g"], group: "g", reference: "r"),
                             "reference r has no rows: its rate is undefined, so is the gap")
        XCTest::XCTAssertNil(pooledGap(outcomes: [1], groups: ["g", "r"], group: "g", reference: "r"), "1 outcome, 2 groups: nil")
        XCTest::XCTAssertNil(pooledGap(outcomes: [], groups: [], group: "g", reference: "r"), "no rows: nil")
        XCTest::XCTAssertNil(standardizedGap(outcomes: [1, 0], groups: ["g", "r"], strata: ["s"], group: "g", reference: "r"),
                             "2 rows but 1 stratum label: nil")
        assertValue(pooledGap(outcomes: [0, 1], groups: ["g", "r"], group: "g", reference: "r"), equals: -1,
                    "one row each: 0/1 - 1/1 = -1")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-12, message, line: line)
    }
}

/// Berkeley's 1973 graduate admissions in the six largest departments, one row per applicant.
private enum Berkeley {
    /// department: (men applied, men admitted, women applied, women admitted)
    static let counts: [(String, Int, Int, Int, Int)] = [
        ("A", 825, 512, 108, 89), ("B", 560, 353, 25, 17), ("C", 325, 120, 593, 202),
        ("D", 417, 138, 375, 131), ("E", 191, 53, 393, 94), ("F", 373, 22, 341, 24),
    ]

    static func rows() -> (outcomes: [Int], groups: [String], departments: [String]) {
        var outcomes: [Int] = [], groups: [String] = [], departments: [String] = []
        for (department, menApplied, menAdmitted, womenApplied, womenAdmitted) in counts {
            for (group, applied, admitted) in [("men", menApplied, menAdmitted), ("women", womenApplied, womenAdmitted)] {
                outcomes += Array(repeating: 1, count: admitted) + Array(repeating: 0, count: applied - admitted)
                groups += Array(repeating: group, count: applied)
                departments += Array(repeating: department, count: applied)
            }
        }
        return (outcomes, groups, departments)
    }
}
