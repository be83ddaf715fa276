import XCTest
@testable import FairKit

/// Wilson intervals, z-tests, Holm's correction, rows needed and normal quantiles against
/// statsmodels 0.15 and scipy (scripts/reference/audit_uncertainty.py prints the numbers below).
final class UncertaintyReferenceTests: XCTestCase {
    func testWilsonIntervalsAgreeWithStatsmodels() throws {
        let cases: [(Double, Double, Double, Double, Double)] = [
            (20, 100, 0.95, 0.1333669333310325, 0.2888291655931589),
            (100, 200, 0.95, 0.43136085960389187, 0.5686391403961082),
            (10, 30, 0.95, 0.19230498083676134, 0.5121994835545616),
            (0, 12, 0.95, 2.7755575615628914e-17, 0.24249400665524085),
            (12, 12, 0.9, 0.8160188052525229, 0.9999999999999999),
            (70, 100, 0.99, 0.572572381123576, 0.8025393437900948),
            (1, 3, 0.95, 0.06149194472039621, 0.7923403991979522),
        ]
        for (x, n, confidence, lower, upper) in cases {
            let interval = try XCTUnwrap(ConfidenceInterval.wilson(successes: x, trials: n, confidence: confidence))
            XCTAssertEqual(interval.lower, lower, accuracy: 1e-12, "\(x)/\(n)")
            XCTAssertEqual(interval.upper, upper, accuracy: 1e-12, "\(x)/\(n)")
        }
        XCTAssertNil(ConfidenceInterval.wilson(successes: 0, trials: 0, confidence: 0.95), "no trials, no proportion")
    }

    func testTwoProportionZTestAgreesWithStatsmodels() throws {
        let cases: [(Double, Double, Double, Double, Double)] = [
            (20, 100, 100, 200, 5.733031437583866e-07),
            (10, 30, 80, 100, 1.1904490342717532e-06),
            (10, 70, 20, 100, 0.336121132908895),
            (20, 100, 50, 200, 0.3344275316674441),
            (3, 12, 60, 200, 0.7127896150422327),
        ]
        for (x1, n1, x2, n2, p) in cases {
            let value = try XCTUnwrap(TwoProportionTest.pValue(x1, n1, x2, n2))
            XCTAssertEqual(value, p, accuracy: 1e-12 * max(1, p) + 1e-15, "\(x1)/\(n1) vs \(x2)/\(n2)")
        }
        // Both rates 0: the pooled variance is 0 and the rates are equal, so p = 1.
        XCTAssertEqual(TwoProportionTest.pValue(0, 10, 0, 20), 1)
    }

    func testHolmAgreesWithStatsmodels() {
        XCTAssertEqual(MultipleComparisons.holm([0.01, 0.04, 0.03]), [0.03, 0.06, 0.06])
        let adjusted = MultipleComparisons.holm([0.2, 0.001, 0.5, 0.02, 0.02])
        for (a, b) in zip(adjusted, [0.4, 0.005, 0.5, 0.08, 0.08]) { XCTAssertEqual(a, b, accuracy: 1e-15) }
    }

    func testRowsNeededIsTheHandFormulaAndNormalIndPowersSolution() {
        // (p1, p2, 2((z.975 + z.8)/h)², statsmodels NormalIndPower().solve_power(h, 0.05, 0.8, ratio=1)):
        // the two differ by the far tail's rejections only, well under a row.
        let cases: [(Double, Double, Double, Double)] = [
            (0.2, 0.5, 37.90871568417777, 37.908621134537526),
            (0.25, 0.3, 1249.5869254716542, 1249.5838647379314),
            (0.4, 0.2, 80.29930632621122, 80.29911140865897),
            (0.9, 0.85, 680.3543283706931, 680.3526619127904),
        ]
        for (p1, p2, hand, solved) in cases {
            XCTAssertEqual(TwoProportionTest.rowsNeeded(p1, p2), Int(hand.rounded(.up)), "\(p1) vs \(p2)")
            XCTAssertEqual(TwoProportionTest.rowsNeeded(p1, p2), Int(solved.rounded(.up)), "\(p1) vs \(p2)")
        }
        XCTAssertNil(TwoProportionTest.rowsNeeded(0.3, 0.3), "no gap, no sample size detects it")
    }

    func testNormalQuantilesAgreeWithScipy() {
        for (p, z) in [(0.975, 1.959963984540054), (0.8, 0.8416212335729143), (1e-10, -6.361340902404056), (0.3, -0.5244005127080409)] {
            XCTAssertEqual(NormalDistribution.quantile(p), z, accuracy: 1e-14, "Φ⁻¹(\(p))")
        }
        XCTAssertEqual(NormalDistribution.cdf(0), 0.5)
    }
}
