import XCTest
@testable import FairKit

/// `flip` and `tol` of the threshold optimizer: by hand, and against Fairlearn 0.15 on the German setup
/// (scripts/reference/mitigation_threshold_optimizer_flip_tol.py; its output lines are quoted below).
final class ThresholdOptimizerFlipToleranceTests: XCTestCase {
    /// Group a's scores are upside down: [0.9, 0.8, 0.2, 0.1] with labels [0, 0, 1, 1]; group b's
    /// are right: the same scores with labels [1, 1, 0, 0]. Demographic parity, accuracy, grid ¼.
    /// Group a's ">" points (selection rate, accuracy): (0, ½), (¼, ¼), (½, 0), (¾, ¼), (1, ½): the hull
    /// is the chord y = ½. Its "<" points are (1, ½), (¾, ¾), (½, 1), (¼, ¾), (0, ½) ("< 0.5" picks
    /// 0.2 and 0.1: both positives, accuracy 1). Group b: (0, ½), (¼, ¾), (½, 1), (¾, ¾), (1, ½).
    /// Without flip: mean ½(½ + y_b(x)), largest at x = ½: ½(½ + 1) = ¾.
    /// With flip: ½(y_a + y_b) = ½(1 + 1) = 1 at x = ½; group a uses "score < (0.8 + 0.2)/2 = 0.5"
    /// for sure (p1 = 1: at x = ½ the hull segment is (0, ½)–(½, 1), whose right end it is).
    func testFlipHelpsAnUpsideDownGroupByHand() throws {
        let groups = SensitiveFeature(name: "g", values: ["a", "a", "a", "a", "b", "b", "b", "b"])
        let scores = [0.9, 0.8, 0.2, 0.1, 0.9, 0.8, 0.2, 0.1], labels = [0, 0, 1, 1, 1, 1, 0, 0]
        var plain = try ThresholdOptimizer(constraint: .demographicParity, gridSize: 4)
        try plain.fit(scores: scores, labels: labels, sensitive: groups)
        XCTAssertEqual(try XCTUnwrap(plain.fitted).bestRate, 0.5)
        XCTAssertEqual(try XCTUnwrap(plain.fitted).bestObjective, 0.75, accuracy: 1e-15)

        var flipped = try ThresholdOptimizer(constraint: .demographicParity, gridSize: 4, flip: true)
        try flipped.fit(scores: scores, labels: labels, sensitive: groups)
        let fitted = try XCTUnwrap(flipped.fitted)
        XCTAssertEqual(fitted.bestRate, 0.5)
        XCTAssertEqual(fitted.bestObjective, 1, accuracy: 1e-15)
        let a = try XCTUnwrap(fitted.rules.first { $0.group == "a" })
        XCTAssertEqual([a.p1, a.threshold1], [1, 0.5])
        XCTAssertEqual(a.operation1, .below)
        XCTAssertEqual(try XCTUnwrap(fitted.rules.first { $0.group == "b" }).operation1, .above)
        XCTAssertEqual(try flipped.predictProbability(scores: scores, sensitive: groups), [0, 0, 1, 1, 1, 1, 0, 0])
    }

    /// The `maximizeWithTolerance` doc example: grid {0, ½, 1}, weighted y of a [0.1, 0.4, 0.2], of b
    /// [0.3, 0.2, 0], tol ½. Windows {0}: 0.4; {0, ½}: a at ½ (0.4) + b at 0 (0.3) = 0.7; {½, 1}: 0.4 + 0.2 = 0.6.
    /// With tol 0 each window is one grid point: the best common x is ½ with 0.6.
    func testToleranceWindowByHand() {
        let y = [[0.1, 0.4, 0.2], [0.3, 0.2, 0.0]], grid = [0, 0.5, 1]
        let relaxed = ThresholdOptimizer.maximizeWithTolerance(weightedObjectives: y, grid: grid, tolerance: 0.5)
        XCTAssertEqual(relaxed.indices, [1, 0])
        XCTAssertEqual(relaxed.objective, 0.4 + 0.3, accuracy: 1e-15)
        let strict = ThresholdOptimizer.maximizeWithTolerance(weightedObjectives: y, grid: grid, tolerance: 0)
        XCTAssertEqual(strict.indices, [1, 1])
        XCTAssertEqual(strict.objective, 0.4 + 0.2, accuracy: 1e-15)
    }

