import XCTest
@testable import FairKit

/// Label base rates by group, by hand and against pandas (scripts/reference/databias_associations.py).
final class LabelBaseRateTests: XCTestCase {
    private func loans() throws -> Table {
        try Table([
            .categorical("credit", ["good", "bad", "good", "good"]),
            .categorical("sex", ["f", "f", "m", "m"]),
        ])
    }

    func testRatesByHand() throws {
        let rates = try loans().labelBaseRates(by: ["sex"], label: "credit", favorable: .category("good"))
        // f: 1 good of 2 = 0.5; m: 2 of 2 = 1; overall 3/4.
        XCTAssertEqual(rates.groups.map(\.group), ["sex=f", "sex=m"])
        XCTAssertEqual(rates.groups.map(\.rate), [.value(0.5), .value(1)])
        XCTAssertEqual(rates.groups.map(\.favorableCount), [1, 2])
        XCTAssertEqual(rates.groups.map(\.labelledWeight), [2, 2])
        XCTAssertEqual(rates.overall, .value(0.75))
        XCTAssertFalse(rates.weighted)
        XCTAssertEqual(rates.favorable, "good")
        // Weights [3, 1, 1, 1]: f = 3/(3 + 1) = 0.75; overall (3 + 1 + 1)/6 = 5/6.
        let weighted = try loans().labelBaseRates(by: ["sex"], label: "credit", favorable: .category("good"), weights: [3, 1, 1, 1])
        XCTAssertEqual(weighted.groups[0].rate, .value(0.75))
        XCTAssertEqual(weighted.groups[0].labelledWeight, 4)
        XCTAssertEqual(try XCTUnwrap(weighted.overall.number), 5.0 / 6.0, accuracy: 1e-15)
        XCTAssertTrue(weighted.weighted)
    }

    func testUndefinedRatesHaveReasons() throws {
        // Level "x" holds no row; f's only labelled row weighs 0; m has one unlabelled row.
        let sex = CategoricalValues(codes: [0, 0, 1, 1], levels: ["f", "m", "x"])
        let table = try Table([
            .categorical("credit", [nil, "bad", "good", nil]),
            Column(name: "sex", values: .categorical(sex)),
        ])
        let rates = try table.labelBaseRates(by: ["sex"], label: "credit", favorable: .category("good"), weights: [1, 0, 1, 1])
        XCTAssertEqual(rates.groups.map(\.rate), [
            .undefined(reason: "the rows of group sex=f weigh 0 in total"),
            .value(1),
            .undefined(reason: "group sex=x has no rows"),
        ])
        XCTAssertEqual(rates.groups.map(\.unlabelledCount), [1, 1, 0])
        let unlabelled = try Table([.categorical("credit", [nil, "good"]), .categorical("sex", ["f", "m"])])
        XCTAssertEqual(try unlabelled.labelBaseRates(by: ["sex"], label: "credit", favorable: .category("good")).groups[0].rate,
                       .undefined(reason: "no row of group sex=f has a label"))
    }

    func testErrors() throws {
        let table = try loans()
        func message(_ body: () throws -> LabelBaseRates) -> String? {
            do { _ = try body(); return nil } catch { return "\(error)" }
        }
        XCTAssertEqual(message { try table.labelBaseRates(by: ["sex"], label: "credit", favorable: .category("goood")) },
                       "no row of 'credit' holds the favorable value 'goood'; did you mean 'good'? (values: bad, good)")
        XCTAssertEqual(message { try table.labelBaseRates(by: ["credit"], label: "credit", favorable: .category("good")) },
                       "'credit' is both the label and a grouping column; group by other columns")
        XCTAssertEqual(message { try table.labelBaseRates(by: ["sex"], label: "credit", favorable: .category("good"), weights: [1, 1]) },
                       "2 weights were given for 4 rows; give one weight per row")
    }

    func testGermanIntersectionsAgainstPandas() throws {
        let german = try Dataset.germanCredit()
        let rates = try german.table.labelBaseRates(by: ["sex", "age_group"], label: "credit", favorable: .category("good"))
        // pandas: good.groupby([sex, age_group]).mean(); as fractions 58/105, 143/205, 52/85, 447/605.
        let expected = [0.5523809523809524, 0.697560975609756, 0.611764705882353, 0.7388429752066116]
        for (group, value) in zip(rates.groups, expected) {
            XCTAssertEqual(try XCTUnwrap(group.rate.number), value, accuracy: 1e-15, group.group)
        }
        XCTAssertEqual(rates.groups.map(\.favorableCount), [58, 143, 52, 447])
        XCTAssertEqual(rates.overall, .value(0.7))
    }

    func testAdultWeightedByCensusWeights() throws {
        let adult = try Dataset.adult()
        let fnlwgt = try XCTUnwrap(adult.table.column("fnlwgt").numbers).map { $0 ?? 0 }
        // pandas: (rich * fnlwgt).groupby(group).sum() / fnlwgt.groupby(group).sum().
        let bySex = try adult.table.labelBaseRates(by: ["sex"], label: "income-per-year", favorable: .category(">50K"), weights: fnlwgt)
        XCTAssertEqual(try XCTUnwrap(bySex.groups[0].rate.number), 0.10835926234886563, accuracy: 1e-13)
        XCTAssertEqual(try XCTUnwrap(bySex.groups[1].rate.number), 0.2998741140586446, accuracy: 1e-13)
        XCTAssertEqual(try XCTUnwrap(bySex.overall.number), 0.2377759609645643, accuracy: 1e-13)
        let byRace = try adult.table.labelBaseRates(by: ["race"], label: "income-per-year", favorable: .category(">50K"), weights: fnlwgt)
        let weighted = [0.1214861333125535, 0.27847408241042837, 0.12326291239582414, 0.12457892008577336, 0.2543464625307776]
        for (group, value) in zip(byRace.groups, weighted) {
            XCTAssertEqual(try XCTUnwrap(group.rate.number), value, accuracy: 1e-13, group.group)
        }
        // Unweighted, the published 10.9% of women and 30.4% of men (pandas: 0.10925148221343874, 0.3037672281776417).
        let plain = try adult.table.labelBaseRates(by: ["sex"], label: "income-per-year", favorable: .category(">50K"))
        XCTAssertEqual(try XCTUnwrap(plain.groups[0].rate.number), 0.10925148221343874, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(plain.groups[1].rate.number), 0.3037672281776417, accuracy: 1e-15)
    }
}
