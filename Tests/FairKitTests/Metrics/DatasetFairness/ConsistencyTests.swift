import XCTest
@testable import FairKit

final class ConsistencyTests: XCTestCase {
    func testTheDocumentedExample() throws {
        // x = [0, 1, 2, 10], ŷ = [1, 1, 0, 0], k = 2. Neighbours (self first): {0, 1}, {1, 0} (0 and 2
        // tie at distance 1; the lower index wins), {2, 1}, {3, 2}; means 1, 1, 1/2, 0;
        // consistency = 1 - (0 + 0 + 1/2 + 0)/4 = 7/8.
        let x = Matrix(rows: [[0], [1], [2], [10]])
        XCTAssertEqual(try Consistency.score(features: x, outcomes: [1, 1, 0, 0], neighbours: 2).number!, 7.0 / 8, accuracy: 1e-15)
        XCTAssertEqual(ExactNearestNeighbors.search(x, k: 2), [[0, 1], [1, 0], [2, 1], [3, 2]])
    }

    func testEachRowComesFirstInItsOwnNeighbourhoodEvenAmongDuplicates() throws {
        // Five identical rows and k = 3: every row lists itself, then the two lowest other indices.
        let x = Matrix(rows: Array(repeating: [1.0, 2.0], count: 5))
        XCTAssertEqual(ExactNearestNeighbors.search(x, k: 3), [[0, 1, 2], [1, 0, 2], [2, 0, 1], [3, 0, 1], [4, 0, 1]])
    }

    func testMatchesABruteForceSearchOnScatteredData() throws {
        // 400 rows in 7 dimensions from a seeded generator: the pruned search must return exactly the
        // neighbours of a plain sort of all distances by (distance², index).
        var random = SeededGenerator(seed: 7)
        let rows = (0..<400).map { _ in (0..<7).map { _ in random.nextGaussian() * (random.nextDouble() < 0.2 ? 5 : 1) } }
        let x = Matrix(rows: rows)
        let k = 6
        let found = ExactNearestNeighbors.search(x, k: k)
        for i in 0..<rows.count {
            let others = (0..<rows.count).filter { $0 != i }.map { j in
                (zip(rows[i], rows[j]).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }, j)
            }.sorted { $0 < $1 }
            XCTAssertEqual(found[i], [i] + others.prefix(k - 1).map(\.1), "row \(i)")
        }
    }

    func testMatchesABruteForceSearchOnDataFullOfTies() throws {
        // 400 rows on the grid {0, 1, 2, 3}^4 (256 points): duplicates and equal distances everywhere.
        // Squared distances of integers are exact, so the order by (distance², index) is the only
        // right answer, ties at the k-th distance included.
        var random = SeededGenerator(seed: 11)
        let rows = (0..<400).map { _ in (0..<4).map { _ in Double(random.nextInt(below: 4)) } }
        let x = Matrix(rows: rows)
        for k in [3, 8] {
            let found = ExactNearestNeighbors.search(x, k: k)
            for i in 0..<rows.count {
                let others = (0..<rows.count).filter { $0 != i }.map { j in
                    (zip(rows[i], rows[j]).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }, j)
                }.sorted { $0 < $1 }
                XCTAssertEqual(found[i], [i] + others.prefix(k - 1).map(\.1), "k = \(k), row \(i)")
            }
        }
    }

    func testMatchesAIF360OnTheCrossCheckFixture() throws {
        // Numbers from scripts/reference/fairness_crosscheck.py (aif360.sklearn consistency_score, k = 5).
        let data = CrossCheckFixture()
        let x = Matrix(rows: data.features)
        XCTAssertEqual(try Consistency.score(features: x, outcomes: data.labels).number!, 0.653, accuracy: 1e-12)
        XCTAssertEqual(try Consistency.score(features: x, outcomes: data.predictions).number!, 0.602, accuracy: 1e-12)
    }

    func testBadInputIsAnError() {
        let x = Matrix(rows: [[0, 1], [1, .nan]])
        XCTAssertThrowsError(try Consistency.score(features: x, outcomes: [0, 1], neighbours: 1)) { error in
            XCTAssertEqual("\(error)", "feature at row 2, column 2 is nan; features must be finite (encode or impute first)")
        }
        XCTAssertThrowsError(try Consistency.score(features: Matrix(rows: [[0], [1]]), outcomes: [0, 1], neighbours: 3)) { error in
            XCTAssertEqual("\(error)", "consistency needs 1 <= k <= 2 neighbours (the number of rows); got k = 3")
        }
        XCTAssertThrowsError(try Consistency.score(features: Matrix(rows: [[0], [1]]), outcomes: [0], neighbours: 1))
    }
}
