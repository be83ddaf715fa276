// Hidden suite for exercise `german-linear-shap` (exercises/05-explainability/08_german_linear_shap.swift).
// German Credit's expected values come from shap 0.51's LinearExplainer (interventional, the 700
// training rows as background) on scikit-learn's LogisticRegression(C=1, newton-cholesky, tol 1e-12)
// over the same standardised one-hot design, summed by source column:
// scripts/reference/content_explainability.py. FairKit's fit agrees with scikit-learn's to 1e-7 in
// every parameter (Tests/FairKitTests/Models/GermanCreditLogisticTests), hence the tolerance 1e-5.
// The small examples are worked by hand.
//
// Equivalent mutant: sorting on (-|φ|, column) with <= instead of < orders the same, since the
// columns come from a dictionary's distinct keys.

import XCTest
import FairKit
@testable import LearnerCode

final class GermanLinearShapSuite: XCTest::XCTestCase {
    func testSmallExampleByHand() {
        // φ = β (x - mean): 1 · (3 - 1) = 2, 2 · (0 - 0.5) = -1, -1 · (1 - 1) = 0. Column b = -1 + 0 = -1.
        let result = linearShapleyByColumn(coefficients: [1, 2, -1], row: [3, 0, 1], means: [1, 0.5, 1], sourceColumns: ["a", "b", "b"])
        XCTest::XCTAssertEqual(result, [ColumnAttribution(column: "a", attribution: 2), ColumnAttribution(column: "b", attribution: -1)],
                               "a = 1·(3−1) = 2; b = 2·(0−0.5) + (−1)·(1−1) = −1; |2| first")
    }

    func testOneHotLevelsCancelWithinAColumn() {
        // Column c: 1 · (1 - 0.25) + 3 · (0 - 0.25) = 0.75 - 0.75 = 0; column z: -0.5 · (4 - 2) = -1.
        // Column d: 0.5 · (3 - 1) = 1: d and z tie at |1|, so name order: d, z; c (0) last.
        let result = linearShapleyByColumn(coefficients: [1, 3, -0.5, 0.5], row: [1, 0, 4, 3], means: [0.25, 0.25, 2, 1],
                                           sourceColumns: ["c", "c", "z", "d"])
        XCTest::XCTAssertEqual(result, [ColumnAttribution(column: "d", attribution: 1), ColumnAttribution(column: "z", attribution: -1),
                                        ColumnAttribution(column: "c", attribution: 0)],
                               "d (+1) and z (−1) tie in magnitude and go in name order; c's levels cancel to 0")
    }

    func testASingleFeature() {
        XCTest::XCTAssertEqual(linearShapleyByColumn(coefficients: [-2], row: [1], means: [3], sourceColumns: ["age"]),
                               [ColumnAttribution(column: "age", attribution: 4)], "one feature: −2 · (1 − 3) = 4")
    }

    func testZeroCoefficientsAttributeNothing() {
        // Every β is 0: every φ = 0 · (x - mean) = 0, one entry per column, all tied at 0 and so in name order.
        XCTest::XCTAssertEqual(linearShapleyByColumn(coefficients: [0, 0, 0], row: [1, 2, 3], means: [0, 5, 1], sourceColumns: ["b", "a", "b"]),
                               [ColumnAttribution(column: "a", attribution: 0), ColumnAttribution(column: "b", attribution: 0)],
                               "zero coefficients: both columns get 0, in name order")
    }

    func testInputThatDoesNotLineUp() {
        XCTest::XCTAssertEqual(linearShapleyByColumn(coefficients: [], row: [], means: [], sourceColumns: []), [], "no features: []")
        XCTest::XCTAssertEqual(linearShapleyByColumn(coefficients: [1, 2], row: [1], means: [0, 0], sourceColumns: ["a", "b"]), [],
                               "a row of 1 value for 2 coefficients: []")
        XCTest::XCTAssertEqual(linearShapleyByColumn(coefficients: [1, 2], row: [1, 1], means: [0], sourceColumns: ["a", "b"]), [],
                               "1 mean for 2 coefficients: []")
        XCTest::XCTAssertEqual(linearShapleyByColumn(coefficients: [1, 2], row: [1, 1], means: [0, 0], sourceColumns: ["a"]), [],
                               "1 source column for 2 coefficients: []")
    }

    func testGermanCreditTestRow700AgreesWithShap() throws {
        let german = try Dataset.germanCredit()
        var encoder = FeatureEncoder(columns: german.featureColumns, standardizeNumeric: true)
        let encoded = try encoder.fitTransform(german.table)
        let train = encoded.matrix.selectingRows(0..<700)
        var logistic = try LogisticRegression()
        try logistic.fit(train, Array(german.labels[0..<700]))
        let fitted = try XCTest::XCTUnwrap(logistic.fitted, "the logistic regression should fit")
        let means = (0..<train.columns).map { train.column($0).reduce(0, +) / Double(train.rows) }
        let columns = encoded.featureNames.map { String($0.split(separator: "=", maxSplits: 1)[0]) }
        let result = linearShapleyByColumn(coefficients: fitted.coefficients, row: encoded.matrix.row(700), means: means,
                                           sourceColumns: columns)
        // shap.LinearExplainer, summed by column, largest |φ| first (the reference script's ranking):
        let expected: [(String, Double)] = [
            ("status", 0.9072144657448696), ("personal_status", -0.3986777113176586),
            ("investment_as_income_percentage", -0.34896067083122806), ("month", 0.24460997716953445),
            ("savings", 0.22227839798198112), ("housing", -0.21766138019568543), ("credit_amount", 0.21383164784760306),
            ("credit_history", -0.16362572032171413), ("purpose", 0.11698093303752619), ("number_of_credits", 0.1157827676302047),
            ("installment_plans", 0.11370653043072261), ("telephone", -0.10336223595136912), ("employment", -0.10176420942049799),
            ("age", -0.0858105607277924), ("property", 0.08524120059013125), ("skill_level", 0.08286357859219728),
            ("people_liable_for", 0.06306022784597856), ("foreign_worker", -0.033170666616485274),
            ("other_debtors", -0.02036701635158906), ("residence_since", -0.007786413763279595),
        ]
        XCTest::XCTAssertEqual(result.map(\.column), expected.map(\.0), "German row 700: the 20 source columns ranked by |φ| (shap's order)")
        for (got, want) in zip(result, expected) {
            XCTest::XCTAssertEqual(got.attribution, want.1, accuracy: 1e-5, "German row 700: \(want.0)'s summed Linear SHAP value (shap)")
        }
        // Efficiency: Σ φ = f(x) - E f in log-odds: 1.9434107364625237 - 1.2590275950890746 = 0.6843831413734492 (shap).
        XCTest::XCTAssertEqual(result.reduce(0) { $0 + $1.attribution }, 0.6843831413734492, accuracy: 1e-5,
                               "German row 700: the column attributions sum to its log-odds minus the base value")
    }
}
