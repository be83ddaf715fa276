import Foundation
import XCTest
@testable import FairKit

/// Logistic regression on tiny data with closed-form or equation-checked optima, and its errors.
final class LogisticRegressionTests: XCTestCase {
    /// One binary feature without a penalty is the saturated model: each group's fitted probability
    /// is its observed rate. Group x = 0 has 1 positive in 4, group x = 1 has 3 in 4, so
    /// b = logit(1/4) = log(1/3) and b + β = logit(3/4) = log 3, hence β = 2 log 3.
    func testUnpenalisedSaturatedModelReproducesGroupRates() throws {
        let x = Matrix(rows: [[0], [0], [0], [0], [1], [1], [1], [1]])
        let y = [1, 0, 0, 0, 1, 1, 1, 0]
        var model = try LogisticRegression(penalty: .none)
        try model.fit(x, y)
        let fitted = try XCTUnwrap(model.fitted)
        XCTAssertEqual(fitted.intercept, log(1.0 / 3.0), accuracy: 1e-12)
        XCTAssertEqual(fitted.coefficients[0], 2 * log(3.0), accuracy: 1e-12)
        let p = try model.predictProbability(Matrix(rows: [[0], [1]]))
        XCTAssertEqual(p[0], 0.25, accuracy: 1e-12)
        XCTAssertEqual(p[1], 0.75, accuracy: 1e-12)
        // Objective at the optimum: 4 rows at rate 1/4 and 4 at 3/4, each group's log-loss is
        // -(1/4 log 1/4 + 3/4 log 3/4) per row, so Σ ℓ = 8 (log 4 − (3/4) log 3).
        XCTAssertEqual(fitted.objective, 8 * (log(4.0) - 0.75 * log(3.0)), accuracy: 1e-12)
    }

    /// Two separable points x = +1 (label 1) and x = −1 (label 0), no intercept, C = 1:
    /// f(β) = 2 log(1 + e^(−β)) + β²/2, so f'(β) = −2σ(−β) + β = 0, i.e. β = 2 / (1 + e^β).
    /// The penalty makes the separable problem well posed; the root is checked through the equation.
    /// The root lies between 0.67 (2/(1+e^0.67) = 0.677 > 0.67) and 0.68 (2/(1+e^0.68) = 0.672 < 0.68).
    /// The stopping rule is |f'| ≤ tolerance · C Σ w = 2 · tolerance.
    func testPenalisedSeparablePointsSolveTheStationarityEquation() throws {
        for tolerance in [1e-10, 1e-15] {
            var model = try LogisticRegression(penalty: .l2(c: 1), fitIntercept: false, tolerance: tolerance)
            try model.fit(Matrix(rows: [[1], [-1]]), [1, 0])
            let beta = try XCTUnwrap(model.fitted).coefficients[0]
            XCTAssertEqual(beta, 2 / (1 + exp(beta)), accuracy: max(2 * tolerance, 1e-15), "tolerance \(tolerance)")
            XCTAssertGreaterThan(beta, 0.67)
            XCTAssertLessThan(beta, 0.68)
        }
    }

    /// Weights are frequency weights: weight 2 on a row is the same fit as the row twice.
    func testWeightTwoEqualsADuplicatedRow() throws {
        let (x, y, _) = ReferenceDesign.numeric(rows: 30, columns: 3)
        var weights = [Double](repeating: 1, count: 30)
        weights[4] = 2
        weights[17] = 2
        var weighted = try LogisticRegression(penalty: .l2(c: 0.7))
        try weighted.fit(x, y, sampleWeight: weights)
        var duplicated = try LogisticRegression(penalty: .l2(c: 0.7))
        try duplicated.fit(x.selectingRows(Array(0..<30) + [4, 17]), y + [y[4], y[17]])
        let a = try XCTUnwrap(weighted.fitted), b = try XCTUnwrap(duplicated.fitted)
        for j in 0..<3 { XCTAssertEqual(a.coefficients[j], b.coefficients[j], accuracy: 1e-12) }
        XCTAssertEqual(a.intercept, b.intercept, accuracy: 1e-12)
    }

    /// Newton's method converges quadratically: a well-conditioned problem needs only a handful of
    /// steps, and `predict` applies scikit-learn's rule p > 0.5 to the same probabilities.
    func testConvergesInFewStepsAndPredictsByTheHalfRule() throws {
        let (x, y, _) = ReferenceDesign.numeric(rows: 120, columns: 4)
        var model = try LogisticRegression()
        try model.fit(x, y)
        let fitted = try XCTUnwrap(model.fitted)
        XCTAssertLessThanOrEqual(fitted.iterations, 10)
        XCTAssertLessThanOrEqual(fitted.scaledGradient, 1e-10)
        let p = try model.predictProbability(x)
        XCTAssertEqual(try model.predict(x), p.map { $0 > 0.5 ? 1 : 0 })
        let z = try model.decisionFunction(x)
        for i in 0..<120 { XCTAssertEqual(p[i], 1 / (1 + exp(-z[i])), accuracy: 1e-15) }
    }