    func testBadToleranceIsNamed() {
        XCTAssertThrowsError(try ThresholdOptimizer(tolerance: -0.1)) { XCTAssertTrue("\($0)".contains("tol"), "\($0)") }
        XCTAssertThrowsError(try ThresholdOptimizer(tolerance: .nan))
        XCTAssertThrowsError(try ThresholdOptimizer(constraint: .equalizedOdds, tolerance: 0.05)) {
            XCTAssertTrue("\($0)".contains("equalized_odds"), "\($0)")
        }
        XCTAssertNoThrow(try ThresholdOptimizer(tolerance: 0))
    }

    /// One Fairlearn run: its rules, the grid x of each group, and P(positive) on the 300 test rows.
    struct Reference {
        struct Rule {
            let group: String, p0: Double, op0: ThresholdOptimizer.Operation, t0: Double
            let op1: ThresholdOptimizer.Operation, t1: Double, pIgnore: Double
        }
        let name: String, constraint: ThresholdOptimizer.Constraint, flip: Bool, tolerance: Double?, inverted: Bool
        /// Fairlearn's `_y_best` for single-rate constraints: Σ_g P(g) y_g(x_g) on the training rows
        /// (for equalized odds it is the common TPR instead, which `bestObjective` is not).
        let gridRates: [String: Double], objective: Double?, rules: [Rule]
        let testMean: Double, testAccuracy: Double, selectionRates: [String: Double]
    }

