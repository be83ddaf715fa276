import XCTest
@testable import FairKit

/// The tree search against a plain brute force written here: every row's distance to every other
/// row, summed column by column, sorted by (squared distance, row index), the row itself first.
/// The data are small integers (and Adult's integer-valued columns unscaled), so every squared
/// distance is an exact integer in both and a tie is a true tie: the lists must agree exactly.
final class ExactNearestNeighborsTests: XCTestCase {
    private func bruteForce(_ rows: [[Double]], k: Int) -> [[Int]] {
        rows.indices.map { i in
            let others = rows.indices.filter { $0 != i }.map { j in
                (zip(rows[i], rows[j]).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }, j)
            }.sorted { $0 < $1 }
            return [i] + others.prefix(k - 1).map(\.1)
        }
    }

    /// Rows drawn with a skew from `points` distinct points, so some points have one copy and
    /// others many more than k.
    private func duplicatedRows(points: Int, rows: Int, dimensions: Int, levels: Int, seed: UInt64) -> [[Double]] {
        var random = SeededGenerator(seed: seed)
        let distinct = (0..<points).map { _ in (0..<dimensions).map { _ in Double(random.nextInt(below: levels)) } }
        return (0..<rows).map { _ in
            let u = random.nextDouble()
            return distinct[min(points - 1, Int(Double(points) * u * u * u))]
        }
    }

    func testDuplicatesAndTiesInTenDimensionsMatchBruteForce() {
        // 10 columns: the tree runs on 8 principal scores, true lower bounds but not distances.
        let rows = duplicatedRows(points: 60, rows: 500, dimensions: 10, levels: 3, seed: 19)
        XCTAssertLessThan(Set(rows).count, 61)
        for k in [2, 5, 9, 40] {
            XCTAssertEqual(ExactNearestNeighbors.search(Matrix(rows: rows), k: k), bruteForce(rows, k: k), "k = \(k)")
        }
    }

    func testDuplicatesAndTiesInThreeDimensionsMatchBruteForce() {
        // 3 columns on {0..4}: the scores are a rotation of the rows; many equal distances.
        let rows = duplicatedRows(points: 90, rows: 600, dimensions: 3, levels: 5, seed: 23)
        for k in [3, 5, 25] {
            XCTAssertEqual(ExactNearestNeighbors.search(Matrix(rows: rows), k: k), bruteForce(rows, k: k), "k = \(k)")
        }
    }

    /// Rows of one-hot blocks (levels per block; code -1 leaves a block empty, an unknown category),
    /// a block whose indicators are 2 instead of 1, a lone 0/1 column and `numeric` integer columns
    /// on {0..3}: few distinct codes and small integers, so ties everywhere, all exact.
    private func blockRows(rows: Int, levels: [Int], numeric: Int, seed: UInt64) -> [[Double]] {
        var random = SeededGenerator(seed: seed)
        return (0..<rows).map { _ in
            var row = (0..<numeric).map { _ in Double(random.nextInt(below: 4)) }
            for (b, count) in levels.enumerated() {
                // Skewed codes, as categories are; in block 1 some rows have none.
                let u = random.nextDouble()
                let code = b == 1 && u > 0.9 ? -1 : min(count - 1, Int(Double(count) * u * u))
                row += (0..<count).map { $0 == code ? (b == 2 ? 2 : 1) : 0 }
            }
            return row + [Double(random.nextInt(below: 2))]
        }
    }

    func testIndicatorBlocksAreFoundFromTheValues() {
        // The doc comment's example: [age, sex=F, sex=M, smoker]; smoker would give the first row
        // two nonzeros in the sex block, so it is a block of its own.
        let x = Matrix(rows: [[30, 1, 0, 1], [40, 0, 1, 1]])
        let blocks = ExactNearestNeighbors.IndicatorBlocks(x)
        XCTAssertEqual(blocks.blocks, [[1, 2], [3]])
        XCTAssertEqual(blocks.numeric, [0])
        // Their distance is (30 - 40)² + (1 + 1) for sex + 0 for smoker = 102; the blocks' share is 2.
        let codes = ExactNearestNeighbors.IndicatorCodes(x, blocks: blocks)
        XCTAssertEqual(codes.squaredDistance(0, 1), 2)
        // A column with two nonzero values is numeric; 0/1 columns overlapping in a row split.
        let mixed = Matrix(rows: [[1, 1, 0, 2], [0, 1, 1, 3], [0, 0, 0, 2]])
        let found = ExactNearestNeighbors.IndicatorBlocks(mixed)
        XCTAssertEqual(found.blocks, [[0], [1], [2]])
        XCTAssertEqual(found.numeric, [3])
    }

    func testIndicatorBlocksWithTiesMatchBruteForce() {
        // 3 numeric columns, blocks of 2, 5, 3 (scaled by 2) and 7 codes and a lone 0/1 column.
        let rows = blockRows(rows: 400, levels: [2, 5, 3, 7], numeric: 3, seed: 29)
        XCTAssertEqual(ExactNearestNeighbors.IndicatorBlocks(Matrix(rows: rows)).blocks.count, 5)
        XCTAssertLessThan(Set(rows).count, rows.count, "duplicated rows")
        for k in [2, 5, 12] {
            XCTAssertEqual(ExactNearestNeighbors.search(Matrix(rows: rows), k: k), bruteForce(rows, k: k), "k = \(k)")
        }
    }

    func testIndicatorBlocksWithoutNumericColumnsMatchBruteForce() {
        // Only codes: every distance is a sum of 2s, 8s and 1s, so nearly all of them tie.
        let rows = blockRows(rows: 300, levels: [3, 4, 2], numeric: 0, seed: 31)
        for k in [3, 7] {
            XCTAssertEqual(ExactNearestNeighbors.search(Matrix(rows: rows), k: k), bruteForce(rows, k: k), "k = \(k)")
        }
    }

    func testOneColumnWithCopiesOnBothSides() {
        // Rows 0, 1, 1, 5, one column, k = 3: rows 1 and 2 are one point. Row 0: 1 and 2 at distance
        // 1 -> [0, 1, 2]; row 1: 2 at 0, then 0 at 1 -> [1, 2, 0]; row 2 -> [2, 1, 0]; row 3: 1 and 2
        // at 4, 0 at 5 -> [3, 1, 2] (the example of the doc comment).
        let x = Matrix(rows: [[0], [1], [1], [5]])
        XCTAssertEqual(ExactNearestNeighbors.search(x, k: 3), [[0, 1, 2], [1, 2, 0], [2, 1, 0], [3, 1, 2]])
        // A row with more copies than k: each lists itself, then the lowest other copies.
        let copies = Matrix(rows: [[2], [7], [2], [2], [2], [3]])
        XCTAssertEqual(ExactNearestNeighbors.search(copies, k: 3)[4], [4, 0, 2])
        XCTAssertEqual(ExactNearestNeighbors.search(copies, k: 3)[5], [5, 0, 2])
    }

    func testAllRowsIdenticalAndKEqualToTheRows() {
        // Every row is one point; k = n lists every row, itself first, the others ascending.
        let x = Matrix(rows: Array(repeating: [4.0, -1.0, 0.5], count: 6))
        XCTAssertEqual(ExactNearestNeighbors.search(x, k: 6)[3], [3, 0, 1, 2, 4, 5])
    }

    func testConsistencyOnAnAdultSubsampleEqualsBruteForce() throws {
        // 1,222 rows of Adult (every 40th), integer-valued columns unscaled and categories one-hot:
        // duplicated rows and tied distances abound, and every distance is an exact integer.
        let adult = try Dataset.adult()
        let columns = ["age", "education-num", "hours-per-week", "sex", "race", "marital-status", "relationship"]
        let sample = Array(stride(from: 0, to: adult.labels.count, by: 40))
        var encoder = FeatureEncoder(columns: columns)
        let matrix = try encoder.fitTransform(adult.table.selectingRows(sample)).matrix
        let labels = sample.map { adult.labels[$0] }
        let rows = (0..<matrix.rows).map { r in (0..<matrix.columns).map { matrix[r, $0] } }
        XCTAssertLessThan(Set(rows).count, rows.count, "the sample has duplicated rows")
        let expected = bruteForce(rows, k: 5)
        XCTAssertEqual(ExactNearestNeighbors.search(matrix, k: 5), expected)
        // Consistency from the brute-force lists, by its formula: 1 - mean |y_i - mean of y over the list|.
        let deviation = expected.enumerated().reduce(0.0) { total, entry in
            total + abs(Double(labels[entry.offset]) - Double(entry.element.map { labels[$0] }.reduce(0, +)) / 5)
        }
        let score = try Consistency.score(features: matrix, outcomes: labels, neighbours: 5)
        XCTAssertEqual(try XCTUnwrap(score.number), 1 - deviation / Double(rows.count), accuracy: 1e-12)
    }

    func testConsistencyMatchesAIF360WithoutTies() throws {
        // scripts/reference/metrics_consistency_knn.py: 300 rows x 12 columns from a fixed formula, no
        // row's k-th and (k+1)-th distances within 1e-6 (checked there), so AIF360's ball tree and
        // the tie rule here pick the same neighbours.
        func entry(_ r: Int, _ j: Int) -> Double {
            let angle: Double = 0.37 * Double(r) * Double(j + 1) + 0.11 * Double(j)
            return sin(angle) * Double(1 + j % 3)
        }
        let x = Matrix(rows: (0..<300).map { r in (0..<12).map { j in entry(r, j) } })
        let y = (0..<300).map { sin(1.3 * Double($0)) > 0.2 ? 1 : 0 }
        XCTAssertEqual(y.reduce(0, +), 135, "the script's count of positives")
        XCTAssertEqual(try Consistency.score(features: x, outcomes: y, neighbours: 5).number!, 0.5926666666666667, accuracy: 1e-12)
        XCTAssertEqual(try Consistency.score(features: x, outcomes: y, neighbours: 9).number!, 0.5359259259259259, accuracy: 1e-12)
    }
}
