import Glibc
import XCTest
@testable import FairKit

/// Missing values by group, by hand and against pandas and scipy's chi2_contingency on Adult
/// (scripts/reference/databias_associations.py).
final class MissingnessTests: XCTestCase {
    func testRatesGapAndTestByHand() throws {
        let table = try Table([
            .categorical("sex", ["f", "f", "f", "f", "m", "m", "m", "m"]),
            .categorical("workclass", [nil, "a", "b", "a", "a", "b", "a", "b"]),
            .numeric("age", [30, 40, 50, 60, 30, 40, 50, 60]),
        ])
        let m = try table.missingness(by: ["sex"])
        XCTAssertEqual(m.byColumn.map(\.column), ["workclass", "age"])
        let workclass = m.byColumn[0]
        // f: 1 of 4 missing = 0.25; m: 0 of 4; gap 0.25.
        XCTAssertEqual(workclass.groups.map(\.rate), [.value(0.25), .value(0)])
        XCTAssertEqual(workclass.largestGap, .value(0.25))
        XCTAssertEqual(workclass.highestGroup, "sex=f")
        XCTAssertEqual(workclass.lowestGroup, "sex=m")
        // Table [[3 present, 1 missing], [4, 0]]: E = 3.5 and 0.5 per row;
        // X² = 2 · 0.5²/3.5 + 2 · 0.5²/0.5 = 0.142857 + 1 = 1.142857 on 1 df, p = erfc(√(X²/2)) = 0.285049.
        let x2 = 2 * 0.25 / 3.5 + 2 * 0.25 / 0.5
        XCTAssertEqual(try XCTUnwrap(workclass.independenceTest.statistic.number), x2, accuracy: 1e-14)
        XCTAssertEqual(try XCTUnwrap(workclass.independenceTest.pValue.number), erfc((x2 / 2).squareRoot()), accuracy: 1e-14)
        // A gap of 25 points in 8 rows is within chance (p 0.29 > 0.05): not flagged, unless the test is switched off.
        XCTAssertFalse(workclass.flagged)
        XCTAssertTrue(try table.missingness(by: ["sex"], significanceLevel: 1).byColumn[0].flagged)
        // A column with nothing missing: gap 0 and no test, with the reason.
        XCTAssertEqual(m.byColumn[1].largestGap, .value(0))
        XCTAssertEqual(m.byColumn[1].independenceTest.pValue.undefinedReason, "no value of age is missing in the grouped rows")
        XCTAssertTrue(m.flaggedColumns.isEmpty)
    }

