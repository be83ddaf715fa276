import Foundation
import XCTest
@testable import FairKit

final class VectorMathTests: XCTestCase {
    /// [1, 2, 3]·[4, −5, 6] = 4 − 10 + 18 = 12; ‖[3, −4]‖₂ = 5; ‖[3, −4]‖∞ = 4.
    func testDotAndNormsByHand() {
        XCTAssertEqual([1.0, 2, 3].dot([4, -5, 6]), 12)
        XCTAssertEqual([3.0, -4].euclideanNorm, 5)
        XCTAssertEqual([3.0, -4].maxAbsolute, 4)
        XCTAssertEqual([Double]().euclideanNorm, 0)
        XCTAssertEqual([1.0, 2].adding([10, 20], scaledBy: 0.5), [6, 12])
    }

    /// Squaring 1e200 overflows; the scaled norm of [3e200, 4e200] is still 5e200.
    func testEuclideanNormDoesNotOverflow() {
        XCTAssertEqual([3e200, 4e200].euclideanNorm, 5e200, accuracy: 1e186)
        XCTAssertEqual([3e-200, 4e-200].euclideanNorm, 5e-200, accuracy: 1e-214)
    }

    /// σ(0) = 1/2; σ(−800) = e^(−800) underflows to 0 without producing NaN; softplus(z) − z → e^(−z)
    /// for large z; softplus(−40) ≈ e^(−40); log(e^1000 + e^1000) = 1000 + log 2.
    func testStableFunctionsAtTheExtremes() {
        XCTAssertEqual(StableFunctions.logistic(0), 0.5)
        XCTAssertEqual(StableFunctions.logistic(-800), 0)
        XCTAssertEqual(StableFunctions.logistic(800), 1)
        XCTAssertEqual(StableFunctions.logistic(-30), exp(-30) / (1 + exp(-30)), accuracy: 1e-28)
        XCTAssertEqual(StableFunctions.softplus(-40), exp(-40), accuracy: 1e-32)
        XCTAssertEqual(StableFunctions.softplus(0), log(2.0), accuracy: 1e-16)
        XCTAssertEqual(StableFunctions.softplus(25), 25 + exp(-25), accuracy: 1e-14)
        XCTAssertEqual(StableFunctions.softplus(800), 800)
        XCTAssertEqual(StableFunctions.logSumExp(1000, 1000), 1000 + log(2.0), accuracy: 1e-12)
        XCTAssertEqual(StableFunctions.logSumExp(-.infinity, 3), 3)
        XCTAssertEqual(StableFunctions.logSumExp(-.infinity, -.infinity), -.infinity)
    }
}
