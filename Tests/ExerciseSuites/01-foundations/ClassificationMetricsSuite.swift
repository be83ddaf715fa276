// Hidden suite for exercise `classification-metrics`
// (exercises/01-foundations/03_classification_metrics.swift).
// Expected values are derived by hand from the formulas (arithmetic next to each assertion) and
// cross-checked against scikit-learn by scripts/reference/content_classification_metrics.py.

import XCTest
@testable import LearnerCode

final class ClassificationMetricsSuite: XCTest::XCTestCase {
    /// TP 40, FP 10, TN 35, FN 15: a loan book of 100 applicants.
    private let book = ConfusionMatrix(truePositives: 40, falsePositives: 10, trueNegatives: 35, falseNegatives: 15)

    func testAccuracyIsTheShareOfAllRowsGotRight() throws {
        // (TP + TN) / total = (40 + 35) / 100 = 0.75
        let value = try XCTest::XCTUnwrap(accuracy(book), "100 rows: accuracy is defined, do not return nil")
        XCTest::XCTAssertEqual(value, 0.75, accuracy: 1e-9, "accuracy = (TP + TN) / (TP + FP + TN + FN) = (40 + 35) / 100")
    }

    func testPrecisionDividesByEveryonePredictedPositive() throws {
        // TP / (TP + FP) = 40 / 50 = 0.8. Dividing by TP + FN instead gives 40 / 55 = 0.727 (that is recall).
        let value = try XCTest::XCTUnwrap(precision(book), "50 approvals: precision is defined, do not return nil")
        XCTest::XCTAssertEqual(value, 0.8, accuracy: 1e-9,
            "precision = TP / (TP + FP) = 40 / (40 + 10): of those approved, how many repaid (0.727 means you divided by TP + FN)")
    }

    func testRecallDividesByEveryoneLabelledPositive() throws {
        // TP / (TP + FN) = 40 / 55 = 0.727272...
        let value = try XCTest::XCTUnwrap(recall(book), "55 repayers: recall is defined, do not return nil")
        XCTest::XCTAssertEqual(value, 40.0 / 55.0, accuracy: 1e-9,
            "recall = TP / (TP + FN) = 40 / (40 + 15): of those who would repay, how many were approved (0.8 means you divided by TP + FP)")
    }

    func testRatesAreFractionsNotIntegerDivisions() throws {
        // TP 2, FP 1, TN 0, FN 1. Integer division would give 2 / 3 = 0 and 2 / 4 = 0.
        let m = ConfusionMatrix(truePositives: 2, falsePositives: 1, trueNegatives: 0, falseNegatives: 1)
        // accuracy (2 + 0) / 4 = 0.5; precision 2 / 3; recall 2 / 3; F1 2·2 / (2·2 + 1 + 1) = 4 / 6.
        let accuracyValue = try XCTest::XCTUnwrap(accuracy(m), "accuracy is defined here: do not return nil")
        XCTest::XCTAssertEqual(accuracyValue, 0.5, accuracy: 1e-9,
            "accuracy 2 / 4 = 0.5: convert to Double before dividing (Int 2 / 4 is 0)")
        let precisionValue = try XCTest::XCTUnwrap(precision(m), "precision is defined here: do not return nil")
        XCTest::XCTAssertEqual(precisionValue, 2.0 / 3.0, accuracy: 1e-9,
            "precision 2 / 3 = 0.667: convert to Double before dividing (Int 2 / 3 is 0)")
        let recallValue = try XCTest::XCTUnwrap(recall(m), "recall is defined here: do not return nil")
        XCTest::XCTAssertEqual(recallValue, 2.0 / 3.0, accuracy: 1e-9,
            "recall 2 / 3 = 0.667: convert to Double before dividing (Int 2 / 3 is 0)")
        let f1 = try XCTest::XCTUnwrap(f1Score(m), "F1 is defined here: do not return nil")
        XCTest::XCTAssertEqual(f1, 4.0 / 6.0, accuracy: 1e-9,
            "F1 = 2·TP / (2·TP + FP + FN) = 4 / 6: convert to Double before dividing")
    }

