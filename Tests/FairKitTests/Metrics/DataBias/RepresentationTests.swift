import Foundation
import XCTest
@testable import FairKit

/// Representation by group: counts and shares, intersections and empty groups, population shares
/// with the under-representation flag and the goodness-of-fit test (expected values by hand and
/// from scipy.stats.chisquare: scripts/reference/databias_chisquare.py, databias_associations.py).
final class RepresentationTests: XCTestCase {
    private func people(women: Int, men: Int) throws -> Table {
        try Table([.categorical("sex", Array(repeating: "female", count: women) + Array(repeating: "male", count: men))])
    }

    func testSharesAgainstPopulationByHand() throws {
        let table = try people(women: 31, men: 69)
        let r = try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["female": 0.5, "male": 0.5],
                                                                                source: "illustrative"))
        XCTAssertEqual(r.groups.map(\.group), ["sex=female", "sex=male"])
        XCTAssertEqual(r.groups.map(\.count), [31, 69])
        XCTAssertEqual(r.groups.map(\.share), [.value(0.31), .value(0.69)])
        // Women: 0.31 / 0.5 = 0.62 < 0.8, under-represented; men 0.69 / 0.5 = 1.38.
        XCTAssertEqual(try XCTUnwrap(r.groups[0].ratioToReference?.number), 0.62, accuracy: 1e-15)
        XCTAssertEqual(r.groups.map(\.underRepresented), [true, false])
        XCTAssertEqual(r.underRepresentedGroups.map(\.group), ["sex=female"])
        // X² = (31 - 50)²/50 + (69 - 50)²/50 = 7.22 + 7.22 = 14.44 on 1 df; scipy's chisquare p = 0.00014469608785024014.
        let test = try XCTUnwrap(r.goodnessOfFit)
        XCTAssertEqual(try XCTUnwrap(test.statistic.number), 14.44, accuracy: 1e-12)
        XCTAssertEqual(test.degreesOfFreedom, 1)
        XCTAssertEqual(try XCTUnwrap(test.pValue.number), 0.00014469608785024014, accuracy: 1e-16)
        XCTAssertEqual(r.minimumExpectedCount, 50)
        XCTAssertEqual(r.referenceSource, "illustrative")
        // At a threshold of 0.6 the women's 0.62 is no longer flagged.
        let lenient = try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["female": 0.5, "male": 0.5],
                                                                                      source: "illustrative"), underRepresentationRatio: 0.6)
        XCTAssertTrue(lenient.underRepresentedGroups.isEmpty)
    }

    func testAbsentGroupAndThreeCategories() throws {
        // Levels a, b, c with b in no row (as after a filter): b is still a group, with 0 rows.
        let codes: [Int32] = Array(repeating: 0, count: 5) + Array(repeating: 2, count: 15)
        let table = try Table([Column(name: "g", values: .categorical(CategoricalValues(codes: codes, levels: ["a", "b", "c"])))])
        let r = try table.representation(by: ["g"], reference: ReferenceShares(column: "g", shares: ["a": 0.2, "b": 0.3, "c": 0.5],
                                                                              source: "illustrative"))
        XCTAssertEqual(r.groups.map(\.count), [5, 0, 15])
        // n = 20, E = 4, 6, 10: X² = 1/4 + 36/6 + 25/10 = 8.75 on 2 df; scipy: p = 0.012588142242433998.
        let test = try XCTUnwrap(r.goodnessOfFit)
        XCTAssertEqual(try XCTUnwrap(test.statistic.number), 8.75, accuracy: 1e-12)
        XCTAssertEqual(test.degreesOfFreedom, 2)
        XCTAssertEqual(try XCTUnwrap(test.pValue.number), 0.012588142242433998, accuracy: 1e-15)
        // a: 0.25/0.2 = 1.25; b: 0/0.3 = 0, the starkest under-representation; c: 0.75/0.5 = 1.5.
        XCTAssertEqual(r.groups.map(\.underRepresented), [false, true, false])
        XCTAssertEqual(r.minimumExpectedCount, 4)
    }

    func testSharesAreRescaledAndZeroSharesHandled() throws {
        let table = try people(women: 31, men: 69)
        // Rounded figures summing to 1.004 are rescaled: 0.502/1.004 = 0.5.
        let rounded = try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["female": 0.502, "male": 0.502],
                                                                                       source: "rounded"))
        XCTAssertEqual(try XCTUnwrap(rounded.groups[0].referenceShare), 0.5, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(rounded.goodnessOfFit?.statistic.number), 14.44, accuracy: 1e-12)
        // A population share of 0 for a group with rows: no ratio, no test, each with its reason.
        let zero = try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["female": 0, "male": 1],
                                                                                    source: "none"))
        XCTAssertEqual(zero.groups[0].ratioToReference?.undefinedReason, "the population share of sex=female is 0")
        XCTAssertEqual(zero.groups[0].underRepresented, false)
        XCTAssertEqual(zero.goodnessOfFit?.statistic.undefinedReason, "sex=female has 31 rows but a population share of 0")
    }

    func testIntersectionsEmptyCombinationsAndMissingGroups() throws {
        let table = try Table([
            .categorical("sex", ["f", "f", "m", "m", nil, "m"]),
            .boolean("young", [true, false, false, false, true, nil]),
        ])
        let r = try table.representation(by: ["sex", "young"])
        // Every combination of the levels, in level order (false before true); m & young holds no row.
        XCTAssertEqual(r.groups.map(\.group), ["sex=f, young=false", "sex=f, young=true", "sex=m, young=false", "sex=m, young=true"])
        XCTAssertEqual(r.groups.map(\.values), [["f", "false"], ["f", "true"], ["m", "false"], ["m", "true"]])
        XCTAssertEqual(r.groups.map(\.count), [1, 1, 2, 0])
        // Rows 5 and 6 miss a value: in no group, counted, and not in the shares' denominator (4).
        XCTAssertEqual(r.rowsMissingGroup, 2)
        XCTAssertEqual(r.groupedRows, 4)
        XCTAssertEqual(r.groups.map(\.share), [.value(0.25), .value(0.25), .value(0.5), .value(0)])
        XCTAssertNil(r.goodnessOfFit)
        XCTAssertNil(r.groups[0].underRepresented)
    }

    func testPastAThousandCombinationsOnlyObservedGroupsAreListed() throws {
        // 40 x 40 = 1,600 combinations > 1,000: only the 40 that occur, still in level order although the rows run backwards.
        let names = (0..<40).map { String(format: "%02d", $0) }
        let table = try Table([.categorical("a", names.reversed()), .categorical("b", names.reversed())])
        let r = try table.representation(by: ["a", "b"])
        XCTAssertEqual(r.groups.count, 40)
        XCTAssertEqual(r.groups.first?.group, "a=00, b=00")
        XCTAssertEqual(r.groups.last?.group, "a=39, b=39")
        XCTAssertTrue(r.groups.allSatisfy { $0.count == 1 })
    }

    func testGermanCreditAgainstReference() throws {
        let german = try Dataset.germanCredit()
        // pandas (scripts/reference/databias_associations.py): 105, 205, 85, 605.
        let both = try german.table.representation(by: ["sex", "age_group"])
        XCTAssertEqual(both.groups.map(\.group), ["sex=female, age_group=age <= 25", "sex=female, age_group=age > 25",
                                                  "sex=male, age_group=age <= 25", "sex=male, age_group=age > 25"])
        XCTAssertEqual(both.groups.map(\.count), [105, 205, 85, 605])
        // Illustrative population shares 50.8% women: scipy's chisquare on [310, 690] against [508, 492]
        // gives 156.856155175725, p = 5.502778262768692e-36.
        let sex = try german.table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["female": 0.508, "male": 0.492],
                                                                                          source: "illustrative"))
        let test = try XCTUnwrap(sex.goodnessOfFit)
        XCTAssertEqual(try XCTUnwrap(test.statistic.number), 156.856155175725, accuracy: 1e-10)
        XCTAssertEqual(try XCTUnwrap(test.pValue.number), 5.502778262768692e-36, accuracy: 5.5e-36 * 1e-10)
        // 0.31 / 0.508 = 0.610.
        XCTAssertEqual(try XCTUnwrap(sex.groups[0].ratioToReference?.number), 0.31 / 0.508, accuracy: 1e-15)
        XCTAssertEqual(sex.underRepresentedGroups.map(\.group), ["sex=female"])
    }

    func testAdultIntersections() throws {
        let adult = try Dataset.adult()
        let r = try adult.table.representation(by: ["sex", "race"])
        // pandas groupby(["sex", "race"]).size(), races in sorted order.
        XCTAssertEqual(r.groups.map(\.count), [185, 517, 2308, 155, 13027, 285, 1002, 2377, 251, 28735])
        XCTAssertEqual(r.groups[3].group, "sex=Female, race=Other")
        XCTAssertEqual(r.groupedRows, 48_842)
    }

    func testErrors() throws {
        let table = try Table([.categorical("sex", ["f", "m"]), .numeric("age", [30, 40])])
        func message(_ body: () throws -> Representation) -> String? {
            do { _ = try body(); return nil } catch { return "\(error)" }
        }
        XCTAssertEqual(message { try table.representation(by: ["age"]) },
                       "column 'age' is numeric; group by a categorical or boolean column: derive one first, "
                       + "e.g. table.deriving(\"age_group\", kind: .categorical) { row in ... }")
        XCTAssertEqual(message { try table.representation(by: []) }, "name at least one protected column to group by")
        XCTAssertTrue(message { try table.representation(by: ["sx"]) }?.contains("did you mean 'sex'?") == true)
        XCTAssertEqual(message { try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["f": 0.4, "m": 0.5], source: "")) },
                       "the reference shares sum to 0.9; they must cover every group and sum to 1")
        XCTAssertEqual(message { try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["f": 1], source: "")) },
                       "group sex=m has 1 row but no reference share; give it one (0 if the population has none)")
        XCTAssertEqual(message { try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["f": 0.5, "mm": 0.5], source: "")) },
                       "the reference shares name the group [mm], which is not a group of sex; did you mean [m]? (groups: [f] [m])")
        XCTAssertEqual(message { try table.representation(by: ["sex"], reference: ReferenceShares(column: "gender", shares: ["f": 1], source: "")) },
                       "the reference shares are for [gender] but the groups are by [sex]; give shares keyed by those columns' values, in that order")
        XCTAssertEqual(message { try table.representation(by: ["sex"], reference: ReferenceShares(column: "sex", shares: ["f": 1.5, "m": -0.5], source: "")) },
                       "the reference share of [f] is 1.5; shares must be in [0, 1]")
        XCTAssertEqual(message { try table.representation(by: ["sex"], underRepresentationRatio: 80) },
                       "the under-representation ratio is 80.0; it must be in (0, 1], e.g. 0.8")
    }
}
