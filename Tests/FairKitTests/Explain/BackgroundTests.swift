import XCTest
@testable import FairKit

final class BackgroundTests: XCTestCase {
    /// The doc comment's example: [0], [0], [10], [10], [10] with k = 2.
    func testKMeansFindsClearClustersWeightedBySize() throws {
        let summary = try Background.kmeans(Matrix(rows: [[0], [0], [10], [10], [10]]), k: 2)
        let pairs = zip(summary.rows.storage, summary.weights).sorted { $0.0 < $1.0 }
        XCTAssertEqual(pairs.map(\.0), [0, 10])
        XCTAssertEqual(pairs.map(\.1), [0.4, 0.6])
    }

    /// Rounding keeps a one-hot column's values valid: cluster {[1, 0], [1, 0], [0, 1]} has mean
    /// [2/3, 1/3], rounded to the nearest data values [1, 0].
    func testKMeansRoundsCentresToDataValues() throws {
        let x = Matrix(rows: [[1, 0], [1, 0], [0, 1], [50, 50]])
        let summary = try Background.kmeans(x, k: 2)
        let small = try XCTUnwrap((0..<2).first { summary.rows[$0, 0] < 10 })
        XCTAssertEqual(summary.rows.row(small), [1, 0])
        XCTAssertEqual(summary.weights[small], 0.75)
    }

    /// Weights are normalised; the mean is weighted: rows [0] and [4] weighted 3 and 1 → 1.
    func testWeightsAreNormalisedAndMeanIsWeighted() throws {
        let b = try Background(Matrix(rows: [[0], [4]]), weights: [3, 1])
        XCTAssertEqual(b.weights, [0.75, 0.25])
        XCTAssertEqual(b.mean, [1])
        XCTAssertThrowsError(try Background(Matrix(rows: [[0]]), weights: [0]))
        XCTAssertThrowsError(try Background(Matrix(rows: 0, columns: 2)))
    }

    func testSampleDrawsDistinctRows() throws {
        let x = Matrix(rows: (0..<20).map { [Double($0)] })
        let b = try Background.sample(x, count: 5, seed: 1)
        XCTAssertEqual(Set(b.rows.storage).count, 5)
        XCTAssertEqual(try Background.sample(x, count: 50, seed: 1).rows, x)
    }
}
