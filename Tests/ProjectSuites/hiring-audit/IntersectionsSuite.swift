// Hidden suite for step `intersections` of project `hiring-audit` (projects-work/hiring-audit/intersections.swift).
// Expected values are derived by hand (arithmetic next to each assertion); Adult's counts come from pandas on the raw
// files (scripts/reference/project_hiring_audit.py).
// Mutants (`learn verify --mutants hiring-audit/intersections`): 34 of 37 killed. The three survivors turn `<` into
// `<=` between (rate, name) pairs; names are unique, so no two pairs are equal and the order cannot change.

import XCTest
import FairKit
@testable import LearnerCode

final class IntersectionsSuite: XCTest::XCTestCase {
    func testSubgroupsAreNamedAndSortedByRate() throws {
        // F & x: [1, 0] -> 0.5; F & y: [0] -> 0; M & x: [1, 1, 1] -> 1. Lowest first: F & y, F & x, M & x.
        let cells = try XCTest::XCTUnwrap(subgroupRates(decisions: [1, 0, 0, 1, 1, 1], first: ["F", "F", "F", "M", "M", "M"],
                                                        second: ["x", "x", "y", "x", "x", "x"], minimumRows: 1), "valid input")
        XCTest::XCTAssertEqual(cells.map(\.group), ["F & y", "F & x", "M & x"], "\"first & second\", lowest rate first")
        XCTest::XCTAssertEqual(cells.map(\.rows), [1, 2, 3], "rows per subgroup")
        XCTest::XCTAssertEqual(cells.map(\.rate), [0, 0.5, 1], "rates: 0/1, 1/2, 3/3")
    }

    func testSmallSubgroupsAreMarked() throws {
        // minimum 2 rows: F & y (1 row) is small, the others are not.
        let cells = try XCTest::XCTUnwrap(subgroupRates(decisions: [1, 0, 0, 1, 1], first: ["F", "F", "F", "M", "M"],
                                                        second: ["x", "x", "y", "x", "x"], minimumRows: 2), "valid input")
        XCTest::XCTAssertEqual(cells.filter(\.small).map(\.group), ["F & y"], "only the one-row subgroup is below 2 rows")
    }

    func testEqualRatesSortByName() throws {
        let cells = try XCTest::XCTUnwrap(subgroupRates(decisions: [1, 1], first: ["b", "a"], second: ["z", "z"], minimumRows: 1), "valid input")
        XCTest::XCTAssertEqual(cells.map(\.group), ["a & z", "b & z"], "both rates 1: by name")
    }

    func testInvalidInputGivesNil() {
        XCTest::XCTAssertNil(subgroupRates(decisions: [1], first: ["a", "b"], second: ["x", "y"], minimumRows: 1), "lengths differ: nil")
        XCTest::XCTAssertNil(subgroupRates(decisions: [1], first: ["a"], second: [], minimumRows: 1), "lengths differ: nil")
        XCTest::XCTAssertNil(subgroupRates(decisions: [3], first: ["a"], second: ["x"], minimumRows: 1), "decision 3: nil")
    }

    func testWidestGapSkipsSmallSubgroups() throws {
        // Judged: A 0.2, B 0.5, C 0.7 (D, 0.0, is small and ignored): lowest A, highest C, 0.7 - 0.2 = 0.5.
        let cells = [SubgroupRate(group: "D", rows: 3, rate: 0, small: true), SubgroupRate(group: "A", rows: 50, rate: 0.2, small: false),
                     SubgroupRate(group: "B", rows: 50, rate: 0.5, small: false), SubgroupRate(group: "C", rows: 50, rate: 0.7, small: false)]
        let gap = try XCTest::XCTUnwrap(widestGap(cells), "three judged subgroups")
        XCTest::XCTAssertEqual(gap.lowest, "A", "the small subgroup D does not count")
        XCTest::XCTAssertEqual(gap.highest, "C", "the highest rate")
        XCTest::XCTAssertEqual(gap.difference, 0.5, accuracy: 1e-12, "0.7 - 0.2")
        XCTest::XCTAssertNil(widestGap([cells[0], cells[1]]), "one judged subgroup: no gap")
    }

    func testTwoJudgedSubgroupsAreEnoughAndTiesGoByName() throws {
        // Exactly two judged: A 0.1, B 0.4 -> gap 0.3.
        let two = [SubgroupRate(group: "B", rows: 9, rate: 0.4, small: false), SubgroupRate(group: "A", rows: 9, rate: 0.1, small: false)]
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(widestGap(two), "two judged subgroups").difference, 0.3, accuracy: 1e-12, "0.4 - 0.1")
        // Ties: A and B both 0.2 (lowest), C and D both 0.7 (highest): the first by name of each.
        let tied = ["D", "C", "B", "A"].map { SubgroupRate(group: $0, rows: 9, rate: $0 < "C" ? 0.2 : 0.7, small: false) }
        let gap = try XCTest::XCTUnwrap(widestGap(tied), "four judged subgroups")
        XCTest::XCTAssertEqual(gap.lowest, "A", "A and B tie at 0.2: the first by name")
        XCTest::XCTAssertEqual(gap.highest, "C", "C and D tie at 0.7: the first by name")
        // Equivalent mutants: `<=` for `<` and `>=` for `>` where rates are compared only when they differ and names
        // are distinct; the default (0, 0) of the second counting line (the first line has created the entry).
    }

    func testAdultSexByRace() throws {
        // pandas on Adult (48,842 rows): Female & Black 132 of 2,308 advanced; Male & White 9,065 of 28,735.
        // With a 200-row minimum, Female & Other (155 rows) and Female & Amer-Indian-Eskimo (185) are small.
        let adult = try Dataset.adult()
        let sex = try adult.table.column("sex"), race = try adult.table.column("race")
        let rows = 0..<adult.table.rowCount
        let cells = try XCTest::XCTUnwrap(subgroupRates(decisions: adult.labels, first: rows.map { sex[$0].text ?? "" },
                                                        second: rows.map { race[$0].text ?? "" }, minimumRows: 200), "Adult: valid input")
        XCTest::XCTAssertEqual(cells.count, 10, "two sexes times five races")
        let blackWomen = try XCTest::XCTUnwrap(cells.first { $0.group == "Female & Black" }, "a Female & Black subgroup")
        XCTest::XCTAssertEqual(blackWomen.rows, 2308, "Adult: 2,308 Black women")
        XCTest::XCTAssertEqual(blackWomen.rate, 132.0 / 2308, accuracy: 1e-12, "Adult: 132 of 2,308 advanced")
        XCTest::XCTAssertEqual(Set(cells.filter(\.small).map(\.group)), ["Female & Other", "Female & Amer-Indian-Eskimo"], "below 200 rows")
        let gap = try XCTest::XCTUnwrap(widestGap(cells), "Adult: many judged subgroups")
        // Lowest judged: Female & Black 132/2308 = 0.0572 (Female & Amer-Indian-Eskimo, 15/185 = 0.081, is small anyway);
        // highest: Male & Asian-Pac-Islander 340/1002 = 0.3393 (Male & White 9065/28735 = 0.3155).
        XCTest::XCTAssertEqual(gap.lowest, "Female & Black", "Adult: the lowest judged subgroup")
        XCTest::XCTAssertEqual(gap.highest, "Male & Asian-Pac-Islander", "Adult: the highest judged subgroup")
        XCTest::XCTAssertEqual(gap.difference, 340.0 / 1002 - 132.0 / 2308, accuracy: 1e-12, "Adult: 340/1002 - 132/2308")
    }
}