    /// Fairlearn's numbers, from the script's output. "inverted" scores are 1 − P(good) for "age <= 25".
    /// Flip on the real scores changes nothing (same numbers as without it in ThresholdOptimizerTests);
    /// on inverted scores it recovers exactly those numbers with "<" rules for the young group.
    static let references: [Reference] = [
        Reference(name: "demographic_parity flip", constraint: .demographicParity, flip: true, tolerance: nil, inverted: false,
                  gridRates: ["age <= 25": 0.747, "age > 25": 0.747], objective: 0.7954110660098522,
                  rules: [.init(group: "age <= 25", p0: 0.2999310344827586, op0: .above, t0: 0.7179515227776705, op1: .above, t1: 0.2988831746338063, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.9960533333333333, op0: .above, t0: 0.5609230876068918, op1: .above, t1: 0.3813862396672708, pIgnore: 0)],
                  testMean: 0.7266815846743295, testAccuracy: 0.7623335632183909,
                  selectionRates: ["age <= 25": 0.7224458977407847, "age > 25": 0.7276967493112947]),
        Reference(name: "equalized_odds flip", constraint: .equalizedOdds, flip: true, tolerance: nil, inverted: false,
                  gridRates: ["age <= 25": 0.731, "age > 25": 0.731], objective: nil,
                  rules: [.init(group: "age <= 25", p0: 0.9975999999999997, op0: .above, t0: 0.2988831746338063, op1: .above, t1: 0.2402776467790942, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.881964285714286, op0: .above, t0: 0.32773919551001285, op1: .above, t1: 0.19410288589983288,
                                pIgnore: 0.06192888393425432)],
                  testMean: 0.8602320055455122, testAccuracy: 0.7520014894811184,
                  selectionRates: ["age <= 25": 0.8621103448275862, "age > 25": 0.85978182505642]),
        Reference(name: "demographic_parity tol 0.05", constraint: .demographicParity, flip: false, tolerance: 0.05, inverted: false,
                  gridRates: ["age <= 25": 697 * 0.001, "age > 25": 0.747], objective: 0.7963864354679803,
                  rules: [.init(group: "age <= 25", p0: 0.41372413793103435, op0: .above, t0: 0.7179515227776705, op1: .above, t1: 0.2988831746338063, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.9960533333333333, op0: .above, t0: 0.5609230876068918, op1: .above, t1: 0.3813862396672708, pIgnore: 0)],
                  testMean: 0.7164402053639847, testAccuracy: 0.7619542528735632,
                  selectionRates: ["age <= 25": 0.6694732461355529, "age > 25": 0.7276967493112947]),
        Reference(name: "true_positive_rate_parity tol 0.05", constraint: .truePositiveRateParity, flip: false, tolerance: 0.05, inverted: false,
                  gridRates: ["age <= 25": 0.837, "age > 25": 0.886], objective: 0.7964498461538461,
                  rules: [.init(group: "age <= 25", p0: 0.42461538461538473, op0: .above, t0: 0.7179515227776705, op1: .above, t1: 0.2988831746338063, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.008200000000000974, op0: .above, t0: 0.5852782286285223, op1: .above, t1: 0.5609230876068918, pIgnore: 0)],
                  testMean: 0.7150086153846154, testAccuracy: 0.7619726153846154,
                  selectionRates: ["age <= 25": 0.6644031830238727, "age > 25": 0.7271371900826445]),
        Reference(name: "inverted demographic_parity", constraint: .demographicParity, flip: false, tolerance: nil, inverted: true,
                  gridRates: ["age <= 25": 0.878, "age > 25": 0.878], objective: 0.7665654857142857,
                  rules: [.init(group: "age <= 25", p0: 0.122, op0: .above, t0: .infinity, op1: .above, t1: -.infinity, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.003946666666666611, op0: .above, t0: 0.5609230876068918, op1: .above, t1: 0.3813862396672708, pIgnore: 0)],
                  testMean: 0.8427379555555555, testAccuracy: 0.7358533333333334,
                  selectionRates: ["age <= 25": 0.878, "age > 25": 0.8342867217630855]),
        Reference(name: "inverted demographic_parity flip", constraint: .demographicParity, flip: true, tolerance: nil, inverted: true,
                  gridRates: ["age <= 25": 0.747, "age > 25": 0.747], objective: 0.7954110660098522,
                  rules: [.init(group: "age <= 25", p0: 0.2999310344827586, op0: .below, t0: 0.2820484772223295, op1: .below, t1: 0.7011168253661937, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.9960533333333333, op0: .above, t0: 0.5609230876068918, op1: .above, t1: 0.3813862396672708, pIgnore: 0)],
                  testMean: 0.7266815846743295, testAccuracy: 0.7623335632183909,
                  selectionRates: ["age <= 25": 0.7224458977407847, "age > 25": 0.7276967493112947]),
        Reference(name: "inverted equalized_odds", constraint: .equalizedOdds, flip: false, tolerance: nil, inverted: true,
                  gridRates: ["age <= 25": 1, "age > 25": 1], objective: nil,
                  rules: [.init(group: "age <= 25", p0: 0, op0: .above, t0: .infinity, op1: .above, t1: -.infinity, pIgnore: 0),
                          .init(group: "age > 25", p0: 0, op0: .above, t0: 0.19410288589983288, op1: .above, t1: -.infinity, pIgnore: 0)],
                  testMean: 1, testAccuracy: 0.69, selectionRates: ["age <= 25": 1, "age > 25": 1]),
        Reference(name: "inverted equalized_odds flip", constraint: .equalizedOdds, flip: true, tolerance: nil, inverted: true,
                  gridRates: ["age <= 25": 0.731, "age > 25": 0.731], objective: nil,
                  rules: [.init(group: "age <= 25", p0: 0.9975999999999997, op0: .below, t0: 0.7011168253661937, op1: .below, t1: 0.7597223532209059, pIgnore: 0),
                          .init(group: "age > 25", p0: 0.881964285714286, op0: .above, t0: 0.32773919551001285, op1: .above, t1: 0.19410288589983288,
                                pIgnore: 0.06192888393425432)],
                  testMean: 0.8602320055455122, testAccuracy: 0.7520014894811184,
                  selectionRates: ["age <= 25": 0.8621103448275862, "age > 25": 0.85978182505642]),
    ]

