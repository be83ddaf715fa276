import XCTest
@testable import FairKit

final class TableGroupingTests: XCTestCase {
    private func loans() throws -> Table {
        try Table([
            .categorical("sex", ["F", "M", "F", "M", "F", nil]),
            .numeric("amount", [100, 200, nil, 400, 300, 50]),
            .boolean("repaid", [true, false, false, true, true, false]),
        ])
    }

    func testGroupIndicesInOrderOfFirstAppearanceWithMissingAsAValue() throws {
        let table = try Table([
            .categorical("sex", ["M", "F", nil, "M", "F", nil]),
            .numeric("age", [40, 30, 40, 40, 30.5, 40]),
            .boolean("old", [true, false, nil, true, false, nil]),
        ])
        // Rows 0 and 3 are (M, 40, true), 1 is (F, 30, false), 2 and 5 (missing, 40, missing), 4 (F, 30.5, false).
        let groups = try table.groupIndices(by: ["sex", "age", "old"])
        XCTAssertEqual(groups.map(\.key), [[.category("M"), .number(40), .flag(true)], [.category("F"), .number(30), .flag(false)],
                                           [.missing, .number(40), .missing], [.category("F"), .number(30.5), .flag(false)]])
        XCTAssertEqual(groups.map(\.rows), [[0, 3], [1], [2, 5], [4]])
        XCTAssertThrowsError(try table.groupIndices(by: ["sex", "agee"])) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'age'?"), "\(error)")
        }
    }

    func testGroupIndicesAgreeWithGroupingByCells() throws {
        // Against the definition itself, rows grouped by their tuples of cells, on random tables
        // with few and many values per column and missing values in each.
        var random = SeededGenerator(seed: 7)
        for levels in [2, 5, 400] {
            let n = 1_000
            func pick() -> Int? { random.nextInt(below: 10) == 0 ? nil : random.nextInt(below: levels) }
            let table = try Table([
                .categorical("c", (0..<n).map { _ in pick().map { "v\($0)" } }),
                .numeric("x", (0..<n).map { _ in pick().map { Double($0) / 4 } }),
                .boolean("b", (0..<n).map { _ in pick().map { $0 % 2 == 0 } }),
                .categorical("d", (0..<n).map { _ in pick().map { "w\($0)" } }),
            ])
            var order: [[CellValue]] = []
            var rows: [[CellValue]: [Int]] = [:]
            for i in 0..<n {
                let key = table.columns.map { $0[i] }
                if rows[key] == nil { order.append(key) }
                rows[key, default: []].append(i)
            }
            let groups = try table.groupIndices(by: ["c", "x", "b", "d"])
            XCTAssertEqual(groups.map(\.key), order, "\(levels) levels")
            XCTAssertEqual(groups.map(\.rows), order.map { rows[$0] ?? [] }, "\(levels) levels")
        }
    }

    func testGroupSummariesWithMeans() throws {
        let groups = try loans().groupSummaries(by: ["sex"], meanColumns: ["amount", "repaid"])
        XCTAssertEqual(groups.map(\.key), [[.category("F")], [.category("M")], [.missing]])
        XCTAssertEqual(groups.map(\.rows), [[0, 2, 4], [1, 3], [5]])
        XCTAssertEqual(groups.map(\.count), [3, 2, 1])
        XCTAssertEqual(groups.map(\.weight), [3, 2, 1])
        // F: amount over the non-missing rows 0 and 4: (100 + 300)/2 = 200; repaid (1 + 0 + 1)/3.
        XCTAssertEqual(groups[0].mean(of: "amount"), 200)
        XCTAssertEqual(try XCTUnwrap(groups[0].mean(of: "repaid")), 2.0 / 3.0, accuracy: 1e-15)
        // M: (200 + 400)/2 = 300; repaid (0 + 1)/2.
        XCTAssertEqual(groups[1].mean(of: "amount"), 300)
        XCTAssertEqual(groups[1].mean(of: "repaid"), 0.5)
        XCTAssertNil(groups[0].mean(of: "unasked"))
    }

    func testWeightedGroupMeans() throws {
        let weights = [1.0, 2, 5, 1, 3, 0]
        let groups = try loans().groupSummaries(by: ["sex"], meanColumns: ["amount", "repaid"], weights: weights)
        // F: rows 0, 2, 4 weigh 1 + 5 + 3 = 9; amount skips the missing row 2:
        // (1·100 + 3·300)/(1 + 3) = 250; repaid (1·1 + 5·0 + 3·1)/9 = 4/9.
        XCTAssertEqual(groups[0].weight, 9)
        XCTAssertEqual(groups[0].mean(of: "amount"), 250)
        XCTAssertEqual(try XCTUnwrap(groups[0].mean(of: "repaid")), 4.0 / 9.0, accuracy: 1e-15)
        // The missing-sex group has weight 0: its means are undefined, not 0.
        XCTAssertEqual(groups[2].weight, 0)
        XCTAssertNil(groups[2].mean(of: "amount"))
    }

    func testGroupingErrors() throws {
        let table = try loans()
        XCTAssertThrowsError(try table.groupSummaries(by: ["sex"], meanColumns: ["sex"])) { error in
            XCTAssertEqual(error as? TableError, .wrongKind(column: "sex", expected: [.numeric, .boolean], actual: .categorical))
        }
        XCTAssertThrowsError(try table.groupSummaries(by: ["sex"], weights: [1, 2]))
        XCTAssertThrowsError(try table.groupSummaries(by: ["sex"], weights: [1, 1, 1, 1, 1, -1])) { error in
            XCTAssertEqual((error as? DataError)?.description, "weight at row 6 is -1.0; weights must be finite and >= 0")
        }
        XCTAssertThrowsError(try table.groupSummaries(by: ["sx"]))
    }

    func testValueCounts() throws {
        let table = try Table([.categorical("c", ["b", "a", "b", nil, "a", "b", "c"])])
        let counts = try table.valueCounts("c")
        // b three times, then a twice, then the tie between missing and c in order of first appearance.
        XCTAssertEqual(counts.map(\.value), [.category("b"), .category("a"), .missing, .category("c")])
        XCTAssertEqual(counts.map(\.count), [3, 2, 1, 1])
        XCTAssertEqual(counts[0].fraction, 3.0 / 7.0)
    }

    func testDescribe() throws {
        let table = try Table([
            .numeric("x", [1, 2, 3, 4, nil]),
            .categorical("c", ["u", "v", "v", nil, "u"]),
            .boolean("b", [true, true, false, nil, nil]),
        ])
        let summary = table.describe()
        XCTAssertEqual(summary.map(\.name), ["x", "c", "b"])
        let x = summary[0]
        XCTAssertEqual(x.count, 4)
        XCTAssertEqual(x.missing, 1)
        XCTAssertEqual(x.mean, 2.5)
        // Deviations from 2.5: ±1.5, ±0.5; (2.25 + 0.25 + 0.25 + 2.25)/3 = 5/3.
        XCTAssertEqual(try XCTUnwrap(x.standardDeviation), (5.0 / 3.0).squareRoot(), accuracy: 1e-15)
        // h = 3p: 25% -> 1 + 0.75 = 1.75; 50% -> 2 + 0.5 = 2.5; 75% -> 3 + 0.25 = 3.25.
        XCTAssertEqual(x.quantiles, [1, 1.75, 2.5, 3.25, 4])
        XCTAssertNil(x.distinct)
        let c = summary[1]
        XCTAssertEqual(c.count, 4)
        XCTAssertNil(c.mean)
        XCTAssertEqual(c.distinct, 2)
        XCTAssertEqual(c.top, .category("u"), "u and v tie at 2; u is seen first")
        XCTAssertEqual(c.topCount, 2)
        let b = summary[2]
        XCTAssertEqual(try XCTUnwrap(b.mean), 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(b.top, .flag(true))
        XCTAssertEqual(b.topCount, 2)
        // One value: no sample standard deviation.
        XCTAssertNil(try Table([.numeric("y", [7])]).describe()[0].standardDeviation)
    }
}