    func testAdultAgainstReference() throws {
        let adult = try Dataset.adult()
        let byRace = try adult.table.missingness(by: ["race"])
        let country = try XCTUnwrap(byRace.byColumn.first { $0.column == "native-country" })
        // pandas: missing counts 0, 128, 132, 24, 573 of 470, 1519, 4685, 406, 41762 (races in sorted order);
        // gap 0.08426596445029624 (Asian-Pac-Islander vs Amer-Indian-Eskimo); scipy X² = 507.4996211623593 on 4 df,
        // p = 1.5994525120690708e-108.
        XCTAssertEqual(country.groups.map(\.missingCount), [0, 128, 132, 24, 573])
        XCTAssertEqual(country.groups.map(\.count), [470, 1519, 4685, 406, 41762])
        XCTAssertEqual(try XCTUnwrap(country.largestGap.number), 0.08426596445029624, accuracy: 1e-15)
        XCTAssertEqual(country.highestGroup, "race=Asian-Pac-Islander")
        XCTAssertEqual(country.lowestGroup, "race=Amer-Indian-Eskimo")
        XCTAssertEqual(try XCTUnwrap(country.independenceTest.statistic.number), 507.4996211623593, accuracy: 1e-9)
        XCTAssertEqual(country.independenceTest.degreesOfFreedom, 4)
        XCTAssertEqual(try XCTUnwrap(country.independenceTest.pValue.number), 1.5994525120690708e-108, accuracy: 1.6e-108 * 1e-9)
        XCTAssertTrue(country.flagged)
        // workclass by race: gap 0.021 (scipy X² 22.334708336175918, p 0.00017189999222625625): significant but
        // below 5 points, so not flagged.
        let workclass = try XCTUnwrap(byRace.byColumn.first { $0.column == "workclass" })
        XCTAssertEqual(try XCTUnwrap(workclass.largestGap.number), 0.021017291746828086, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(workclass.independenceTest.pValue.number), 0.00017189999222625625, accuracy: 1e-15)
        XCTAssertFalse(workclass.flagged)
        XCTAssertEqual(byRace.flaggedColumns.map(\.column), ["native-country"])

        // By sex: workclass missing for 1270 of 16192 women (7.8%) and 1529 of 32650 men (4.7%): gap 3.2 points,
        // X² 200.11914797605718, p 1.9671214785025005e-45. Flagged with a 3-point threshold, not with 5.
        let bySex = try adult.table.missingness(by: ["sex"])
        let work = try XCTUnwrap(bySex.byColumn.first { $0.column == "workclass" })
        XCTAssertEqual(work.groups.map(\.missingCount), [1270, 1529])
        XCTAssertEqual(try XCTUnwrap(work.independenceTest.statistic.number), 200.11914797605718, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(work.independenceTest.pValue.number), 1.9671214785025005e-45, accuracy: 2e-45 * 1e-9)
        XCTAssertTrue(bySex.flaggedColumns.isEmpty)
        let strict = try adult.table.missingness(by: ["sex"], gapThreshold: 0.03)
        XCTAssertEqual(strict.flaggedColumns.map(\.column), ["workclass", "occupation"])
    }

    func testErrors() throws {
        let table = try Table([.categorical("sex", ["f", "m"]), .numeric("x", [1, nil])])
        XCTAssertThrowsError(try table.missingness(by: ["sex"], gapThreshold: 5)) { error in
            XCTAssertEqual("\(error)", "the missingness gap threshold is 5.0; it must be in [0, 1), e.g. 0.05")
        }
        XCTAssertThrowsError(try table.missingness(by: ["sex"], significanceLevel: 0)) { error in
            XCTAssertEqual("\(error)", "the significance level is 0.0; it must be in (0, 1], e.g. 0.05")
        }
    }

    func testSmallGroupsTakeNoPartInTheGap() throws {
        // a: 40 rows, 4 missing (0.10); b: 40 rows, 0 missing (0); c: 5 rows, 5 missing (1.0).
        let groups = Array(repeating: "a", count: 40) + Array(repeating: "b", count: 40) + Array(repeating: "c", count: 5)
        let values: [String?] = (0..<85).map { row in row < 4 || row >= 80 ? nil : "x" }
        let table = try Table([.categorical("g", groups), .categorical("v", values)])
        let all = try Missingness(table, GroupIndex(dataBiasGroupsOf: table, columns: ["g"]), gapThreshold: 0.05, significanceLevel: 0.05)
        XCTAssertEqual(all.byColumn[0].largestGap, .value(1), "c (1.0) against b (0)")
        let judged = try Missingness(table, GroupIndex(dataBiasGroupsOf: table, columns: ["g"]), gapThreshold: 0.05, significanceLevel: 0.05,
                                     minimumGroupRows: 30)
        // Only a and b have 30 rows or more: gap 0.10 - 0 = 0.10, a the highest; c's rate is still listed.
        XCTAssertEqual(try XCTUnwrap(judged.byColumn[0].largestGap.number), 0.1, accuracy: 1e-15)
        XCTAssertEqual(judged.byColumn[0].highestGroup, "g=a")
        XCTAssertEqual(judged.byColumn[0].groups.map(\.missingCount), [4, 0, 5])
    }
}