    /// Tolerances: the algorithm is Fairlearn's step for step on the same scores, so each group's x
    /// must be the same grid point (1e-12, far below the grid step 1e-3; the grid is numpy's
    /// linspace bit for bit, which decides "0.747 − 0.697 ≤ 0.05" in the tol run), thresholds
    /// (midpoints of the same scores) and mixing rates agree to 1e-9 (the base model's scores agree
    /// with scikit-learn's to about 1e-10), and so do the test-row expectations.
    func testGermanEqualsFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        let trainP = try setup.base.predictProbability(setup.xTrain), testP = try setup.base.predictProbability(setup.xTest)
        func invert(_ p: [Double], _ groups: SensitiveFeature) -> [Double] {
            p.indices.map { groups.levels[Int(groups.codes[$0])] == "age <= 25" ? 1 - p[$0] : p[$0] }
        }
        for reference in Self.references {
            let train = reference.inverted ? invert(trainP, setup.ageTrain) : trainP
            let test = reference.inverted ? invert(testP, setup.ageTest) : testP
            var optimizer = try ThresholdOptimizer(constraint: reference.constraint, flip: reference.flip, tolerance: reference.tolerance)
            try optimizer.fit(scores: train, labels: setup.yTrain, sensitive: setup.ageTrain)
            let fitted = try XCTUnwrap(optimizer.fitted)
            for rule in reference.rules {
                let index = try XCTUnwrap(fitted.rules.firstIndex { $0.group == rule.group }, reference.name)
                let ours = fitted.rules[index], what = "\(reference.name), \(rule.group)"
                XCTAssertEqual(fitted.gridRates[index], try XCTUnwrap(reference.gridRates[rule.group]), accuracy: 1e-12, what)
                XCTAssertEqual(ours.p0, rule.p0, accuracy: 1e-9, what)
                XCTAssertEqual(ours.p1, 1 - rule.p0, accuracy: 1e-9, what)
                XCTAssertEqual([ours.operation0, ours.operation1], [rule.op0, rule.op1], what)
                for (a, b) in [(ours.threshold0, rule.t0), (ours.threshold1, rule.t1)] {
                    if b.isInfinite { XCTAssertEqual(a, b, what) } else { XCTAssertEqual(a, b, accuracy: 1e-9, what) }
                }
                XCTAssertEqual(ours.pIgnore, rule.pIgnore, accuracy: 1e-9, what)
            }
            if let objective = reference.objective {
                XCTAssertEqual(fitted.bestObjective, objective, accuracy: 1e-12, reference.name)
            }
            let p = try optimizer.predictProbability(scores: test, sensitive: setup.ageTest)
            XCTAssertEqual(p.reduce(0, +) / 300, reference.testMean, accuracy: 1e-9, reference.name)
            XCTAssertEqual(try XCTUnwrap(try ConfusionCounts(labels: setup.yTest, probabilities: p).accuracy.number),
                           reference.testAccuracy, accuracy: 1e-9, reference.name)
            for (group, rate) in reference.selectionRates {
                let rows = p.indices.filter { setup.ageTest.levels[Int(setup.ageTest.codes[$0])] == group }
                XCTAssertEqual(rows.map { p[$0] }.reduce(0, +) / Double(rows.count), rate, accuracy: 1e-9, "\(reference.name), \(group)")
            }
        }
    }
}
