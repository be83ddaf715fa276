// Hidden suite for exercise `impossibility` (exercises/03-fairness-definitions/04_impossibility.swift).
// Expected values are derived by hand or by formula (arithmetic next to each assertion); COMPAS's confusion
// counts come from pandas on the raw file (scripts/reference/content_fairness_definitions.py).

import XCTest
@testable import LearnerCode

final class ImpossibilitySuite: XCTest::XCTestCase {
    func testRatesFromCountsByHand() throws {
        // TP 6, FP 2, TN 10, FN 2: n = 20. prevalence (6+2)/20 = 0.4; PPV 6/8 = 0.75; FNR 2/8 = 0.25; FPR 2/12.
        let rates = try XCTest::XCTUnwrap(groupRates(tp: 6, fp: 2, tn: 10, fn: 2), "all denominators are positive: return rates")
        XCTest::XCTAssertEqual(rates.prevalence, 0.4, accuracy: 1e-12, "prevalence = (TP + FN) / n = 8 / 20")
        XCTest::XCTAssertEqual(rates.ppv, 0.75, accuracy: 1e-12, "PPV = TP / (TP + FP) = 6 / 8")
        XCTest::XCTAssertEqual(rates.fnr, 0.25, accuracy: 1e-12, "FNR = FN / (FN + TP) = 2 / 8")
        XCTest::XCTAssertEqual(rates.fpr, 2.0 / 12, accuracy: 1e-12, "FPR = FP / (FP + TN) = 2 / 12 (not FP / n = 2 / 20)")
    }

    func testTheIdentityByHand() {
        // p = 0.5, PPV = 0.8, FNR = 0.2: 0.5/0.5 · 0.2/0.8 · 0.8 = 1 · 0.25 · 0.8 = 0.2.
        assertValue(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0.8, falseNegativeRate: 0.2), equals: 0.2,
                    "FPR = p/(1-p) · (1-PPV)/PPV · (1-FNR) = 1 · 0.25 · 0.8")
        // Same PPV and FNR, prevalence 0.3: 0.3/0.7 · 0.25 · 0.8 = 0.6/7 = 0.0857142857. Equal PPV and FNR
        // with different prevalences force different FPRs.
        assertValue(impliedFalsePositiveRate(prevalence: 0.3, ppv: 0.8, falseNegativeRate: 0.2), equals: 0.6 / 7,
                    "FPR at prevalence 0.3: 0.3/0.7 · 0.25 · 0.8 = 0.0857")
    }

    func testAPerfectPredictorOrAModelThatMissesEveryoneHasNoFalsePositives() {
        // PPV = 1: (1 - 1)/1 = 0, so FPR = 0 whatever p. FNR = 1: (1 - 1) = 0, FPR = 0.
        assertValue(impliedFalsePositiveRate(prevalence: 0.4, ppv: 1, falseNegativeRate: 0.1), equals: 0,
                    "PPV 1 (every flagged person is positive): FPR 0")
        assertValue(impliedFalsePositiveRate(prevalence: 0.4, ppv: 0.5, falseNegativeRate: 1), equals: 0,
                    "FNR 1 is allowed (the bound is <= 1): FPR = 0.4/0.6 · 1 · 0 = 0")
        assertValue(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0.5, falseNegativeRate: 0), equals: 1,
                    "FNR 0 is allowed: FPR = 1 · 1 · 1 = 1")
    }

    func testTheIdentityReproducesCompasFalsePositiveRates() throws {
        // COMPAS, "high risk" = decile_score >= 5 (pandas counts):
        // African-American TP 1188, FP 641, TN 873, FN 473: FPR = 641 / (641 + 873) = 641/1514 = 0.423382.
        // Caucasian        TP 414,  FP 282, TN 999, FN 408: FPR = 282 / (282 + 999) = 282/1281 = 0.220141.
        // The identity is exact on counts: p/(1-p) = (TP+FN)/(FP+TN), (1-PPV)/PPV = FP/TP, 1-FNR = TP/(TP+FN),
        // product FP/(FP+TN).
        for (race, tp, fp, tn, fn) in [("African-American", 1188, 641, 873, 473), ("Caucasian", 414, 282, 999, 408)] {
            let rates = try XCTest::XCTUnwrap(groupRates(tp: tp, fp: fp, tn: tn, fn: fn), "COMPAS \(race): rates")
            assertValue(impliedFalsePositiveRate(prevalence: rates.prevalence, ppv: rates.ppv, falseNegativeRate: rates.fnr),
                        equals: Double(fp) / Double(fp + tn), "COMPAS \(race): FPR implied by prevalence, PPV and FNR", accuracy: 1e-12)
        }
    }

    func testUndefinedRatesGiveNil() {
        XCTest::XCTAssertNil(groupRates(tp: 0, fp: 0, tn: 5, fn: 1), "nobody flagged (TP + FP = 0): PPV undefined, nil")
        XCTest::XCTAssertNil(groupRates(tp: 0, fp: 2, tn: 5, fn: 0), "no positives (TP + FN = 0): FNR undefined, nil")
        XCTest::XCTAssertNil(groupRates(tp: 3, fp: 0, tn: 0, fn: 1), "no negatives (FP + TN = 0): FPR undefined, nil")
        XCTest::XCTAssertNil(groupRates(tp: -1, fp: 2, tn: 5, fn: 3), "a negative count is not a count: nil")
        // A zero count is fine as long as no denominator is zero:
        XCTest::XCTAssertNotNil(groupRates(tp: 1, fp: 1, tn: 1, fn: 0), "TP 1, FP 1, TN 1, FN 0: every rate is defined (FNR 0)")
        XCTest::XCTAssertEqual(groupRates(tp: 0, fp: 1, tn: 1, fn: 1)?.ppv, 0, "TP 0, FP 1: PPV 0 / 1 = 0, defined")
        XCTest::XCTAssertEqual(groupRates(tp: 1, fp: 0, tn: 1, fn: 1)?.fpr, 0, "FP 0, TN 1: FPR 0 / 1 = 0, defined")
        XCTest::XCTAssertEqual(groupRates(tp: 1, fp: 1, tn: 0, fn: 1)?.fpr, 1, "FP 1, TN 0: FPR 1 / 1 = 1, defined")
    }

    func testOutOfRangeInputsToTheIdentityGiveNil() {
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0, ppv: 0.5, falseNegativeRate: 0.5), "prevalence 0: nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 1, ppv: 0.5, falseNegativeRate: 0.5), "prevalence 1: p/(1-p) divides by 0, nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0, falseNegativeRate: 0.5), "PPV 0: (1-PPV)/PPV divides by 0, nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 1.2, falseNegativeRate: 0.5), "PPV above 1 is not a rate: nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0.5, falseNegativeRate: -0.1), "FNR below 0: nil")
        XCTest::XCTAssertNil(impliedFalsePositiveRate(prevalence: 0.5, ppv: 0.5, falseNegativeRate: 1.5), "FNR above 1: nil")
    }

    private func assertValue(_ actual: Double?, equals expected: Double, _ message: String, accuracy: Double = 1e-12, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: accuracy, message, line: line)
    }
}
