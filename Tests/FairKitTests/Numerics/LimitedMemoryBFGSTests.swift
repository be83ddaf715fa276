import XCTest
@testable import FairKit

final class LimitedMemoryBFGSTests: XCTestCase {
    /// The doc comment's example: f = (x₁ − 1)² + 10 (x₂ + 2)² has its minimum 0 at (1, −2).
    func testQuadraticReachesItsMinimum() {
        let result = LimitedMemoryBFGS().minimise(from: [0, 0]) { x in
            ((x[0] - 1) * (x[0] - 1) + 10 * (x[1] + 2) * (x[1] + 2), [2 * (x[0] - 1), 20 * (x[1] + 2)])
        }
        XCTAssertTrue(result.converged)
        XCTAssertEqual(result.x[0], 1, accuracy: 1e-8)   // |∂f/∂x₁| = 2|x₁ − 1| ≤ 1e-8
        XCTAssertEqual(result.x[1], -2, accuracy: 1e-9)
        XCTAssertEqual(result.value, 0, accuracy: 1e-15)
    }

    /// Rosenbrock's valley f = (1 − a)² + 100 (b − a²)² from (−1.2, 1), the textbook test
    /// (Nocedal & Wright §2.1): the minimum is 0 at (1, 1).
    func testRosenbrock() {
        var solver = LimitedMemoryBFGS()
        solver.gradientTolerance = 1e-10
        let result = solver.minimise(from: [-1.2, 1]) { x in
            let (a, b) = (x[0], x[1])
            return ((1 - a) * (1 - a) + 100 * (b - a * a) * (b - a * a), [-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)])
        }
        XCTAssertEqual(result.x[0], 1, accuracy: 1e-8)
        XCTAssertEqual(result.x[1], 1, accuracy: 1e-8)
    }
}
