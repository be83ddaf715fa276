import XCTest
@testable import FairKit

final class ExponentiatedGradientTests: XCTestCase {
    /// The moment by hand (the `ParityConstraint` example): groups a, a, b, b and h = [1, 1, 1, 0]:
    /// E[h | a] = 1, E[h | b] = ½, E[h] = ¾, so γ(+, a) = ¼, γ(+, b) = −¼ and the − side mirrors.
    func testDemographicParityMomentByHand() throws {
        let rows = try MitigationInput.rows(labels: [1, 0, 1, 0], sensitive: SensitiveFeature(name: "g", values: ["a", "a", "b", "b"]))
        let moment = try UtilityParity(.demographicParity, rows: rows)
        XCTAssertEqual(moment.gamma([1, 1, 1, 0]), [0.25, -0.25, -0.25, 0.25])
        // λ⁺(a) = 1, others 0: each row's cost of predicting 1 is 1/P(all) − [g = a]/P(a) = 1 − 2 for
        // a's rows, 1 − 0 for b's.
        XCTAssertEqual(moment.signedWeights([1, 0, 0, 0]), [-1, -1, 1, 1])
        // Projection: signed s = (1, 0), P(g) = (½, ½), s/P = (2, 0); the weighted median of (0, 2)
        // is 0 (cumulative share ½ reaches half at the first), so nothing moves. With λ⁺ = (1, 1),
        // s/P = (2, 2), the median 2 shifts s by ½ · 2 to (0, 0): equal pulls on both groups cancel
        // (Σ_g P(g) γ(+, g) = 0 for every h).
        XCTAssertEqual(moment.project([1, 0, 0, 0]), [1, 0, 0, 0])
        XCTAssertEqual(moment.project([1, 1, 0, 0]), [0, 0, 0, 0])
    }

    /// Equalized odds conditions on the label: a group without negative labels cannot have a
    /// false positive rate, and that is an error naming the group.
    func testGroupWithoutNeededLabelIsAnError() throws {
        let rows = try MitigationInput.rows(labels: [1, 0, 1, 1], sensitive: SensitiveFeature(name: "g", values: ["a", "a", "b", "b"]))
        XCTAssertThrowsError(try UtilityParity(.equalizedOdds, rows: rows)) {
            XCTAssertEqual($0 as? MitigationError, .missingLabelInGroup(group: "b", label: 0, constraint: "equalized_odds"))
        }
        XCTAssertNoThrow(try UtilityParity(.truePositiveRateParity, rows: rows))
    }

