import XCTest
@testable import FairKit

final class TableConcatenationTests: XCTestCase {
    func testAppendingRowsMergesLevels() throws {
        let a = try Table([.categorical("c", ["x", "y", nil]), .numeric("n", [1, 2, 3]), .boolean("b", [true, nil, false])])
        let b = try Table([.categorical("c", ["z", "y"]), .numeric("n", [nil, 5]), .boolean("b", [false, true])])
        let both = try a.appendingRows(of: b)
        XCTAssertEqual(both.rowCount, 5)
        // Levels: sorted union [x, y, z]; codes x 0, y 1, missing, z 2, y 1.
        XCTAssertEqual(both["c"]?.values, .categorical(CategoricalValues(codes: [0, 1, -1, 2, 1], levels: ["x", "y", "z"])))
        XCTAssertEqual(both["n"]?.values, .numeric([1, 2, 3, nil, 5]))
        XCTAssertEqual(both["b"]?.values, .boolean([true, nil, false, false, true]))
    }

    func testAppendingRowsNeedsTheSameColumns() throws {
        let a = try Table([.numeric("n", [1])])
        XCTAssertThrowsError(try a.appendingRows(of: try Table([.numeric("m", [1])])))
        XCTAssertThrowsError(try a.appendingRows(of: try Table([.categorical("n", ["1"])]))) { error in
            XCTAssertEqual(error as? TableError, .wrongKind(column: "n", expected: [.numeric], actual: .categorical))
        }
    }

    func testRelabeledMergesAndSortsLevels() {
        let values = CategoricalValues(["b.", "a", "b", nil, "c."])
        let stripped = values.relabeled { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        // "b." and "b" become one level; levels re-sorted to [a, b, c].
        XCTAssertEqual(stripped.levels, ["a", "b", "c"])
        XCTAssertEqual((0..<5).map(stripped.value(at:)), ["b", "a", "b", nil, "c"])
        XCTAssertEqual(stripped.levelCounts, [1, 2, 1])
    }
}
