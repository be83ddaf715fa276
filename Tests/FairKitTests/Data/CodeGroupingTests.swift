import XCTest
@testable import FairKit

/// The shared grouping step: columns as codes (`ValueCoding`) and rows grouped by combined codes
/// (`CodeGrouping`), on cases small enough to follow by hand.
final class CodeGroupingTests: XCTestCase {
    func testTheDocumentedExample() {
        // a = [1, 0, 1] (radix 2), b = [0, 2, 0] (radix 3): keys 1·3 + 0 = 3, 0·3 + 2 = 2, 3.
        let variables: [CodeGrouping.Variable] = [([1, 0, 1], 2), ([0, 2, 0], 3)]
        let ascending = CodeGrouping(variables, rowCount: 3, order: .ascending)
        XCTAssertEqual(ascending.combinations, [[0, 2], [1, 0]])
        XCTAssertEqual(ascending.codes, [1, 0, 1])
        let firstSeen = CodeGrouping(variables, rowCount: 3, order: .firstAppearance)
        XCTAssertEqual(firstSeen.combinations, [[1, 0], [0, 2]])
        XCTAssertEqual(firstSeen.codes, [0, 1, 0])
        XCTAssertEqual(CodeGrouping.rowsByGroup(firstSeen.codes, count: firstSeen.count), [[0, 2], [1]])
    }

    func testCodesOutOfRangeLeaveTheRowOut() {
        // Row 1's code -1 and row 2's code 2 (radix 2) are out of range.
        let grouping = CodeGrouping([([0, -1, 2, 1], 2)], rowCount: 4, order: .ascending)
        XCTAssertEqual(grouping.codes, [0, -1, -1, 1])
        XCTAssertEqual(CodeGrouping.rowsByGroup(grouping.codes, count: grouping.count), [[0], [3]])
    }

    func testEveryCombinationUpToALimit() throws {
        // 2 x 3 = 6 combinations, in key order; the rows' codes are their keys.
        let variables: [CodeGrouping.Variable] = [([1, 0, 1], 2), ([0, 2, 0], 3)]
        let every = try XCTUnwrap(CodeGrouping(everyCombinationOf: variables, rowCount: 3, limit: 6))
        XCTAssertEqual(every.combinations, [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]])
        XCTAssertEqual(every.codes, [3, 2, 3])
        XCTAssertNil(CodeGrouping(everyCombinationOf: variables, rowCount: 3, limit: 5))
    }

    func testHugeKeySpacesAreRenumberedInOrder() {
        // Five variables of 2^20 codes: 2^100 combinations overflow an Int, so the first three are
        // renumbered by the combinations present before the fourth joins. The order stays lexicographic.
        let radix = 1 << 20
        let rows: [[Int32]] = [[5, 1, 1, 1, 9], [5, 1, 1, 1, 2], [0, 7, 7, 7, 7], [5, 1, 1, 1, 9], [1_000_000, 0, 0, 0, 0]]
        let variables = (0..<5).map { v in (codes: rows.map { $0[v] }, radix: radix) }
        let grouping = CodeGrouping(variables, rowCount: rows.count, order: .ascending)
        XCTAssertEqual(grouping.combinations, [[0, 7, 7, 7, 7], [5, 1, 1, 1, 2], [5, 1, 1, 1, 9], [1_000_000, 0, 0, 0, 0]])
        XCTAssertEqual(grouping.codes, [2, 1, 0, 2, 3])
    }

    func testCategoriesAreCodedInTextOrderMissingLast() {
        let coding = Column.categorical("c", ["b", nil, "a", "b"]).valueCoding()
        XCTAssertEqual(coding.values, [.category("a"), .category("b")])
        XCTAssertEqual(coding.codes, [1, 2, 0, 1])
        XCTAssertTrue(coding.hasMissing)
        // Unused levels: dropped by default, kept when asked (for every combination of levels).
        let sparse = Column(name: "c", values: .categorical(CategoricalValues(codes: [2, 0], levels: ["a", "b", "c"])))
        XCTAssertEqual(sparse.valueCoding().values, [.category("a"), .category("c")])
        XCTAssertEqual(sparse.valueCoding().codes, [1, 0])
        XCTAssertEqual(sparse.valueCoding(keepingUnusedLevels: true).codes, [2, 0])
        XCTAssertEqual(sparse.valueCoding(keepingUnusedLevels: true).values.count, 3)
    }

    func testFlagsAndNumbers() {
        let flags = Column.boolean("f", [true, nil, true])
        XCTAssertEqual(flags.valueCoding().values, [.flag(true)])
        XCTAssertEqual(flags.valueCoding().codes, [0, 1, 0])
        XCTAssertEqual(flags.valueCoding(keepingUnusedLevels: true).values, [.flag(false), .flag(true)])
        XCTAssertEqual(flags.valueCoding(keepingUnusedLevels: true).codes, [1, 2, 1])
        // Numbers ascending (2 before 10, not text order), NaN one value after them, missing last.
        let numbers = Column.numeric("n", [10, .nan, 2, nil, 10, .nan]).valueCoding()
        XCTAssertEqual(numbers.values.count, 3)
        XCTAssertEqual(Array(numbers.values.prefix(2)), [.number(2), .number(10)])
        XCTAssertEqual(numbers.values[2].number?.isNaN, true)
        XCTAssertEqual(numbers.codes, [1, 2, 0, 3, 1, 2])
        XCTAssertEqual(numbers.missingCode, 3)
    }
}
