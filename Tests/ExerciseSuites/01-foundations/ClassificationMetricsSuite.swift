// Hidden suite for exercise `classification-metrics`
// (exercises/01-foundations/03_classification_metrics.swift).
// Expected values are derived by hand from the formulas (arithmetic next to each assertion) and
// cross-checked against scikit-learn by scripts/reference/content_classification_metrics.py.

import XCTest
@testable import LearnerCode

final class ClassificationMetricsSuite: XCTest::XCTestCase {
    /// TP 40, FP 10, TN 35, FN 15: a loan book of 100 applicants.
    private let book = ConfusionMatrix(truePositives: 40, falsePositives: 10, trueNegatives: 35, falseNegatives: 15)

    func testAccuracyIsTheShareOfAllRowsGotRight() {
        // (TP + TN) / total = (40 + 35) / 100 = 0.75
        assertDefined(accuracy(book), equals: 0.75, "accuracy = (TP + TN) / (TP + FP + TN + FN) = (40 + 35) / 100")
    }

    func testPrecisionDividesByEveryonePredictedPositive() {
        // TP / (TP + FP) = 40 / 50 = 0.8. Dividing by TP + FN instead gives 40 / 55 = 0.727 (that is recall).
        assertDefined(precision(book), equals: 0.8,
            "precision = TP / (TP + FP) = 40 / (40 + 10): of those approved, how many repaid (0.727 means you divided by TP + FN)")
    }

    func testRecallDividesByEveryoneLabelledPositive() {
        // TP / (TP + FN) = 40 / 55 = 0.727272...
        assertDefined(recall(book), equals: 40.0 / 55.0,
            "recall = TP / (TP + FN) = 40 / (40 + 15): of those who would repay, how many were approved (0.8 means you divided by TP + FP)")
    }

    func testRatesAreFractionsNotIntegerDivisions() {
        // TP 2, FP 1, TN 0, FN 1. Integer division would give 2 / 3 = 0 and 2 / 4 = 0.
        let m = ConfusionMatrix(truePositives: 2, falsePositives: 1, trueNegatives: 0, falseNegatives: 1)
        // accuracy (2 + 0) / 4 = 0.5; precision 2 / 3; recall 2 / 3; F1 2·2 / (2·2 + 1 + 1) = 4 / 6.
        assertDefined(accuracy(m), equals: 0.5, "accuracy 2 / 4 = 0.5: convert to Double before dividing (Int 2 / 4 is 0)")
        assertDefined(precision(m), equals: 2.0 / 3.0, "precision 2 / 3 = 0.667: convert to Double before dividing (Int 2 / 3 is 0)")
        assertDefined(recall(m), equals: 2.0 / 3.0, "recall 2 / 3 = 0.667: convert to Double before dividing (Int 2 / 3 is 0)")
        assertDefined(f1Score(m), equals: 4.0 / 6.0, "F1 = 2·TP / (2·TP + FP + FN) = 4 / 6: convert to Double before dividing")
    }

    func testF1IsTheHarmonicMeanNotTheAverage() {
        // Book: 2·40 / (2·40 + 10 + 15) = 80 / 105 = 0.7619;
        // check: 2·0.8·(40/55) / (0.8 + 40/55) = 1.16364 / 1.52727 = 0.7619.
        assertDefined(f1Score(book), equals: 80.0 / 105.0, "F1 = 2·TP / (2·TP + FP + FN) = 80 / 105")
        // TP 1, FP 0, TN 0, FN 9: precision 1 / 1 = 1, recall 1 / 10 = 0.1.
        // F1 = 2·1 / (2·1 + 0 + 9) = 2 / 11 = 0.1818; the plain average (1 + 0.1) / 2 = 0.55 would hide the misses.
        let lopsided = ConfusionMatrix(truePositives: 1, falsePositives: 0, trueNegatives: 0, falseNegatives: 9)
        assertDefined(f1Score(lopsided), equals: 2.0 / 11.0,
            "precision 1 and recall 0.1 give F1 = 2 / 11 = 0.18 (0.55 means you averaged instead of the harmonic mean)")
    }

    func testPrecisionIsUndefinedWhenNothingIsPredictedPositive() {
        // TP 0, FP 0, TN 8, FN 2: the model approves nobody. Precision 0 / 0: undefined.
        let m = ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 8, falseNegatives: 2)
        XCTest::XCTAssertNil(precision(m), "no one predicted 1, so TP + FP = 0 and precision is undefined: return nil, not 0")
        // Recall 0 / (0 + 2) = 0 and F1 2·0 / (2·0 + 0 + 2) = 0: both defined, and truly 0.
        assertDefined(recall(m), equals: 0, "recall = 0 / (0 + 2): both people who would repay were refused")
        assertDefined(f1Score(m), equals: 0, "F1 = 2·0 / (2·0 + 0 + 2) = 0: defined although precision is not")
        // Accuracy (0 + 8) / 10 = 0.8: high, although the model finds none of the repayers.
        assertDefined(accuracy(m), equals: 0.8, "accuracy = (0 + 8) / 10")
    }

    func testRecallIsUndefinedWhenNoRowIsLabelledPositive() {
        // TP 0, FP 3, TN 7, FN 0: nobody here would repay. Recall 0 / (0 + 0): undefined.
        let m = ConfusionMatrix(truePositives: 0, falsePositives: 3, trueNegatives: 7, falseNegatives: 0)
        XCTest::XCTAssertNil(recall(m), "no row labelled 1, so TP + FN = 0 and recall is undefined: return nil, not 0")
        // Precision 0 / (0 + 3) = 0 and F1 2·0 / (2·0 + 3 + 0) = 0: both defined.
        assertDefined(precision(m), equals: 0, "precision = 0 / (0 + 3): all three approvals went to people who did not repay")
        assertDefined(f1Score(m), equals: 0, "F1 = 2·0 / (2·0 + 3 + 0) = 0: defined although recall is not")
    }

    func testOnlyAccuracyIsDefinedForTrueNegativesAloneAndNothingForNoRows() {
        // TP 0, FP 0, TN 5, FN 0: precision 0/0, recall 0/0, F1 0/(0 + 0 + 0): all undefined;
        // accuracy (0 + 5) / 5 = 1.
        let m = ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 5, falseNegatives: 0)
        XCTest::XCTAssertNil(precision(m), "TP + FP = 0: precision undefined, return nil")
        XCTest::XCTAssertNil(recall(m), "TP + FN = 0: recall undefined, return nil")
        XCTest::XCTAssertNil(f1Score(m), "2·TP + FP + FN = 0: F1 undefined, return nil")
        assertDefined(accuracy(m), equals: 1, "accuracy = (0 + 5) / 5")
        // No rows at all: accuracy 0 / 0 is undefined too.
        XCTest::XCTAssertNil(accuracy(ConfusionMatrix()), "no rows: accuracy is 0 / 0, undefined, return nil")
    }

    /// A defined value equal to `expected` within 1e-9; `nil` fails with the learner-facing message.
    private func assertDefined(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-9, message, line: line)
    }
}
