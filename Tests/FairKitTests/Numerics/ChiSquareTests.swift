import Glibc
import XCTest
@testable import FairKit

/// The chi-square survival function and the regularized incomplete gamma behind it, against
/// scipy (scripts/reference/databias_chisquare.py) and closed forms.
final class ChiSquareTests: XCTestCase {
    /// (a, x, scipy.special.gammaincc(a, x)): each a on both sides of x = a + 1, where the
    /// evaluation switches from the series to the continued fraction, and deep in the tail.
    private let upperGamma: [(Double, Double, Double)] = [
        (0.5, 0.01, 0.887537083981715),
        (0.5, 0.25, 0.47950012218695337),
        (0.5, 1.0, 0.15729920705028105),
        (0.5, 2.0, 0.04550026389635857),
        (0.5, 6.0, 0.0005320055051392492),
        (0.5, 35.0, 5.930445850082478e-17),
        (1.0, 0.01, 0.990049833749168),
        (1.0, 0.5, 0.6065306597126334),
        (1.0, 1.5, 0.22313016014842982),
        (1.0, 2.5, 0.0820849986238988),
        (1.0, 7.0, 0.0009118819655545164),
        (1.0, 40.0, 4.248354255291595e-18),
        (2.5, 0.01, 0.999997012398468),
        (2.5, 1.25, 0.7764950711233227),
        (2.5, 3.0, 0.30621891841327875),
        (2.5, 4.0, 0.1562356275777222),
        (2.5, 10.0, 0.0012497305630313773),
        (2.5, 55.0, 4.0973302058415507e-22),
        (10.0, 0.01, 1.0),
        (10.0, 5.0, 0.9681719426937951),
        (10.0, 10.5, 0.3971325993508109),
        (10.0, 11.5, 0.28879453954867124),
        (10.0, 25.0, 0.0002214766382487835),
        (10.0, 130.0, 1.0922956375456852e-43),
        (50.0, 0.01, 1.0),
        (50.0, 25.0, 0.9999930466947524),
        (50.0, 50.5, 0.45319222327636854),
        (50.0, 51.5, 0.39855329602655254),
        (50.0, 105.0, 8.316027687533537e-10),
        (50.0, 530.0, 3.727147460635397e-160),
        (500.0, 0.01, 1.0),
        (500.0, 250.0, 1.0),
        (500.0, 500.5, 0.48513891876805154),
        (500.0, 501.5, 0.4673554876058688),
        (500.0, 1005.0, 3.3469440769183294e-70),
        (500.0, 5030.0, 0.0),
    ]

    /// (x, degrees of freedom, scipy.stats.chi2.sf(x, df)).
    private let survival: [(Double, Double, Double)] = [
        (3.841458820694124, 1, 0.04999999999999989),
        (14.44, 1, 0.00014469608785024014),
        (0.5, 3, 0.9188914116546758),
        (10.0, 4, 0.04042768199451279),
        (100.0, 10, 5.4497019829205215e-17),
        (1000.0, 800, 1.6472192644087128e-06),
        (300.0, 2, 7.175095973164448e-66),
        (1e-09, 7, 1.0),
    ]

    func testRegularizedUpperGammaAgreesWithScipy() {
        for (a, x, expected) in upperGamma {
            let q = ChiSquareDistribution.regularizedUpperGamma(a, x)
            // Relative agreement; scipy's 0 at a = 500, x = 5030 (below the smallest double) must stay 0-ish.
            XCTAssertEqual(q, expected, accuracy: max(expected * 1e-11, 1e-300), "Q(\(a), \(x))")
        }
    }

    func testSurvivalAgreesWithScipy() {
        for (x, df, expected) in survival {
            XCTAssertEqual(ChiSquareDistribution.survival(x, degreesOfFreedom: df), expected, accuracy: expected * 1e-11, "sf(\(x), \(df))")
        }
    }

    func testClosedForms() {
        // 2 degrees of freedom: the tail is exp(-x/2); P(X² ≥ 2) = e⁻¹.
        for x in [0.1, 2.0, 7.5, 60.0] {
            XCTAssertEqual(ChiSquareDistribution.survival(x, degreesOfFreedom: 2), exp(-x / 2), accuracy: exp(-x / 2) * 1e-13)
        }
        // 1 degree of freedom: X² = Z², so P(X² ≥ x) = P(|Z| ≥ √x) = erfc(√(x/2)); 3.841459 is the 5% point.
        for x in [0.01, 1.0, 3.841458820694124, 20.0] {
            XCTAssertEqual(ChiSquareDistribution.survival(x, degreesOfFreedom: 1), erfc((x / 2).squareRoot()),
                           accuracy: erfc((x / 2).squareRoot()) * 1e-12)
        }
        XCTAssertEqual(ChiSquareDistribution.survival(0, degreesOfFreedom: 3), 1)
        XCTAssertEqual(ChiSquareDistribution.survival(.infinity, degreesOfFreedom: 3), 0)
    }
}