    func testF1IsTheHarmonicMeanNotTheAverage() throws {
        // Book: 2·40 / (2·40 + 10 + 15) = 80 / 105 = 0.7619;
        // check: 2·0.8·(40/55) / (0.8 + 40/55) = 1.16364 / 1.52727 = 0.7619.
        let f1Book = try XCTest::XCTUnwrap(f1Score(book), "F1 is defined here: do not return nil")
        XCTest::XCTAssertEqual(f1Book, 80.0 / 105.0, accuracy: 1e-9,
            "F1 = 2·TP / (2·TP + FP + FN) = 80 / 105")
        // TP 1, FP 0, TN 0, FN 9: precision 1 / 1 = 1, recall 1 / 10 = 0.1.
        // F1 = 2·1 / (2·1 + 0 + 9) = 2 / 11 = 0.1818; the plain average (1 + 0.1) / 2 = 0.55 would hide the misses.
        let lopsided = ConfusionMatrix(truePositives: 1, falsePositives: 0, trueNegatives: 0, falseNegatives: 9)
        let f1Lopsided = try XCTest::XCTUnwrap(f1Score(lopsided), "F1 is defined here: do not return nil")
        XCTest::XCTAssertEqual(f1Lopsided, 2.0 / 11.0, accuracy: 1e-9,
            "precision 1 and recall 0.1 give F1 = 2 / 11 = 0.18 (0.55 means you averaged instead of the harmonic mean)")
    }

    func testPrecisionIsUndefinedWhenNothingIsPredictedPositive() throws {
        // TP 0, FP 0, TN 8, FN 2: the model approves nobody.
        let m = ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 8, falseNegatives: 2)
        // precision 0 / 0: undefined.
        XCTest::XCTAssertNil(precision(m), "no one predicted 1, so TP + FP = 0 and precision is undefined: return nil, not 0")
        // recall 0 / (0 + 2) = 0: defined, and truly 0 (both repayers were refused).
        let recallValue = try XCTest::XCTUnwrap(recall(m), "recall 0 / 2 is defined: return 0, not nil")
        XCTest::XCTAssertEqual(recallValue, 0, accuracy: 1e-9,
            "recall = 0 / (0 + 2): both people who would repay were refused")
        // F1 2·0 / (0 + 0 + 2) = 0: defined.
        let f1 = try XCTest::XCTUnwrap(f1Score(m), "F1 = 0 / (0 + 0 + 2) is defined: return 0, not nil")
        XCTest::XCTAssertEqual(f1, 0, accuracy: 1e-9,
            "F1 = 2·0 / (2·0 + 0 + 2) = 0")
        // accuracy (0 + 8) / 10 = 0.8: high, although the model finds none of the repayers.
        let accuracyValue = try XCTest::XCTUnwrap(accuracy(m), "accuracy is defined here: do not return nil")
        XCTest::XCTAssertEqual(accuracyValue, 0.8, accuracy: 1e-9, "accuracy = (0 + 8) / 10")
    }

    func testRecallIsUndefinedWhenNoRowIsLabelledPositive() throws {
        // TP 0, FP 3, TN 7, FN 0: nobody in this group would repay.
        let m = ConfusionMatrix(truePositives: 0, falsePositives: 3, trueNegatives: 7, falseNegatives: 0)
        // recall 0 / (0 + 0): undefined. precision 0 / (0 + 3) = 0. F1 0 / (0 + 3 + 0) = 0.
        XCTest::XCTAssertNil(recall(m), "no row labelled 1, so TP + FN = 0 and recall is undefined: return nil, not 0")
        let precisionValue = try XCTest::XCTUnwrap(precision(m), "precision 0 / 3 is defined: return 0, not nil")
        XCTest::XCTAssertEqual(precisionValue, 0, accuracy: 1e-9,
            "precision = 0 / (0 + 3): all three approvals went to people who did not repay")
        let f1 = try XCTest::XCTUnwrap(f1Score(m), "F1 = 0 / (0 + 3 + 0) is defined: return 0, not nil")
        XCTest::XCTAssertEqual(f1, 0, accuracy: 1e-9,
            "F1 = 2·0 / (2·0 + 3 + 0) = 0")
    }

    func testOnlyAccuracyIsDefinedForTrueNegativesAloneAndNothingForNoRows() throws {
        // TP 0, FP 0, TN 5, FN 0: precision 0/0, recall 0/0, F1 0/(0 + 0 + 0): all undefined;
        // accuracy (0 + 5) / 5 = 1.
        let m = ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 5, falseNegatives: 0)
        XCTest::XCTAssertNil(precision(m), "TP + FP = 0: precision undefined, return nil")
        XCTest::XCTAssertNil(recall(m), "TP + FN = 0: recall undefined, return nil")
        XCTest::XCTAssertNil(f1Score(m), "2·TP + FP + FN = 0: F1 undefined, return nil")
        let accuracyValue = try XCTest::XCTUnwrap(accuracy(m), "accuracy is defined here: do not return nil")
        XCTest::XCTAssertEqual(accuracyValue, 1, accuracy: 1e-9, "accuracy = (0 + 5) / 5")
        // No rows at all: accuracy 0 / 0 is undefined too.
        XCTest::XCTAssertNil(accuracy(ConfusionMatrix()), "no rows: accuracy is 0 / 0, undefined, return nil")
    }
}
