import XCTest
@testable import FairKit

final class GridSearchTests: XCTestCase {
    /// The doc comment's grid: one coordinate, ⌊10/2 − 1⌋ = 4 units give 9 points (−4…4), too few,
    /// so m = 5 and the first ten of −5…5. Two coordinates, size 10: ⌊√(10/4) − 1⌋ = 0 units
    /// give 1 point, 1 unit gives 5 ((−1, 0), (0, −1), (0, 0), (0, 1), (1, 0)), 2 units give 13.
    func testIntegerGridByHand() {
        let one = GridSearch<LogisticRegression>.integerGrid(dimension: 1, size: 10)
        XCTAssertEqual(one.map(\.point), (-5...4).map { [$0] })
        XCTAssertEqual(one.first?.units, 5)
        let two = GridSearch<LogisticRegression>.integerGrid(dimension: 2, size: 10)
        XCTAssertEqual(two.first?.units, 2)
        XCTAssertEqual(Array(two.map(\.point).prefix(5)), [[-2, 0], [-1, -1], [-1, 0], [-1, 1], [0, -2]])
    }

    /// German setup, demographic parity, Fairlearn's defaults: Fairlearn 0.15
    /// (scripts/reference/mitigation_grid_search.py) picks grid point 6, λ⁺(age > 25) = 0.4, with
    /// the training errors below; test accuracy 0.75, DP difference 0.03134796238244508.
    func testGermanDemographicParityEqualsFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var search = try GridSearch(base: try LogisticRegression(), constraint: .demographicParity)
        try search.fit(setup.xTrain, setup.yTrain, sensitive: setup.ageTrain)
        let fitted = try XCTUnwrap(search.fitted)
        XCTAssertEqual(fitted.bestIndex, 6)
        XCTAssertEqual(fitted.best.lambda, [0, 0.4, 0, 0])
        let errors = [0.285714, 0.265714, 0.225714, 0.21, 0.204286, 0.215714, 0.214286, 0.212857, 0.224286, 0.252857]
        for (ours, theirs) in zip(fitted.candidates.map(\.error), errors) { XCTAssertEqual(ours, theirs, accuracy: 1e-6) }
        let h = try search.predict(setup.xTest)
        XCTAssertEqual(Double(zip(h, setup.yTest).filter { $0 == $1 }.count) / 300, 0.75, accuracy: 1e-12)
        let p = try search.predictProbability(setup.xTest)
        XCTAssertEqual(p[0], 0.9097049345803733, accuracy: 1e-7)
        XCTAssertEqual(p[1], 0.7085552621823182, accuracy: 1e-7)
    }

    /// Equalized odds: four coordinates; Fairlearn picks point 6, which is λ = 0 (the plain model).
    func testGermanEqualizedOddsEqualsFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var search = try GridSearch(base: try LogisticRegression(), constraint: .equalizedOdds)
        try search.fit(setup.xTrain, setup.yTrain, sensitive: setup.ageTrain)
        let fitted = try XCTUnwrap(search.fitted)
        XCTAssertEqual(fitted.bestIndex, 6)
        XCTAssertEqual(fitted.best.lambda, [Double](repeating: 0, count: 8))
        let errors = [0.275714, 0.311429, 0.204286, 0.23, 0.267143, 0.252857, 0.215714, 0.245714, 0.267143, 0.238571]
        for (ours, theirs) in zip(fitted.candidates.map(\.error), errors) { XCTAssertEqual(ours, theirs, accuracy: 1e-6) }
        XCTAssertEqual(try search.predictProbability(setup.xTest)[0], 0.8747083164697679, accuracy: 1e-7)
    }

    func testSettingsAreChecked() {
        XCTAssertThrowsError(try GridSearch(base: try LogisticRegression(), constraintWeight: 1.5)) {
            XCTAssertEqual("\($0)", "constraintWeight = 1.5 is not allowed: between 0 and 1")
        }
    }
}
