import XCTest
@testable import FairKit

/// Kernel SHAP's coalition plan and solve, on cases checkable by hand or against enumeration.
final class KernelShapleyTests: XCTestCase {
    /// The doc comment's example: f = x₀ + 2x₁ + x₀x₁, x = [1, 1], background [0, 0]. Exact values
    /// split the interaction: φ₀ = 1 + ½, φ₁ = 2 + ½.
    func testTwoPlayersGiveTheExactValues() throws {
        let model = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in
            (0..<x.rows).map { x[$0, 0] + 2 * x[$0, 1] + x[$0, 0] * x[$0, 1] }
        }
        let row = try KernelShapley(model: model, background: Background(Matrix(rows: [[0, 0]]))).explain(Matrix(rows: [[1, 1]])).rows[0]
        XCTAssertEqual(row.attributions[0], 1.5, accuracy: 1e-12)
        XCTAssertEqual(row.attributions[1], 2.5, accuracy: 1e-12)
        XCTAssertEqual(row.baseValue, 0)
        XCTAssertEqual(row.output, 4)
    }

    /// M = 3, budget 6 = 2³ − 2: size 1 is paired (⌊(3−1)/2⌋ = 1) and is the only size, weight 1;
    /// 3 singletons and 3 complements, each 1/3 / 2 = 1/6.
    func testPlanEnumeratesSmallGamesWithShapleyKernelWeights() {
        var generator = SeededGenerator(seed: 0)
        let plan = KernelShapleyPlan(players: 3, budget: 2 * 3 + 2048, generator: &generator)
        XCTAssertEqual(plan.coalitions, [[true, false, false], [false, true, true], [false, true, false],
                                         [true, false, true], [false, false, true], [true, true, false]])
        for w in plan.weights { XCTAssertEqual(w, 1.0 / 6, accuracy: 1e-15) }
    }

    /// A sampled plan (M = 12, budget 100) never repeats a coalition, spends the budget exactly,
    /// and its weights sum to 1 (the enumerated sizes' share plus the sampled rest).
    func testSampledPlanHasDistinctCoalitionsAndUnitWeight() {
        var generator = SeededGenerator(seed: 5)
        let plan = KernelShapleyPlan(players: 12, budget: 100, generator: &generator)
        XCTAssertEqual(plan.coalitions.count, 100)
        XCTAssertEqual(Set(plan.coalitions).count, 100)
        XCTAssertEqual(plan.weights.reduce(0, +), 1, accuracy: 1e-12)
        // Size 1 (24 coalitions with complements) fits the budget: 100 · w₁ / 24 ≥ 1.
        XCTAssertEqual(plan.coalitions.prefix(24).filter { $0.filter { $0 }.count == 1 }.count, 12)
    }

    /// With every coalition enumerated (M = 6: 62 coalitions < 2M + 2048) Kernel SHAP is exact:
    /// it equals enumeration of a non-additive model to 1e-9.
    func testCompleteEnumerationEqualsExactShapley() throws {
        let model = try ExplainedModel(featureNames: (0..<6).map { "f\($0)" }, space: .probability) { x in
            (0..<x.rows).map { r in
                let s = x[r, 0] * x[r, 1] - x[r, 2] + 0.5 * x[r, 3] * x[r, 4] * x[r, 5]
                return StableFunctions.logistic(s + x[r, 0] * x[r, 0])
            }
        }
        let background = try Background(Matrix(rows: [[0, 1, 2, 0, 1, 1], [1, 0, 0, 2, 2, 0], [-1, 1, 1, 1, 0, 1]]),
                                        weights: [1, 2, 1])
        let x = Matrix(rows: [[2, -1, 0.5, 1, 1, 3], [0, 0, 0, 0, 0, 0]])
        let exact = try ExactShapley(model: model, background: background).explain(x)
        let kernel = try KernelShapley(model: model, background: background).explain(x)
        for k in 0..<2 {
            for j in 0..<6 {
                XCTAssertEqual(kernel.rows[k].attributions[j], exact.rows[k].attributions[j], accuracy: 1e-9)
            }
            XCTAssertTrue(kernel.rows[k].isEfficient())
        }
    }

    /// Without a progress listener or a time budget the rows run on every core, their plans drawn
    /// first in row order; with one they run one after another. Both ways give the same numbers,
    /// bit for bit, on sampled plans (German, 59 features, 300 coalitions, rows 0..5, which include
    /// a varying count that differs from row to row).
    func testRowsOnEveryCoreEqualRowsInTurn() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        let explainer = try KernelShapley(model: model, background: Background(german.train.selectingRows(0..<20)), samples: 300, seed: 4)
        let together = try explainer.explain(german.test, rows: Array(0..<6))
        let inTurn = try explainer.explain(german.test, rows: Array(0..<6), progress: { _ in })
        XCTAssertEqual(together.rows.map(\.attributions), inTurn.rows.map(\.attributions))
        XCTAssertEqual(together.rows.map(\.output), inTurn.rows.map(\.output))
        XCTAssertEqual(together.unexplainedRows, [])
    }

    /// A feature equal to every background row's value does not vary and gets 0, as in shap.
    func testNonVaryingFeatureGetsZero() throws {
        let model = try ExplainedModel(featureNames: ["a", "b", "c"], space: .probability) { x in
            (0..<x.rows).map { x[$0, 0] * x[$0, 1] + x[$0, 2] }
        }
        let row = try KernelShapley(model: model, background: Background(Matrix(rows: [[0, 5, 1], [1, 5, 0]])))
            .explain(Matrix(rows: [[2, 5, 3]])).rows[0]
        XCTAssertEqual(row.attributions[1], 0)
        XCTAssertTrue(row.isEfficient())
    }
}

/// The linear-index shortcut (coalition values of g(x·β + b) without synthetic rows) gives the
/// numbers the black-box path gives for the same function.
final class LinearIndexTests: XCTestCase {
    func testShortcutEqualsBlackBoxEvaluation() throws {
        let german = try GermanExplainFixture.load()
        let (beta, b) = (GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept)
        let background = try Background(german.train.selectingRows(0..<30))
        for (space, link) in [(OutputSpace.probability, LinearIndex.Link.logistic), (.logOdds, .identity)] {
            let blackBox = try german.model(beta, b, space: space)
            let calls = RowCounter()
            let indexed = try ExplainedModel(featureNames: german.featureNames, groups: german.groups, space: space,
                                             linearIndex: LinearIndex(coefficients: beta, intercept: b, link: link)) { x in
                calls.add(x.rows)
                return try blackBox.evaluate(x)
            }
            for groups in [true, false] {
                let a = try KernelShapley(model: blackBox, background: background, groupsAsPlayers: groups, samples: 300, seed: 2)
                    .explain(german.test, rows: [0, 1])
                let c = try KernelShapley(model: indexed, background: background, groupsAsPlayers: groups, samples: 300, seed: 2)
                    .explain(german.test, rows: [0, 1])
                // Only the background (for E f) and each explained row are evaluated: no coalition rows.
                XCTAssertEqual(calls.take(), 30 + 2)
                for (r, s) in zip(a.rows, c.rows) {
                    for j in r.attributions.indices { XCTAssertEqual(r.attributions[j], s.attributions[j], accuracy: 1e-12) }
                }
            }
        }
    }
}

/// Counts rows passed to a model function from concurrent callers.
final class RowCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var rows = 0
    func add(_ n: Int) { lock.withLock { rows += n } }
    func take() -> Int { lock.withLock { defer { rows = 0 }; return rows } }
}