    /// German setup, demographic parity, ε = 0.01, Fairlearn's defaults: Fairlearn 0.15
    /// (scripts/reference/mitigation_exponentiated_gradient.py) reaches test accuracy 0.75 and DP
    /// difference 0.0031347962382445305 (expected values), ν = 0.007778717909010572.
    func testGermanDemographicParityMatchesFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .demographicParity)
        try eg.fit(setup.xTrain, setup.yTrain, sensitive: setup.ageTrain)
        let report = try XCTUnwrap(eg.fitted?.report)
        XCTAssertEqual(report.nu, 0.007778717909010572, accuracy: 1e-12)
        XCTAssertTrue(report.constraintMet)
        let p = try eg.predictProbability(setup.xTest)
        let (accuracy, difference) = try expectedAccuracyAndDifference(p, setup, rate: \.selectionRate)
        // The issue asks for 0.01; the game runs as Fairlearn's does (same iterations, oracle calls
        // and mixture), so the numbers agree to rounding.
        XCTAssertEqual(accuracy, 0.75, accuracy: 1e-9)
        XCTAssertEqual(difference, 0.0031347962382445305, accuracy: 1e-9)
        XCTAssertEqual(p.reduce(0, +) / 300, 0.7733333333333333, accuracy: 1e-9)
        XCTAssertEqual(report.iterations, 6)            // Fairlearn: last_iter 5
        XCTAssertEqual(report.bestIteration, 5)         // best_iter 5
        XCTAssertEqual(report.oracleCalls, 17)          // n_oracle_calls_ 17
        assertClose(report.predictors.map(\.weight), [0, 0, 0, 1], accuracy: 1e-9)
        XCTAssertEqual(report.randomisedShare, 0)
        XCTAssertEqual(try eg.predict(setup.xTest), RandomisedDecision.sample(p, seed: 0))
    }

    /// Equalized odds on the German setup: Fairlearn 0.15 reaches test accuracy 0.7526077636608336,
    /// TPR difference 0.04403620815363207 and FPR difference 0.07131829351728075 with a mixture of
    /// three predictors (15 % of test rows randomised).
    func testGermanEqualizedOddsMatchesFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .equalizedOdds)
        try eg.fit(setup.xTrain, setup.yTrain, sensitive: setup.ageTrain)
        let p = try eg.predictProbability(setup.xTest)
        let (accuracy, tpr) = try expectedAccuracyAndDifference(p, setup, rate: \.truePositiveRate)
        let (_, fpr) = try expectedAccuracyAndDifference(p, setup, rate: \.falsePositiveRate)
        XCTAssertEqual(accuracy, 0.7526077636608336, accuracy: 1e-9)
        XCTAssertEqual(tpr, 0.04403620815363207, accuracy: 1e-9)
        XCTAssertEqual(fpr, 0.07131829351728075, accuracy: 1e-9)
        let report = try XCTUnwrap(eg.fitted?.report)
        // Fairlearn's weights_, printed to 6 digits: predictors 12, 13 and 14 of 15.
        assertClose(report.predictors.map(\.weight), [Double](repeating: 0, count: 11) + [0.188598, 0.297434, 0.513968, 0],
                       accuracy: 1e-6)
        XCTAssertEqual(report.derandomised.map(\.name), ["best predictor", "threshold 0.5"])
        XCTAssertGreaterThan(report.randomisedShare, 0)
    }

    /// An ε no mixture can meet is not an error: the closest mixture comes back and the report
    /// says the constraint is not met. Here the sensitive column is the label itself, so any
    /// predictor better than chance separates the groups.
    func testUnmeetableEpsReturnsTheClosestAndSaysSo() throws {
        let x = Matrix(rows: (0..<40).map { [Double($0 % 2) + Double($0) / 100] })
        let y = (0..<40).map { $0 % 2 }
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .equalizedOdds, eps: 1e-6, maxIterations: 5)
        try eg.fit(x, y, sensitive: SensitiveFeature(name: "g", values: (0..<40).map { $0 < 20 ? "a" : "b" }))
        XCTAssertNotNil(eg.fitted)
        XCTAssertThrowsError(try ExponentiatedGradient(base: try LogisticRegression(), eps: 0))
    }

    /// Adult's training rows encoded without `sex` (as `learn mitigate` does by default): one refit
    /// once stopped at a scaled gradient of 2.7e-9 (> 1e-10) after 100 iterations, because f,
    /// summed plainly over 32,561 rows, carried more roundoff than the decrease its last Newton
    /// steps predicted and the line search rejected them all. With f summed with compensation the
    /// game runs to its end and meets the bound.
    func testAdultWithoutTheProtectedFeatureConverges() throws {
        let adult = try Dataset.adult(.train)
        let columns = adult.featureColumns.filter { $0 != "sex" }
        var imputer = MissingValueImputer(columns: columns)
        try imputer.fit(adult.table)
        let table = try imputer.transform(adult.table)
        var encoder = FeatureEncoder(columns: columns, standardizeNumeric: true)
        let x = try encoder.fitTransform(table).matrix
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .demographicParity)
        try eg.fit(x, adult.labels, sensitive: SensitiveFeature(try table.column("sex")))
        let report = try XCTUnwrap(eg.fitted?.report)
        XCTAssertTrue(report.constraintMet)
        XCTAssertLessThanOrEqual(report.largestViolation, 0.01 + 1e-8)
    }

    private func assertClose(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, "lengths", file: file, line: line)
        for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
    }

    private func expectedAccuracyAndDifference(_ p: [Double], _ setup: GermanMitigationSetup,
                                               rate: KeyPath<ConfusionCounts, MetricValue>) throws -> (Double, Double) {
        let overall = try ConfusionCounts(labels: setup.yTest, probabilities: p)
        let rates = try ["age > 25", "age <= 25"].map { group -> Double in
            let rows = setup.yTest.indices.filter { setup.ageTest.levels[Int(setup.ageTest.codes[$0])] == group }
            return try XCTUnwrap(ConfusionCounts(labels: setup.yTest, probabilities: p, rows: rows)[keyPath: rate].number)
        }
        return (try XCTUnwrap(overall.accuracy.number), abs(rates[0] - rates[1]))
    }
}
