import Foundation
import XCTest
@testable import FairKit

/// The vectorised e^x and σ(z) of Kernel SHAP's logistic path against the C library's `exp`
/// (Foundation), the reference the scalar path uses.
final class SIMDExponentialTests: XCTestCase {
    /// Distance in units in the last place of `expected`.
    private func ulps(_ value: Double, _ expected: Double) -> Double {
        value == expected ? 0 : abs(value - expected) / expected.ulp
    }

    /// 200,000 seeded arguments over the whole finite range [−745, 710], 100,000 over [−40, 40],
    /// and the edges of the fast range (±708) and of the reduction (±ln 2 / 2): every result within
    /// 1 ulp of Foundation's exp.
    func testWithinOneUlpOfFoundationExp() {
        var generator = SeededGenerator(seed: 7)
        var x = (0..<200_000).map { _ in -745 + 1_455 * generator.nextDouble() }
        x += (0..<100_000).map { _ in -40 + 80 * generator.nextDouble() }
        x += [708, -708, 707.999, -707.999, 0.5 * log(2.0), -0.5 * log(2.0), 1e-300, -1e-300, .ulpOfOne, 1, -1, 2, 10]
        let y = SIMDExponential.exp(x)
        var worst = 0.0
        for (a, b) in zip(x, y) {
            let expected = Foundation.exp(a)
            if expected == 0 || expected.isInfinite {
                XCTAssertEqual(b, expected, "at \(a)")
            } else {
                worst = max(worst, ulps(b, expected))
            }
        }
        XCTAssertLessThanOrEqual(worst, 1)
    }

    /// e^0 = 1 exactly (k = 0, r = 0); e^1 = 2.718281828459045 (to the double nearest e, within
    /// 1 ulp); beyond ±708 the lane is the C library's: e^709.5 finite, e^710 = +∞, e^−746 = 0,
    /// e^−740 subnormal and equal; ±∞ and NaN as IEEE 754 says.
    func testSpecialValues() {
        let x: [Double] = [0, -0.0, 1, 709.5, 710, -746, -740, .infinity, -.infinity, .nan]
        let y = SIMDExponential.exp(x)
        XCTAssertEqual(y[0], 1)
        XCTAssertEqual(y[1], 1)
        XCTAssertLessThanOrEqual(ulps(y[2], 2.718281828459045), 1)
        XCTAssertEqual(y[3], Foundation.exp(709.5))
        XCTAssertTrue(y[3].isFinite)
        XCTAssertEqual(y[4], .infinity)
        XCTAssertEqual(y[5], 0)
        XCTAssertEqual(y[6], Foundation.exp(-740))
        XCTAssertTrue(y[6].isSubnormal)
        XCTAssertEqual(y[7], .infinity)
        XCTAssertEqual(y[8], 0)
        XCTAssertTrue(y[9].isNaN)
    }

    /// σ as `StableFunctions.logistic` computes it, to 2 ulp (one from e, one from the division);
    /// σ(0) = 1/2 exactly, σ(−800) = 0 and σ(800) = 1 without NaN.
    func testLogisticAgreesWithTheScalarForm() {
        var generator = SeededGenerator(seed: 11)
        let z = (0..<100_000).map { _ in -60 + 120 * generator.nextDouble() } + [0, -800, 800, -36.7, 36.7]
        let y = SIMDExponential.logistic(z)
        for (a, b) in zip(z, y) { XCTAssertLessThanOrEqual(ulps(b, StableFunctions.logistic(a)), 2, "at \(a)") }
        XCTAssertEqual(y[100_000], 0.5)
        XCTAssertEqual(y[100_001], 0)
        XCTAssertEqual(y[100_002], 1)
    }

    /// Rows 0..7 start at 0; row offset 0 of `rows` holds ln 3 everywhere, offset 8 holds 1.
    /// Weights [0.5, 0.5, 0, ...]: σ(ln 3) = 3/4, so adding offset 0 gives 0.5·0.75 + 0.5·0.75 =
    /// 0.75; subtracting it gives σ(−ln 3) = 1/4; with the identity, ln 3 + 1 = 2.0986...
    func testWeightedSumByHand() {
        let start = [Double](repeating: 0, count: 8)
        let rows = [Double](repeating: log(3.0), count: 8) + [Double](repeating: 1, count: 8)
        let weights = [0.5, 0.5, 0, 0, 0, 0, 0, 0]
        func sum(_ offsets: [Int], subtract: Bool, logistic: Bool) -> Double {
            start.withUnsafeBufferPointer { s in
                rows.withUnsafeBufferPointer { r in
                    weights.withUnsafeBufferPointer { w in
                        SIMDExponential.weightedSum(start: s, rows: r, offsets: offsets, subtract: subtract, weights: w, logistic: logistic)
                    }
                }
            }
        }
        XCTAssertEqual(sum([0], subtract: false, logistic: true), 0.75, accuracy: 1e-15)
        XCTAssertEqual(sum([0], subtract: true, logistic: true), 0.25, accuracy: 1e-15)
        XCTAssertEqual(sum([0, 8], subtract: false, logistic: false), log(3.0) + 1, accuracy: 1e-15)
        XCTAssertEqual(sum([], subtract: false, logistic: true), 0.5)
    }
}
