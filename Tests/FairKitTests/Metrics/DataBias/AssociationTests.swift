import XCTest
@testable import FairKit

/// Contingency tables, Cramér's V (plain and Bergsma's), NMI, η and the coding of columns, on
/// cases small enough to derive by hand (the arithmetic is in the comments).
final class AssociationTests: XCTestCase {
    private func coded(_ name: String, _ codes: [Int32], levels: Int) -> CodedColumn {
        CodedColumn(name: name, codes: codes, levelCount: levels)
    }

    /// The rows of a 2 x 2 table [[a, b], [c, d]] as two code arrays.
    private func table2x2(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> ContingencyTable {
        var x: [Int32] = [], y: [Int32] = []
        for (count, (i, j)) in zip([a, b, c, d], [(0, 0), (0, 1), (1, 0), (1, 1)] as [(Int32, Int32)]) {
            x += Array(repeating: i, count: count)
            y += Array(repeating: j, count: count)
        }
        return ContingencyTable(coded("x", x, levels: 2), coded("y", y, levels: 2))
    }

    func testPerfectAndNoAssociation() {
        let sex = coded("sex", [0, 0, 1, 1], levels: 2)
        // job = [a, a, b, b]: E = 1 in every cell, X² = 4 · (2 - 1)²/1 = 4, V = √(4 / (4 · 1)) = 1;
        // I = ln 2 = H(sex) = H(job), so NMI = 1.
        let same = ContingencyTable(sex, coded("job", [0, 0, 1, 1], levels: 2))
        XCTAssertEqual(same.chiSquare, 4)
        XCTAssertEqual(same.cramersV(biasCorrected: false), .value(1))
        XCTAssertEqual(try XCTUnwrap(same.normalizedMutualInformation.number), 1, accuracy: 1e-15)
        // job = [a, b, a, b]: every cell holds its expected 1, X² = 0, V = 0, I = 0.
        let independent = ContingencyTable(sex, coded("job", [0, 1, 0, 1], levels: 2))
        XCTAssertEqual(independent.cramersV(biasCorrected: false), .value(0))
        XCTAssertEqual(independent.normalizedMutualInformation, .value(0))
    }

    func testTwoByTwoByHand() throws {
        // [[20, 5], [5, 20]], n = 50: all margins 25, E = 12.5, X² = 4 · 7.5²/12.5 = 18, V = √(18/50) = 0.6
        // (scipy's association gives 0.6).
        let t = table2x2(20, 5, 5, 20)
        XCTAssertEqual(t.chiSquare, 18, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(t.cramersV(biasCorrected: false).number), 0.6, accuracy: 1e-15)
        // Bergsma: φ̃² = 0.36 - 1·1/49 = 0.339592, r̃ = c̃ = 2 - 1/49, so Ṽ = √(0.339592 / (1 - 1/49)) = √0.346667 = 0.588784.
        XCTAssertEqual(try XCTUnwrap(t.cramersV(biasCorrected: true).number), ((0.36 - 1.0 / 49) / (1 - 1.0 / 49)).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(t.cramersV(biasCorrected: true).number), 0.588784, accuracy: 5e-7)
        // I = 2 · 0.4 ln(0.4/0.25) + 2 · 0.1 ln(0.1/0.25) = 0.376003 - 0.183258 = 0.192745 nats; H = ln 2 each;
        // NMI = 0.192745 / 0.693147 = 0.278072 (scikit-learn: 0.2780719051126376).
        XCTAssertEqual(try XCTUnwrap(t.normalizedMutualInformation.number), 0.2780719051126376, accuracy: 1e-15)
        // Independence test: X² = 18 on 1 df, p = erfc(√9) = 2.209e-5.
        let test = t.independenceTest()
        XCTAssertEqual(test.degreesOfFreedom, 1)
        XCTAssertEqual(try XCTUnwrap(test.pValue.number), 2.209049699858544e-05, accuracy: 1e-15)
    }

    func testBiasCorrectionRemovesChanceAssociation() throws {
        // [[10, 20], [30, 40]]: n = 100, margins 30/70 and 40/60, E = 12, 18, 28, 42;
        // X² = 4/12 + 4/18 + 4/28 + 4/42 = 0.793651 (scipy's chi2_contingency), V = √(0.793651/100) = 0.089087.
        // Bergsma: φ² = 0.0079365 < 1/99, so φ̃² = 0 and Ṽ = 0: the association is within chance.
        let t = table2x2(10, 20, 30, 40)
        XCTAssertEqual(t.chiSquare, 0.7936507936507936, accuracy: 1e-14)
        XCTAssertEqual(try XCTUnwrap(t.cramersV(biasCorrected: false).number), (0.7936507936507936 / 100).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(t.cramersV(biasCorrected: true), .value(0))
        // scipy.stats.chi2_contingency(correction=False): p = 0.37299848361348686.
        XCTAssertEqual(try XCTUnwrap(t.independenceTest().pValue.number), 0.37299848361348686, accuracy: 1e-13)
    }

    func testThreeByThreeIndependenceAgainstScipy() throws {
        // [[1, 2, 3], [4, 5, 6], [7, 8, 10]]: scipy's chi2_contingency(correction=False) gives
        // X² = 0.3736491228070177 on 4 df, p = 0.9845769162857121 (scripts/reference/databias_chisquare.py).
        let cells: [[Int]] = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
        var x: [Int32] = [], y: [Int32] = []
        for i in 0..<3 { for j in 0..<3 { x += Array(repeating: Int32(i), count: cells[i][j]); y += Array(repeating: Int32(j), count: cells[i][j]) } }
        let test = ContingencyTable(coded("x", x, levels: 3), coded("y", y, levels: 3)).independenceTest()
        XCTAssertEqual(try XCTUnwrap(test.statistic.number), 0.3736491228070177, accuracy: 1e-14)
        XCTAssertEqual(test.degreesOfFreedom, 4)
        XCTAssertEqual(try XCTUnwrap(test.pValue.number), 0.9845769162857121, accuracy: 1e-13)
    }

    func testMissingValuesAndUnusedLevelsAreLeftOut() {
        // Row 4 misses x and row 5 misses y: the 4 rows left are the perfect table above. Level 2
        // of y and level 3 of x occur in no counted row, so they are not categories: still V = 1.
        let t = ContingencyTable(coded("x", [0, 0, 1, 1, -1, 3], levels: 4), coded("y", [0, 0, 1, 1, 2, -1], levels: 3))
        XCTAssertEqual(t.total, 4)
        XCTAssertEqual(t.rowCount, 2)
        XCTAssertEqual(t.columnCount, 2)
        XCTAssertEqual(t.cramersV(biasCorrected: false), .value(1))
    }

    func testConstantAndEmptyAreUndefinedWithReasons() {
        let constant = ContingencyTable(coded("sex", [0, 1, 0, 1], levels: 2), coded("country", [0, 0, 0, -1], levels: 1))
        XCTAssertEqual(constant.cramersV(biasCorrected: false).undefinedReason,
                       "country holds a single value in the 3 rows where both sex and country have one")
        XCTAssertFalse(constant.normalizedMutualInformation.isDefined)
        XCTAssertFalse(constant.independenceTest().pValue.isDefined)
        let empty = ContingencyTable(coded("sex", [0, -1], levels: 2), coded("country", [-1, 0], levels: 1))
        XCTAssertEqual(empty.cramersV(biasCorrected: true).undefinedReason, "no row has a value in both sex and country")
    }

    func testSparseCellShare() {
        // [[20, 5], [5, 20]]: every E = 12.5, none below 5. [[1, 2], [3, 4]]: n = 10, E = 1.2, 1.8, 2.8, 4.2: all below 5.
        XCTAssertEqual(table2x2(20, 5, 5, 20).sparseCellShare, 0)
        XCTAssertEqual(table2x2(1, 2, 3, 4).sparseCellShare, 1)
    }

    func testCorrelationRatioByHand() throws {
        // f: [1, 2, 3], m: [5, 6, 7]; x̄ = 4, SS_total = 9 + 4 + 1 + 1 + 4 + 9 = 28,
        // SS_between = 3 (2 - 4)² + 3 (6 - 4)² = 24, η = √(24/28) = 0.925820. The missing value and the
        // row without a group are left out.
        let table = try Table([
            .categorical("sex", ["f", "f", "f", "m", "m", "m", "m", nil]),
            .numeric("x", [1, 2, 3, 5, 6, 7, nil, 100]),
        ])
        let groups = try GroupIndex(dataBiasGroupsOf: table, columns: ["sex"])
        let eta = ProxyScan.correlationRatio(groups, [1, 2, 3, 5, 6, 7, nil, 100], featureName: "x")
        XCTAssertEqual(try XCTUnwrap(eta.number), (24.0 / 28).squareRoot(), accuracy: 1e-15)
        // Equal group means: η = 0. A constant feature: undefined.
        XCTAssertEqual(ProxyScan.correlationRatio(groups, [1, 2, 3, 1, 2, 3, nil, 0], featureName: "x"), .value(0))
        XCTAssertEqual(ProxyScan.correlationRatio(groups, [4, 4, 4, 4, 4, 4, 4, 4], featureName: "x").undefinedReason,
                       "x holds a single value in the 7 rows where sex has one")
    }

    func testCodingOfColumns() {
        // Booleans: false 0, true 1.
        XCTAssertEqual(CodedColumn(.boolean("b", [true, false, nil]), numericBins: 10).codes, [1, 0, -1])
        // Few distinct numbers: each its own code, by rank among [1, 2, 3].
        let few = CodedColumn(.numeric("n", [3, 1, 3, nil, 2]), numericBins: 10)
        XCTAssertEqual(few.codes, [2, 0, 2, -1, 1])
        XCTAssertFalse(few.binned)
        // [1 ... 6] in 2 bins: edges 1, 3.5, 6 (h = 5 · 0.5 = 2.5: 3 + 0.5 · (4 - 3)); bins [1, 3.5] and (3.5, 6],
        // numbered 2j - 1 for the interval ending at the j-th distinct edge: 1 and 3. pandas' qcut(x, 2) splits alike.
        let split = CodedColumn(.numeric("n", [1, 2, 3, 4, 5, 6]), numericBins: 2)
        XCTAssertTrue(split.binned)
        XCTAssertEqual(split.codes, [1, 1, 1, 3, 3, 3])
        // [0, 0, 0, 0, 5, 9] in 2 bins: edges 0, 0 (h = 2.5 between two zeros), 9. Two edges meet at 0, a
        // mass point: {0} is bin 0 and (0, 9] bin 1. (qcut would merge the edges and leave one bin.)
        XCTAssertEqual(CodedColumn(.numeric("n", [0, 0, 0, 0, 5, 9]), numericBins: 2).codes, [0, 0, 0, 0, 1, 1])
        // A mass point inside: [1, 2, 4.5, 5, 5, 5, 5, 9] in 4 bins, h = 7p: 25% 2 + 0.75 · (4.5 - 2) = 3.875,
        // 50% and 75% both 5, 100% 9. 5 is a bin of its own (code 2 · 2 = 4); 4.5 lies in (3.875, 5) (code 3),
        // where qcut would lump it with the 5s; 1 and 2 in [1, 3.875] (1), 9 in (5, 9] (5).
        XCTAssertEqual(CodedColumn(.numeric("n", [1, 2, 4.5, 5, 5, 5, 5, 9, nil]), numericBins: 4).codes, [1, 1, 3, 4, 4, 4, 4, 5, -1])
    }
}