    func testIterationCapThrowsDidNotConverge() throws {
        let (x, y, _) = ReferenceDesign.numeric(rows: 120, columns: 4)
        var model = try LogisticRegression(penalty: .l2(c: 100), maxIterations: 1)
        XCTAssertThrowsError(try model.fit(x, y)) { error in
            guard case ModelError.didNotConverge(let name, let iterations, _) = error else {
                return XCTFail("expected didNotConverge, got \(error)")
            }
            XCTAssertEqual(name, "LogisticRegression")
            XCTAssertEqual(iterations, 1)
        }
        XCTAssertNil(model.fitted)
    }

    func testUnpenalisedSeparableClassesAreRefused() throws {
        var model = try LogisticRegression(penalty: .none)
        XCTAssertThrowsError(try model.fit(Matrix(rows: [[-2], [-1], [1], [2]]), [0, 0, 1, 1])) { error in
            XCTAssertTrue("\(error)".contains("perfectly separable"), "\(error)")
        }
    }

    /// Every one-hot level plus an intercept: the levels sum to the intercept column, so without a
    /// penalty the Hessian is singular and the fit says so; with the L2 penalty it is fine.
    func testUnpenalisedCollinearColumnsAreRefusedButL2Fits() throws {
        let (x, y, _) = ReferenceDesign.oneHot(rows: 120)
        var plain = try LogisticRegression(penalty: .none)
        XCTAssertThrowsError(try plain.fit(x, y)) { error in
            XCTAssertTrue("\(error)".contains("linearly independent"), "\(error)")
        }
        var ridge = try LogisticRegression(penalty: .l2(c: 1))
        XCTAssertNoThrow(try ridge.fit(x, y))
    }

    func testSingleClassIsRefused() throws {
        var model = try LogisticRegression()
        XCTAssertThrowsError(try model.fit(Matrix(rows: [[1], [2], [3]]), [1, 1, 0], sampleWeight: [1, 1, 0])) { error in
            XCTAssertEqual(error as? ModelError, .dimensionMismatch(
                expected: 2, got: 1,
                what: "number of classes among the weighted labels (logistic regression needs rows labelled 0 and rows labelled 1)"))
        }
    }

    func testInvalidSettingsAreRefusedAtInitialisation() {
        XCTAssertThrowsError(try LogisticRegression(penalty: .l2(c: 0)))
        XCTAssertThrowsError(try LogisticRegression(penalty: .l2(c: .infinity)))
        XCTAssertThrowsError(try LogisticRegression(maxIterations: 0))
        XCTAssertThrowsError(try LogisticRegression(tolerance: -1))
    }

    func testBadInputNamesRowAndColumn() throws {
        var model = try LogisticRegression()
        let x = Matrix(rows: [[0, 1], [1, .nan], [1, 1]])
        XCTAssertThrowsError(try model.fit(x, [0, 1, 1])) { error in
            XCTAssertEqual(error as? ModelError, .nonFiniteFeature(row: 1, column: 1))
            XCTAssertEqual("\(error)", "feature 2 at row 2 is NaN or infinite; impute or drop it first")
        }
        let good = Matrix(rows: [[0, 1], [1, 0], [1, 1]])
        XCTAssertThrowsError(try model.fit(good, [0, 2, 1])) { error in
            XCTAssertEqual(error as? ModelError, .nonBinaryLabel(row: 1, value: 2))
        }
        XCTAssertThrowsError(try model.fit(good, [0, 1])) { error in
            XCTAssertEqual(error as? ModelError, .dimensionMismatch(expected: 3, got: 2, what: "number of labels (one per row of x)"))
        }
        XCTAssertThrowsError(try model.fit(good, [0, 1, 1], sampleWeight: [1, -1, 1])) { error in
            XCTAssertEqual(error as? ModelError, .invalidWeight(row: 1, value: -1))
        }
        XCTAssertThrowsError(try model.fit(good, [0, 1, 1], sampleWeight: [0, 0, 0])) { error in
            XCTAssertEqual(error as? ModelError, .emptyTrainingSet)
        }
        XCTAssertThrowsError(try model.predictProbability(good)) { error in
            XCTAssertEqual(error as? ModelError, .notFitted(model: "LogisticRegression"))
        }
        try model.fit(good, [0, 1, 1])
        XCTAssertThrowsError(try model.predictProbability(Matrix(rows: [[1, 2, 3]]))) { error in
            XCTAssertEqual(error as? ModelError, .dimensionMismatch(
                expected: 2, got: 3, what: "number of feature columns (as in the training data)"))
        }
    }
}
