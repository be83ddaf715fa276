// Hidden suite for exercise `confusion-matrix` (exercises/01-foundations/02_confusion_matrix.swift).
// Every expected count is derived by hand, row by row, in the comment next to it.

import XCTest
@testable import LearnerCode

final class ConfusionMatrixSuite: XCTest::XCTestCase {
    func testCountsATruePositiveWhenLabelAndPredictionAreOne() {
        // One row: label 1 (repaid), prediction 1 (approved) -> TP.
        assertOneRow(label: 1, prediction: 1, lands: ConfusionMatrix(truePositives: 1, falsePositives: 0, trueNegatives: 0, falseNegatives: 0),
                     "true positive: label 1 and prediction 1")
    }

    func testCountsAFalsePositiveWhenLabelIsZeroAndPredictionOne() {
        // One row: label 0 (did not repay), prediction 1 (approved) -> FP.
        assertOneRow(label: 0, prediction: 1, lands: ConfusionMatrix(truePositives: 0, falsePositives: 1, trueNegatives: 0, falseNegatives: 0),
                     "false positive: label 0 but prediction 1 (the model said yes wrongly)")
    }

    func testCountsAFalseNegativeWhenLabelIsOneAndPredictionZero() {
        // One row: label 1 (would have repaid), prediction 0 (refused) -> FN.
        assertOneRow(label: 1, prediction: 0, lands: ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 1),
                     "false negative: label 1 but prediction 0 (the model said no wrongly)")
    }

    func testCountsATrueNegativeWhenLabelAndPredictionAreZero() {
        // One row: label 0, prediction 0 -> TN.
        assertOneRow(label: 0, prediction: 0, lands: ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 1, falseNegatives: 0),
                     "true negative: label 0 and prediction 0")
    }

    func testCountsEveryCellOfAFourteenRowLoanBook() throws {
        // Row:        1  2  3  4  5  6  7  8  9 10 11 12 13 14
        // label:      1  0  1  0  1  1  0  0  1  0  1  0  1  0
        // prediction: 1  0  0  1  1  1  0  1  1  0  0  1  1  0
        // cell:      TP TN FN FP TP TP TN FP TP TN FN FP TP TN
        // TP: rows 1, 5, 6, 9, 13 = 5; FP: rows 4, 8, 12 = 3; TN: rows 2, 7, 10, 14 = 4; FN: rows 3, 11 = 2.
        let matrix = try XCTest::XCTUnwrap(
            confusionMatrix(labels: [1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0],
                            predictions: [1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0]),
            "fourteen valid rows: return a matrix, not nil")
        XCTest::XCTAssertEqual(matrix.truePositives, 5, "true positives: label 1 and prediction 1 (rows 1, 5, 6, 9, 13)")
        XCTest::XCTAssertEqual(matrix.falsePositives, 3, "false positives: label 0 but prediction 1 (rows 4, 8, 12)")
        XCTest::XCTAssertEqual(matrix.trueNegatives, 4, "true negatives: label 0 and prediction 0 (rows 2, 7, 10, 14)")
        XCTest::XCTAssertEqual(matrix.falseNegatives, 2, "false negatives: label 1 but prediction 0 (rows 3, 11)")
    }

    func testEmptyListsGiveAllZeroCounts() {
        // No rows: every cell counts nothing, but the input is valid, so the answer is not nil.
        XCTest::XCTAssertEqual(confusionMatrix(labels: [], predictions: []), ConfusionMatrix(),
                               "no rows: a matrix of zeros (valid input, so not nil)")
    }

    func testRejectsListsOfDifferentLengths() {
        // Three labels, two predictions: the third label has no prediction to pair with.
        XCTest::XCTAssertNil(confusionMatrix(labels: [1, 0, 1], predictions: [1, 0]),
                             "3 labels but 2 predictions: return nil instead of counting part of the rows")
        XCTest::XCTAssertNil(confusionMatrix(labels: [1], predictions: [1, 1]),
                             "1 label but 2 predictions: return nil instead of counting part of the rows")
    }

    func testRejectsValuesOtherThanZeroAndOne() {
        // A 2 or a -1 is not a binary outcome; it belongs in no cell.
        XCTest::XCTAssertNil(confusionMatrix(labels: [1, 2, 0], predictions: [1, 1, 0]),
                             "label 2 at row 2: labels must be 0 or 1, return nil")
        XCTest::XCTAssertNil(confusionMatrix(labels: [1, 0, 0], predictions: [1, 0, -1]),
                             "prediction -1 at row 3: predictions must be 0 or 1, return nil")
    }

    /// The matrix of the single row (label, prediction) must be `expected`: a 1 in one cell.
    private func assertOneRow(label: Int, prediction: Int, lands expected: ConfusionMatrix, _ message: String, line: UInt = #line) {
        XCTest::XCTAssertEqual(confusionMatrix(labels: [label], predictions: [prediction]), expected, message, line: line)
    }
}
