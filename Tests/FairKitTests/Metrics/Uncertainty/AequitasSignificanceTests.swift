import XCTest
@testable import FairKit

/// Aequitas's significance test against Aequitas 1.1 itself (selection rate, PPV, FOR: the p-values
/// of `get_disparity_major_group(check_significance=True)`) and against its procedure written out
/// with scipy.stats (TPR, FPR, whose samples FairKit builds from the metric's own rows), on COMPAS
/// by race against African-American (scripts/reference/aequitas_significance.py prints them).
final class AequitasSignificanceTests: XCTestCase {
    func testPValuesAgreeWithAequitasOnCOMPAS() throws {
        for (metric, group, x, n, refX, refN, expected) in Self.reference {
            let result = AequitasSignificance.test(group: .init(ones: x, count: n), reference: .init(ones: refX, count: refN))
            let p = try XCTUnwrap(result.pValue, "\(metric) \(group)")
            XCTAssertEqual(p, expected, accuracy: 1e-10 * max(expected, 1e-300) + 1e-13, "\(metric) \(group): \(result)")
            XCTAssertEqual(result.significant, expected < 0.05, "\(metric) \(group)")
        }
    }

    func testTheWorkedExample() throws {
        // 8 of 20 against 30 of 50: Levene's W = 0 (p = 1), so Student's t = 1.5208 on 68 df, p = 0.13293901816901202 (scipy).
        let result = AequitasSignificance.test(group: .init(ones: 8, count: 20), reference: .init(ones: 30, count: 50))
        XCTAssertEqual(result.varianceTest, .levene)
        XCTAssertTrue(result.equalVariance)
        XCTAssertEqual(try XCTUnwrap(result.pValue), 0.13293901816901202, accuracy: 1e-12)
    }

    func testTheChoiceOfVarianceTestFollowsAequitas() {
        // 20 values or fewer count as not normal: Levene decides, whatever the reference.
        let small = AequitasSignificance.test(group: .init(ones: 8, count: 20), reference: .init(ones: 300, count: 1000))
        XCTAssertEqual(small.varianceTest, .levene)
        // 0/1 samples of thousands are far from normal (normaltest rejects), so Levene decides too.
        XCTAssertFalse(AequitasSignificance.isNormal(.init(ones: 300, count: 1000)))
    }

    func testStudentAndFisherTailsAgreeWithClosedForms() {
        // ν = 1 is Cauchy: P(T > 1) = 1/2 - atan(1)/π = 1/4. ν = 2: P(T > t) = ½(1 - t/√(t² + 2)); t = 1: ½(1 - 1/√3).
        XCTAssertEqual(BetaDistribution.studentSurvival(1, degreesOfFreedom: 1), 0.25, accuracy: 1e-15)
        XCTAssertEqual(BetaDistribution.studentSurvival(1, degreesOfFreedom: 2), 0.5 * (1 - 1 / 3.0.squareRoot()), accuracy: 1e-15)
        // F(2, 2): P(F > f) = 1/(1 + f); f = 3 gives 1/4.
        XCTAssertEqual(BetaDistribution.fisherSurvival(3, 2, 2), 0.25, accuracy: 1e-15)
    }

    /// (metric, group, ones, rows, reference ones, reference rows, p), printed by the script.
    static let reference: [(String, String, Double, Double, Double, Double, Double)] = [
("pprev", "Asian", 7, 31, 1829, 3175, 7.681340998460558e-05),
("pprev", "Caucasian", 696, 2103, 1829, 3175, 3.2351983966831783e-71),
("pprev", "Hispanic", 141, 509, 1829, 3175, 1.674520419207481e-38),
("pprev", "Native American", 8, 11, 1829, 3175, 0.311098728179072),
("pprev", "Other", 70, 343, 1829, 3175, 2.1368883186646378e-45),
("precision", "Asian", 2, 7, 641, 1829, 0.7201964670035929),
("precision", "Caucasian", 282, 696, 641, 1829, 0.011862345928689884),
("precision", "Hispanic", 62, 141, 641, 1829, 0.04139361482414285),
("precision", "Native American", 3, 8, 641, 1829, 0.8846920076764075),
("precision", "Other", 28, 70, 641, 1829, 0.3947768844832114),
("for", "Asian", 3, 24, 473, 1346, 0.0035225147516515874),
("for", "Caucasian", 408, 1407, 473, 1346, 0.000555732190379054),
("for", "Hispanic", 110, 368, 473, 1346, 0.05964674992194953),
("for", "Native American", 0, 3, 473, 1346, 0.202891007399756),
("for", "Other", 82, 273, 473, 1346, 0.10531944546420707),
("tpr", "Asian", 5, 8, 1188, 1661, 0.5730987782051912),
("tpr", "Caucasian", 414, 822, 1188, 1661, 8.093707107943883e-24),
("tpr", "Hispanic", 79, 189, 1188, 1661, 1.2487704916053238e-13),
("tpr", "Native American", 5, 5, 1188, 1661, 0.15870030103714836),
("tpr", "Other", 42, 124, 1188, 1661, 1.0716990756845678e-18),
("fpr", "Asian", 2, 23, 641, 1514, 1.2405410367908512e-05),
("fpr", "Caucasian", 282, 1281, 641, 1514, 1.6425606249183697e-31),
("fpr", "Hispanic", 62, 320, 641, 1514, 3.651339088099313e-18),
("fpr", "Native American", 3, 6, 641, 1514, 0.7048750263637364),
("fpr", "Other", 28, 219, 641, 1514, 5.369373287952759e-26),
    ]
}
