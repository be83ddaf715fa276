// Hidden suite for exercise `psi-drift` (exercises/06-governance/03_psi_drift.swift).
// Expected values are derived by hand next to each assertion, or come from numpy on the raw Adult file
// (scripts/reference/content_governance.py).

import XCTest
import FairKit
@testable import LearnerCode

final class PSIDriftSuite: XCTest::XCTestCase {
    func testDecilesInterpolateBetweenSortedValues() {
        // 1 ... 10 (given shuffled): position k/10 × 9, so k = 1 -> 0.9 -> 1 + 0.9 × (2 - 1) = 1.9; k = 5 -> 4.5 -> 5.5.
        let cuts = decileCuts([7, 3, 10, 1, 5, 2, 9, 4, 8, 6])
        XCTest::XCTAssertEqual(cuts.count, 9, "ten distinct values: nine cuts")
        for (k, cut) in zip(1..., cuts) {
            XCTest::XCTAssertEqual(cut, 1 + 0.9 * Double(k), accuracy: 1e-12, "decile \(k) of 1 ... 10 is 1 + 0.9 × \(k)")
        }
        XCTest::XCTAssertEqual(decileCuts([5, 5, 5, 5]), [5], "every decile of a constant is 5: one cut, the repeats left out")
        // Five 1s then five 2s: deciles 1-4 are 1, decile 5 at position 4.5 is 1 + 0.5 × (2 − 1) = 1.5, deciles 6-9 are 2.
        XCTest::XCTAssertEqual(decileCuts([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]), [1, 1.5, 2],
                               "repeated cuts are left out wherever they occur, not only at the start")
        XCTest::XCTAssertEqual(decileCuts([]), [], "no baseline, no cuts")
        XCTest::XCTAssertEqual(decileCuts([2.5]), [2.5], "a single value is every decile")
    }

    func testBinsAreOpenBelowAndClosedAbove() {
        // cuts [5]: bins (-inf, 5] and (5, +inf). 4 and 5 fall low, 6 high: 2/3 and 1/3.
        let shares = binShares([4, 5, 6], cuts: [5])
        guard shares.count == 2 else { return XCTest::XCTFail("one cut makes two bins: expected 2 shares, got \(shares.count)") }
        XCTest::XCTAssertEqual(shares[0], 2.0 / 3, accuracy: 1e-12, "4 and 5 (equal to the cut) are in the lower bin: 2 of 3")
        XCTest::XCTAssertEqual(shares[1], 1.0 / 3, accuracy: 1e-12, "6 is in the upper bin: 1 of 3")
        // Outside the baseline's range: -100 in the first bin, 100 in the last of cuts [1, 2, 3].
        XCTest::XCTAssertEqual(binShares([-100, 100], cuts: [1, 2, 3]), [0.5, 0, 0, 0.5], "the end bins are open")
        XCTest::XCTAssertEqual(binShares([], cuts: [1, 2]), [0, 0, 0], "no values: three bins, each share 0")
    }

    func testPSIOfAWholeBatchInTheLastBin() throws {
        // Baseline 1 ... 10: one value per bin, 0.1 each. A batch of ten 10s: (0, ..., 0, 1); 0 is floored at 1e-4.
        // PSI = 9 × (1e-4 − 0.1) × ln(1e-4 / 0.1) + (1 − 0.1) × ln(1 / 0.1) = 6.2108 + 2.0723 = 8.2831.
        let baseline = (1...10).map(Double.init)
        let cuts = decileCuts(baseline)
        let expected = binShares(baseline, cuts: cuts)
        let actual = binShares([Double](repeating: 10, count: 10), cuts: cuts)
        let psi = try XCTest::XCTUnwrap(populationStabilityIndex(expected: expected, actual: actual, floor: 1e-4),
                                        "two share lists of ten: a PSI, not nil")
        XCTest::XCTAssertEqual(psi, 9 * (1e-4 - 0.1) * log(1e-4 / 0.1) + 0.9 * log(10.0), accuracy: 1e-9,
                               "PSI = 9 (1e-4 − 0.1) ln(1e-4 / 0.1) + 0.9 ln 10 = 8.2831")
        XCTest::XCTAssertEqual(driftLevel(psi), "significant", "8.28 is far above 0.25")
    }

