import Foundation
import XCTest
@testable import FairKit

final class LogisticObjectiveTests: XCTestCase {
    /// 10,000 rows are three blocks of `SparseRowMatrix.gramBlockRows` (4,096): one full pair and a
    /// partial last block. Every seventh row has weight 0 (skipped in f and ∇f, margins still kept).
    private func objective(rows: Int = 10_000) throws -> (LogisticObjective, theta: [Double]) {
        let (x, y, w) = ReferenceDesign.numeric(rows: rows, columns: 5)
        let weights = w.indices.map { $0 % 7 == 3 ? 0 : w[$0] }
        let design = SparseRowMatrix(x, appendingOnes: true)
        let objective = try LogisticRegression().objective(design, y, weights)
        return (objective, [0.4, -0.3, 0.25, -0.8, 0.6, 0.1])
    }

    /// The blocks run on every core give what the same blocks run one after another give, to the
    /// last bit: the result does not depend on the number of cores or on the order they finish.
    func testConcurrentBlocksEqualSerialBlocksBitForBit() throws {
        let (objective, theta) = try objective()
        XCTAssertEqual(SparseRowMatrix.rowBlockCount(rows: 10_000), 3)
        let concurrent = objective.evaluate(theta), serial = objective.evaluate(theta, concurrently: false)
        XCTAssertEqual(concurrent.value.bitPattern, serial.value.bitPattern)
        XCTAssertEqual(concurrent.gradient.map(\.bitPattern), serial.gradient.map(\.bitPattern))
        XCTAssertEqual(concurrent.margins.map(\.bitPattern), serial.margins.map(\.bitPattern))
        XCTAssertEqual(concurrent.at.exponentials.map(\.bitPattern), serial.at.exponentials.map(\.bitPattern))
        XCTAssertEqual(concurrent.at.logTerms.map(\.bitPattern), serial.at.logTerms.map(\.bitPattern))
        // f from stored margins sums in the same blocks: the same number as the pass over the rows.
        XCTAssertEqual(objective.value(at: concurrent.at).bitPattern, concurrent.value.bitPattern)
    }

    /// f and ∇f agree with the formulas evaluated plainly, row by row, in the textbook form:
    /// f = C Σ w_i [−y_i log p_i − (1 − y_i) log(1 − p_i)] + ½‖β‖², ∇f = C Xᵀ (w ∘ (p − y)) + (β, 0),
    /// with p_i = 1 / (1 + e^(−z_i)) (C = 1, the default). Relative tolerance 1e-12: the plain
    /// sums carry roundoff of ~n ulps of their terms, the blocked compensated one much less.
    func testValueAndGradientMatchTheTextbookFormulas() throws {
        let (objective, theta) = try objective()
        let (x, y, _) = ReferenceDesign.numeric(rows: 10_000, columns: 5)
        var f = 0.0, gradient = [Double](repeating: 0, count: 6)
        for i in 0..<10_000 where objective.weights[i] != 0 {
            let row = (0..<5).map { x[i, $0] } + [1]
            let z = zip(row, theta).reduce(0) { $0 + $1.0 * $1.1 }
            let p = 1 / (1 + Foundation.exp(-z))
            f += objective.weights[i] * (y[i] == 1 ? -Foundation.log(p) : -Foundation.log(1 - p))
            for j in 0..<6 { gradient[j] += objective.weights[i] * (p - Double(y[i])) * row[j] }
        }
        for j in 0..<5 {
            f += 0.5 * theta[j] * theta[j]
            gradient[j] += theta[j]
        }
        let point = objective.evaluate(theta)
        XCTAssertEqual(point.value, f, accuracy: 1e-12 * f)
        for j in 0..<6 { XCTAssertEqual(point.gradient[j], gradient[j], accuracy: 1e-12 * abs(f), "coordinate \(j)") }
    }

    /// Fewer rows than one block, and none at all: one block, the same answers.
    func testSmallAndEmptyDesigns() throws {
        let (objective, theta) = try objective(rows: 50)
        XCTAssertEqual(SparseRowMatrix.rowBlockCount(rows: 50), 1)
        XCTAssertEqual(objective.evaluate(theta).value.bitPattern, objective.evaluate(theta, concurrently: false).value.bitPattern)
        XCTAssertEqual(SparseRowMatrix.rowBlockCount(rows: 0), 1)
        XCTAssertEqual(SparseRowMatrix.rowBlock(0, rows: 0), 0..<0)
    }
}
