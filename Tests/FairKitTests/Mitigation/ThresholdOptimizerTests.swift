import XCTest
@testable import FairKit

final class ThresholdOptimizerTests: XCTestCase {
    /// The `TradeoffCurve` doc example, by hand: points (0, 0), (0, ½), (½, ½), (½, 1), (1, 1);
    /// (½, ½) lies below the segment (0, ½)–(½, 1), so the hull keeps the other four; FPR ¼ is
    /// half way along (0, ½)–(½, 1): thresholds 0.85 and 0.25 half and half, TPR ¾.
    func testTradeoffCurveExampleByHand() {
        let curve = TradeoffCurve(scores: [0.9, 0.8, 0.3, 0.2], labels: [1, 0, 1, 0], weights: [1, 1, 1, 1],
                                  x: { $0.falsePositives / $0.negatives }, y: { $0.truePositives / $0.positives })
        XCTAssertEqual(curve.hull.map(\.x), [0, 0, 0.5, 1])
        XCTAssertEqual(curve.hull.map(\.y), [0, 0.5, 1, 1])
        XCTAssertEqual(curve.hull.map(\.threshold), [.infinity, (0.9 + 0.8) / 2, 0.25, -.infinity])
        let m = curve.mixture(at: 0.25, isFirstGridPoint: false)
        XCTAssertEqual([m.p0, m.threshold0, m.p1, m.threshold1, m.y], [0.5, (0.9 + 0.8) / 2, 0.5, 0.25, 0.75])
    }

    /// Demographic parity on two small groups, by hand. Group a: scores [0.9, 0.6, 0.4, 0.1],
    /// labels [1, 1, 0, 0]; group b: [0.8, 0.7, 0.3, 0.2], labels [1, 0, 0, 0]. Each group's
    /// accuracy as a function of its selection rate s is concave with its peak at its base rate:
    /// a: acc = ½ + s for s ≤ ½, 1.5 − s after; b: acc = ¾ + s for s ≤ ¼, then falling. With equal
    /// group sizes the mean ½(acc_a + acc_b) rises by 1 for s ≤ ¼, stays flat on [¼, ½] (+1 − 1),
    /// and falls after: the first maximum on the grid is s = ¼, mean ½(0.75 + 1) = 0.875.
    func testDemographicParityByHand() throws {
        var optimizer = try ThresholdOptimizer(constraint: .demographicParity, gridSize: 4)
        let groups = SensitiveFeature(name: "g", values: ["a", "a", "a", "a", "b", "b", "b", "b"])
        try optimizer.fit(scores: [0.9, 0.6, 0.4, 0.1, 0.8, 0.7, 0.3, 0.2], labels: [1, 1, 0, 0, 1, 0, 0, 0], sensitive: groups)
        let fitted = try XCTUnwrap(optimizer.fitted)
        XCTAssertEqual(fitted.bestRate, 0.25)
        XCTAssertEqual(fitted.bestObjective, 0.875, accuracy: 1e-15)
        // Group a's hull keeps (0, ½), (½, 1), (1, ½) (the points between are collinear), so s = ¼
        // mixes "nothing" (threshold +∞) and "top two" (threshold (0.6 + 0.4)/2 = 0.5) half and half.
        // Group b's hull has the point (¼, 1) itself: threshold (0.8 + 0.7)/2 = 0.75 for sure.
        let p = try optimizer.predictProbability(scores: [0.9, 0.6, 0.4, 0.1, 0.8, 0.7, 0.3, 0.2], sensitive: groups)
        XCTAssertEqual(p, [0.5, 0.5, 0, 0, 1, 0, 0, 0])
        XCTAssertEqual(fitted.rules.map(\.rate), [0.25, 0.25])
    }

