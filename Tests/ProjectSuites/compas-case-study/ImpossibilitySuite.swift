// Hidden suite for step `impossibility` of project `compas-case-study` (projects-work/compas-case-study/impossibility.swift).
// Expected values are derived by hand from Chouldechova's identity FPR = p/(1-p) * (1-PPV)/PPV * (1-FNR); COMPAS's
// rates come from pandas on the raw file (scripts/reference/project_compas_case_study.py).

import XCTest
@testable import LearnerCode

final class ImpossibilitySuite: XCTest::XCTestCase {
    func testTheIdentityOnRoundNumbers() throws {
        // p = 0.5: p/(1-p) = 1; PPV 0.5: (1-PPV)/PPV = 1; FNR 0.2: 1-FNR = 0.8. FPR = 0.8.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0.5, fnr: 0.2)), 0.8, accuracy: 1e-12, "1 * 1 * 0.8")
        // p = 0.2: 0.25; PPV 0.8: 0.25; FNR 0: 1. FPR = 0.0625.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impliedFalsePositiveRate(prevalence: 0.2, ppv: 0.8, fnr: 0)), 0.0625, accuracy: 1e-12, "0.25 * 0.25 * 1")
    }

    func testAPerfectPredictorHasNoFalsePositives() throws {
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impliedFalsePositiveRate(prevalence: 0.3, ppv: 1, fnr: 0.4)), 0, accuracy: 1e-12, "PPV 1: (1-1)/1 = 0")
    }

    func testOutsideItsDomainIsNil() {
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0, ppv: 0.5, fnr: 0.1), "prevalence 0: nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 1, ppv: 0.5, fnr: 0.1), "prevalence 1: p/(1-p) is infinite, nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0, fnr: 0.1), "PPV 0: nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0.5, fnr: 1.5), "FNR 1.5: nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 1.5, fnr: 0.5), "PPV 1.5: nil")
    }

    func testMissingEveryoneLeavesNoFalsePositives() throws {
        // FNR 1 (every re-offender labelled low risk): 1 - FNR = 0, so FPR = 0 whatever p and PPV.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(impliedFalsePositiveRate(prevalence: 0.4, ppv: 0.5, fnr: 1)), 0, accuracy: 1e-12, "FNR 1 is allowed")
    }

    func testEqualPrevalencesForceNoGap() throws {
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(forcedFalsePositiveGap(prevalenceA: 0.4, prevalenceB: 0.4, ppv: 0.6, fnr: 0.3)), 0, accuracy: 1e-12,
                               "same prevalence, same PPV and FNR: same FPR")
    }

    func testDifferentPrevalencesForceAGap() throws {
        // PPV 0.5 and FNR 0.2 for both: FPR_a at p = 0.5 is 0.8 (above); at p = 0.2: 0.25 * 1 * 0.8 = 0.2. Gap 0.6.
        XCTest::XCTAssertEqual(try XCTest::XCTUnwrap(forcedFalsePositiveGap(prevalenceA: 0.5, prevalenceB: 0.2, ppv: 0.5, fnr: 0.2)), 0.6, accuracy: 1e-12,
                               "0.8 - 0.2")
        XCTest::XCTAssertNil(forcedFalsePositiveGap(prevalenceA: 1, prevalenceB: 0.2, ppv: 0.5, fnr: 0.2), "prevalence 1: nil")
    }

    func testCompasRatesSatisfyTheIdentity() throws {
        // pandas, ProPublica's filter, high risk = decile >= 5, African-American: p = 1661/3175, PPV = 1188/1829,
        // FNR = 473/1661; the measured FPR is 641/1514 = 0.423382, and the identity gives it back exactly.
        let fpr = try XCTest::XCTUnwrap(impliedFalsePositiveRate(prevalence: 1661.0 / 3175, ppv: 1188.0 / 1829, fnr: 473.0 / 1661), "COMPAS rates")
        XCTest::XCTAssertEqual(fpr, 641.0 / 1514, accuracy: 1e-12, "COMPAS: the identity reproduces the African-American FPR")
    }
}
