import XCTest
@testable import FairKit

final class LogisticRegressionWarmStartTests: XCTestCase {
    /// The objective is strictly convex, so starting from another fit's solution reaches the same
    /// optimum (to the tolerance), here in fewer Newton steps: reweighting a few rows moves the
    /// optimum a little. A start of the wrong length is ignored.
    func testWarmStartReachesTheSameOptimumInFewerSteps() throws {
        let (x, y, w) = ReferenceDesign.numeric(rows: 400, columns: 5)
        var first = try LogisticRegression()
        try first.fit(x, y, sampleWeight: w)
        var reweighted = w
        for i in stride(from: 0, to: 400, by: 7) { reweighted[i] *= 1.5 }
        var cold = try LogisticRegression(), warm = try LogisticRegression()
        try cold.fit(x, y, sampleWeight: reweighted)
        try warm.fit(x, y, sampleWeight: reweighted, warmStart: first.fitted)
        let coldFit = try XCTUnwrap(cold.fitted), warmFit = try XCTUnwrap(warm.fitted)
        for (a, b) in zip(coldFit.coefficients + [coldFit.intercept], warmFit.coefficients + [warmFit.intercept]) {
            XCTAssertEqual(a, b, accuracy: 1e-8)
        }
        XCTAssertLessThan(warmFit.iterations, coldFit.iterations)
        var wrongLength = try LogisticRegression()
        let short = LogisticRegression.FittedState(coefficients: [1], intercept: 0, iterations: 0, objective: 0, scaledGradient: 0)
        try wrongLength.fit(x, y, sampleWeight: reweighted, warmStart: short)
        XCTAssertEqual(try XCTUnwrap(wrongLength.fitted).iterations, coldFit.iterations)
    }
}