    /// German setup (GermanMitigationSetup), demographic parity, accuracy, grid 1000: Fairlearn
    /// 0.15 (scripts/reference/mitigation_threshold_optimizer.py) chooses selection rate 0.747 and
    /// the thresholds and mixing probabilities below; P(positive) on the test rows agrees.
    func testGermanDemographicParityEqualsFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        XCTAssertEqual(try setup.base.predictProbability(setup.xTest)[0], 0.8747083164697679, accuracy: 1e-9)
        var optimizer = try ThresholdOptimizer(constraint: .demographicParity)
        try optimizer.fit(scores: try setup.base.predictProbability(setup.xTrain), labels: setup.yTrain, sensitive: setup.ageTrain)
        let fitted = try XCTUnwrap(optimizer.fitted)
        XCTAssertEqual(fitted.bestRate, 0.747, accuracy: 1e-12)
        try assertRule(fitted, "age <= 25", p0: 0.2999310344827586, t0: 0.7179515227776705, t1: 0.2988831746338063)
        try assertRule(fitted, "age > 25", p0: 0.9960533333333333, t0: 0.5609230876068918, t1: 0.3813862396672708)
        let p = try optimizer.predictProbability(scores: try setup.base.predictProbability(setup.xTest), sensitive: setup.ageTest)
        XCTAssertEqual(p.reduce(0, +) / 300, 0.7266815846743295, accuracy: 1e-9)
        let accuracy = try ConfusionCounts(labels: setup.yTest, probabilities: p).accuracy.number
        XCTAssertEqual(try XCTUnwrap(accuracy), 0.7623335632183909, accuracy: 1e-9)
    }

    /// Equalized odds on the German setup: Fairlearn chooses FPR 0.731; group "age > 25" mixes in
    /// the constant 0.731 with p_ignore 0.06192888393425432.
    func testGermanEqualizedOddsEqualsFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var optimizer = try ThresholdOptimizer(constraint: .equalizedOdds)
        try optimizer.fit(scores: try setup.base.predictProbability(setup.xTrain), labels: setup.yTrain, sensitive: setup.ageTrain)
        let fitted = try XCTUnwrap(optimizer.fitted)
        XCTAssertEqual(fitted.bestRate, 0.731, accuracy: 1e-12)
        try assertRule(fitted, "age <= 25", p0: 0.9975999999999997, t0: 0.2988831746338063, t1: 0.2402776467790942, pIgnore: 0)
        try assertRule(fitted, "age > 25", p0: 0.881964285714286, t0: 0.32773919551001285, t1: 0.19410288589983288,
                       pIgnore: 0.06192888393425432)
        let p = try optimizer.predictProbability(scores: try setup.base.predictProbability(setup.xTest), sensitive: setup.ageTest)
        XCTAssertEqual(p.reduce(0, +) / 300, 0.8602320055455122, accuracy: 1e-9)
        XCTAssertEqual(p[4], 0.15599590839155714, accuracy: 1e-9)
        // The seeded draw is reproducible and follows the probabilities.
        let labels = try optimizer.predict(scores: try setup.base.predictProbability(setup.xTest), sensitive: setup.ageTest)
        XCTAssertEqual(labels, try optimizer.predict(scores: try setup.base.predictProbability(setup.xTest), sensitive: setup.ageTest))
        XCTAssertEqual(labels, RandomisedDecision.sample(p, seed: 0))
        // Wrapped around the base model, the same numbers from features and groups.
        let wrapped = PostprocessedClassifier(base: setup.base, postprocessor: optimizer)
        XCTAssertEqual(try wrapped.predictProbability(setup.xTest, sensitive: setup.ageTest), p)
        XCTAssertEqual(try wrapped.predict(setup.xTest, sensitive: setup.ageTest), labels)
    }

    func testBadInputIsNamed() throws {
        var optimizer = try ThresholdOptimizer()
        let groups = SensitiveFeature(name: "g", values: ["a", "a", "b", "b"])
        XCTAssertThrowsError(try optimizer.fit(scores: [0.1, 0.2, 0.3, 0.4], labels: [1, 1, 0, 1], sensitive: groups)) {
            XCTAssertEqual($0 as? MitigationError, .singleLabelInGroup(group: "a", label: 1))
        }
        XCTAssertThrowsError(try optimizer.fit(scores: [0.1, 0.2, 0.3], labels: [1, 0, 0, 1], sensitive: groups)) {
            XCTAssertEqual($0 as? MitigationError, .lengthMismatch(what: "scores", expected: 4, got: 3))
        }
        XCTAssertThrowsError(try optimizer.fit(scores: [0.1, .nan, 0.3, 0.4], labels: [1, 0, 0, 1], sensitive: groups)) {
            XCTAssertEqual("\($0)", "score at row 2 is nan; scores must be finite")
        }
        XCTAssertThrowsError(try ThresholdOptimizer(gridSize: 0))
        try optimizer.fit(scores: [0.1, 0.2, 0.3, 0.4], labels: [1, 0, 0, 1], sensitive: groups)
        XCTAssertThrowsError(try optimizer.predictProbability(scores: [0.5], sensitive: SensitiveFeature(name: "g", values: ["c"]))) {
            XCTAssertTrue("\($0)".contains("fitted without this group (groups: a, b)"), "\($0)")
        }
    }

    private func assertRule(_ fitted: ThresholdOptimizer.Fitted, _ group: String, p0: Double, t0: Double, t1: Double,
                            pIgnore: Double = 0, file: StaticString = #filePath, line: UInt = #line) throws {
        let rule = try XCTUnwrap(fitted.rules.first { $0.group == group }, file: file, line: line)
        XCTAssertEqual(rule.p0, p0, accuracy: 1e-9, "p0 of \(group)", file: file, line: line)
        XCTAssertEqual(rule.threshold0, t0, accuracy: 1e-9, "threshold0 of \(group)", file: file, line: line)
        XCTAssertEqual(rule.threshold1, t1, accuracy: 1e-9, "threshold1 of \(group)", file: file, line: line)
        XCTAssertEqual(rule.pIgnore, pIgnore, accuracy: 1e-9, "p_ignore of \(group)", file: file, line: line)
    }
}
