import XCTest
@testable import FairKit

final class TradeoffTests: XCTestCase {
    /// The `TradeoffFront` example: C (0.75, 0.06) is dominated by B (0.78, 0.05).
    func testParetoFrontAndRecommendationByHand() {
        let points = [("A", 0.80, 0.20), ("B", 0.78, 0.05), ("C", 0.75, 0.06), ("D", 0.70, 0.01)]
            .map { TradeoffPoint(method: $0.0, setting: "", accuracy: $0.1, disparity: $0.2) }
        XCTAssertEqual(TradeoffFront.marking(points).map(\.onParetoFront), [true, true, false, true])
        XCTAssertEqual(TradeoffFront.recommend(points, tolerance: 0.05), .init(index: 1, meetsTolerance: true))
        XCTAssertEqual(TradeoffFront.recommend(points, tolerance: 0.02), .init(index: 3, meetsTolerance: true))
        XCTAssertEqual(TradeoffFront.recommend(points, tolerance: 0.001), .init(index: 3, meetsTolerance: false))
        XCTAssertNil(TradeoffFront.recommend([], tolerance: 0.1))
    }

    /// The German sweep: 1 + 2 + 10 + 2 points; every demographic-parity mitigator lowers the test
    /// DP difference below the unmitigated model's, and the front is not empty.
    func testGermanSweepMovesDisparityTheRightWay() throws {
        let setup = try GermanMitigationSetup.load()
        let sweep = try TradeoffSweep(epsGrid: [0.01, 0.05], thresholdConstraints: [.demographicParity])
        let points = try sweep.run(base: try LogisticRegression(), train: (setup.xTrain, setup.yTrain, setup.ageTrain),
                                   test: (setup.xTest, setup.yTest, setup.ageTest))
        XCTAssertEqual(points.count, 1 + 2 + 10 + 1)
        let baseline = points[0]
        XCTAssertEqual(baseline.method, "unmitigated")
        for p in points where p.method == "exponentiated_gradient" || p.method == "threshold_optimizer" {
            XCTAssertLessThan(p.disparity, baseline.disparity, "\(p.method) \(p.setting)")
        }
        // Exponentiated gradient at eps 0.01 gives Fairlearn's test numbers (ExponentiatedGradientTests).
        XCTAssertEqual(points[1].accuracy, 0.75, accuracy: 1e-9)
        XCTAssertEqual(points[1].disparity, 0.0031347962382445305, accuracy: 1e-9)
        XCTAssertTrue(points.contains { $0.onParetoFront })
    }
}
