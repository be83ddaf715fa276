import Foundation
import XCTest
@testable import FairKit

/// PSI and the two-sample Kolmogorov-Smirnov test: by hand on small samples, and against numpy and
/// scipy (scripts/reference/drift_ks.py) on fixed formula samples.
final class DriftTests: XCTestCase {
    /// The reference script's samples.
    let baseline = (0..<200).map { Double(($0 * 37) % 101) / 10 }
    let drifted = (0..<150).map { Double(($0 * 53) % 97) / 10 + 3 }
    let same = (100..<300).map { Double(($0 * 37) % 101) / 10 }

    func testPopulationStabilityIndexByHand() throws {
        let tens = (1...10).map(Double.init)
        // Cuts at positions 0.9k of the sorted baseline: 1.9, 2.8, ..., 9.1.
        let cuts = PopulationStabilityIndex.quantileCuts(tens)
        XCTAssertEqual(cuts.count, 9)
        XCTAssertEqual(cuts[0], 1.9, accuracy: 1e-12)
        XCTAssertEqual(cuts[8], 9.1, accuracy: 1e-12)
        // One baseline value per bin (p = 0.1); ten 10s all in the last bin (q = 1, others floored
        // to 1e-4): 9 (1e-4 - 0.1) ln(1e-4 / 0.1) + 0.9 ln(10).
        let expected = 9 * (1e-4 - 0.1) * log(1e-4 / 0.1) + 0.9 * log(10.0)
        XCTAssertEqual(PopulationStabilityIndex.numeric(baseline: tens, batch: Array(repeating: 10, count: 10)).number ?? .nan,
                       expected, accuracy: 1e-12)
        XCTAssertEqual(expected, 8.2831, accuracy: 1e-4)  // 0.8991 × 6.9078 + 0.9 × 2.3026 = 6.2108 + 2.0723
        XCTAssertEqual(PopulationStabilityIndex.numeric(baseline: tens, batch: tens).number, 0)
        XCTAssertNotNil(PopulationStabilityIndex.numeric(baseline: [], batch: tens).undefinedReason)
    }

    func testCategoricalPopulationStabilityIndexByHand() {
        // Baseline a, a, b, b; batch a, b, b, c: shares a 0.5 -> 0.25, b 0.5 -> 0.5, c 1e-4 -> 0.25.
        // PSI = (0.25 - 0.5) ln(0.5) + 0 + (0.25 - 1e-4) ln(0.25 / 1e-4).
        let expected = -0.25 * log(0.5) + (0.25 - 1e-4) * log(0.25 / 1e-4)
        let psi = PopulationStabilityIndex.categorical(baseline: ["a", "a", "b", "b"], batch: ["a", "b", "b", "c"])
        XCTAssertEqual(psi.number ?? .nan, expected, accuracy: 1e-12)
    }

    func testPopulationStabilityIndexAgreesWithNumpy() {
        // scripts/reference/drift_ks.py: drifted PSI = 1.9189189365210637, same 0.0005129329438755058.
        XCTAssertEqual(PopulationStabilityIndex.numeric(baseline: baseline, batch: drifted).number ?? .nan, 1.9189189365210637, accuracy: 1e-12)
        XCTAssertEqual(PopulationStabilityIndex.numeric(baseline: baseline, batch: same).number ?? .nan, 0.0005129329438755058, accuracy: 1e-12)
    }

    func testKolmogorovSmirnovByHand() throws {
        // F1 - F2 at 2: 0.4 - 0; at 3: 0.6 - 0.2; at 5: 1 - 0.6. D = 0.4.
        XCTAssertEqual(try XCTUnwrap(KolmogorovSmirnov([1, 2, 3, 4, 5], [3, 4, 5, 6, 7])).statistic, 0.4, accuracy: 1e-12)
        // Disjoint: D = 1; z = √(25 / 10) = 1.5811, P = 2 (e^(-2z²) - e^(-8z²) + ...) = 2 (e^-5 - e^-20) = 0.013476.
        let disjoint = try XCTUnwrap(KolmogorovSmirnov([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]))
        XCTAssertEqual(disjoint.statistic, 1)
        XCTAssertEqual(disjoint.pValue, 2 * (exp(-5) - exp(-20)), accuracy: 1e-12)
        XCTAssertNil(KolmogorovSmirnov([], [1]))
    }

    func testKolmogorovSmirnovAgreesWithScipy() throws {
        // scripts/reference/drift_ks.py: ks_2samp D = 0.295 and 0.005; kstwobign.sf(√(nm/(n+m)) D) =
        // 6.637075322300498e-07 and 1.0.
        let drift = try XCTUnwrap(KolmogorovSmirnov(baseline, drifted))
        XCTAssertEqual(drift.statistic, 0.295, accuracy: 1e-12)
        XCTAssertEqual(drift.pValue, 6.637075322300498e-07, accuracy: 1e-15)
        let unchanged = try XCTUnwrap(KolmogorovSmirnov(baseline, same))
        XCTAssertEqual(unchanged.statistic, 0.005, accuracy: 1e-12)
        XCTAssertEqual(unchanged.pValue, 1, accuracy: 1e-12)
    }
}