    func testPSIIsZeroForTheSameSharesAndRefusesBadInput() {
        XCTest::XCTAssertEqual(populationStabilityIndex(expected: [0.5, 0.5], actual: [0.5, 0.5], floor: 1e-4) ?? -1, 0,
                               accuracy: 1e-15, "the same distribution has PSI 0")
        // (0.6 − 0.4) ln(0.6/0.4) + (0.4 − 0.6) ln(0.4/0.6) = 0.2 × 0.405465 × 2 = 0.162186: symmetric in its inputs.
        XCTest::XCTAssertEqual(populationStabilityIndex(expected: [0.4, 0.6], actual: [0.6, 0.4], floor: 1e-4) ?? -1,
                               0.4 * log(1.5), accuracy: 1e-12, "swapping 0.4/0.6 for 0.6/0.4: PSI 0.4 ln 1.5 = 0.1622")
        XCTest::XCTAssertNil(populationStabilityIndex(expected: [0.5, 0.5], actual: [1], floor: 1e-4), "different lengths: nil")
        XCTest::XCTAssertNil(populationStabilityIndex(expected: [], actual: [], floor: 1e-4), "no bins: nil")
        XCTest::XCTAssertNil(populationStabilityIndex(expected: [1], actual: [1], floor: 0), "a floor of 0 cannot stop ln(0): nil")
    }

    func testReadingsAtTheBoundaries() {
        XCTest::XCTAssertEqual(driftLevel(0), "none", "0: no shift")
        XCTest::XCTAssertEqual(driftLevel(0.0999), "none", "just under 0.1: none")
        XCTest::XCTAssertEqual(driftLevel(0.1), "moderate", "0.1 itself is moderate")
        XCTest::XCTAssertEqual(driftLevel(0.25), "moderate", "0.25 itself is still moderate")
        XCTest::XCTAssertEqual(driftLevel(0.2501), "significant", "above 0.25: significant")
    }

    func testAdultAgesOfMenAgainstWomen() throws {
        // numpy on adult.data (scripts/reference/content_governance.py): women's ages (10,771) as the baseline,
        // deciles 20, 23, 27, 31, 35, 39, 44, 49, 57; men's ages (21,790) as the batch: PSI 0.07066168202467463.
        let adult = try Dataset.adult(.train, droppingMissing: false)
        let sex = try adult.table.column("sex"), age = try adult.table.column("age")
        var women: [Double] = [], men: [Double] = []
        for row in 0..<adult.table.rowCount {
            guard let years = age[row].number else { continue }
            if sex[row].text == "Female" { women.append(years) } else { men.append(years) }
        }
        XCTest::XCTAssertEqual(women.count, 10_771, "Adult's training file has 10,771 women (the suite's own setup)")
        let cuts = decileCuts(women)
        XCTest::XCTAssertEqual(cuts, [20, 23, 27, 31, 35, 39, 44, 49, 57], "deciles of the women's ages (numpy)")
        let psi = try XCTest::XCTUnwrap(populationStabilityIndex(expected: binShares(women, cuts: cuts),
                                                                 actual: binShares(men, cuts: cuts), floor: 1e-4),
                                        "PSI of men's ages against women's")
        XCTest::XCTAssertEqual(psi, 0.07066168202467463, accuracy: 1e-12, "PSI of Adult men's ages against women's (numpy)")
        XCTest::XCTAssertEqual(driftLevel(psi), "none", "0.071 is under 0.1: the age mix differs, but not by much")
    }
}
