import XCTest
@testable import FairKit

/// Exact and Linear SHAP on games small enough to check on paper.
final class ExactShapleyTests: XCTestCase {
    /// f(x) = x₀·x₁ (an interaction): x = [1, 1], background [0, 0]. v(∅) = v({0}) = v({1}) = 0,
    /// v({0,1}) = 1, so each player gets ½ (the doc comment's example).
    func testInteractionIsSplitEqually() throws {
        let model = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in
            (0..<x.rows).map { x[$0, 0] * x[$0, 1] }
        }
        let explainer = try ExactShapley(model: model, background: Background(Matrix(rows: [[0, 0]])))
        let row = try XCTUnwrap(explainer.explain(Matrix(rows: [[1, 1]])).rows.first)
        XCTAssertEqual(row.attributions[0], 0.5, accuracy: 1e-15)
        XCTAssertEqual(row.attributions[1], 0.5, accuracy: 1e-15)
        XCTAssertEqual(row.baseValue, 0)
        XCTAssertEqual(row.output, 1)
        XCTAssertTrue(row.isEfficient())
    }

    /// f(x) = max(x₀, x₁, x₂) with x = [3, 1, 2] and a weighted background {[0,0,0] w=1, [2,2,2] w=3}.
    /// v(S) = ¼ max(x_S ∪ {0}) + ¾ max(x_S ∪ {2}):
    /// v(∅) = 1.5, v({0}) = 3, v({1}) = ¼·1 + ¾·2 = 1.75, v({2}) = 2, v({0,1}) = v({0,2}) = v(N) = 3,
    /// v({1,2}) = 2. φ₀ = ⅓(3 − 1.5) + ⅙(3 − 1.75) + ⅙(3 − 2) + ⅓(3 − 2) = 0.5 + 0.208333 + 0.166667
    /// + 0.333333 = 1.208333; φ₁ = ⅓(0.25) + ⅙(0) + ⅙(0) + ⅓(0) = 0.083333; φ₂ = 1.5 − φ₀ − φ₁ = 0.208333.
    func testWeightedBackgroundMatchesHandComputation() throws {
        let model = try ExplainedModel(featureNames: ["a", "b", "c"], space: .probability) { x in
            (0..<x.rows).map { max(x[$0, 0], x[$0, 1], x[$0, 2]) }
        }
        let background = try Background(Matrix(rows: [[0, 0, 0], [2, 2, 2]]), weights: [1, 3])
        let row = try XCTUnwrap(ExactShapley(model: model, background: background).explain(Matrix(rows: [[3, 1, 2]])).rows.first)
        XCTAssertEqual(row.baseValue, 1.5, accuracy: 1e-15)
        XCTAssertEqual(row.attributions[0], 1.5 / 3 + 1.25 / 6 + 1.0 / 6 + 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(row.attributions[1], 0.25 / 3, accuracy: 1e-12)
        XCTAssertEqual(row.attributions[2], 1.5 - 1.5 / 3 - 1.25 / 6 - 1.0 / 6 - 1.0 / 3 - 0.25 / 3, accuracy: 1e-12)
        XCTAssertTrue(row.isEfficient())
    }

    /// One-hot blocks played as one player: f = 2·[c=A] − [c=B] + x, x = (c = A, 1),
    /// background (c = B, 0): v(∅) = −1, v({c}) = 2, v({x}) = 0, v(N) = 3; φ_c = ½(3) + ½(3) = 3,
    /// φ_x = 1. Played feature by feature instead, the sums per source column are the same here
    /// because the model is additive.
    func testGroupsArePlayedTogetherAndSummedPerSourceColumn() throws {
        let names = ["c=A", "c=B", "x"]
        let groups = try FeatureGroups.sourceColumns(["c", "x"], featureNames: names)
        XCTAssertEqual(groups.members, [[0, 1], [2]])
        let model = try ExplainedModel(featureNames: names, groups: groups, space: .logOdds) { x in
            (0..<x.rows).map { 2 * x[$0, 0] - x[$0, 1] + x[$0, 2] }
        }
        let background = try Background(Matrix(rows: [[0, 1, 0]]))
        let grouped = try ExactShapley(model: model, background: background).explain(Matrix(rows: [[1, 0, 1]]))
        XCTAssertEqual(grouped.playerNames, ["c", "x"])
        XCTAssertEqual(grouped.rows[0].attributions, [3, 1])
        let single = try ExactShapley(model: model, background: background, groupsAsPlayers: false).explain(Matrix(rows: [[1, 0, 1]]))
        XCTAssertEqual(single.rows[0].attributions, [2, 1, 1])
        XCTAssertEqual(single.rows[0].sourceColumnAttributions, [3, 1])
    }

    /// The doc comment's example: β = [2, −1], b = 0.5, E x = [1, 0], x = [2, 3].
    func testLinearShapleyClosedForm() throws {
        let background = try Background(Matrix(rows: [[0, 1], [2, -1]]))
        let explainer = try LinearShapley(coefficients: [2, -1], intercept: 0.5, background: background, featureNames: ["a", "b"])
        let row = try XCTUnwrap(explainer.explain(Matrix(rows: [[2, 3]])).rows.first)
        XCTAssertEqual(row.attributions, [2, -3])
        XCTAssertEqual(row.baseValue, 2.5)
        XCTAssertEqual(row.output, 1.5)
        XCTAssertEqual(row.efficiencyResidual, 0)
    }

    func testBadInputIsAClearError() throws {
        let model = try ExplainedModel(featureNames: ["a"], space: .probability) { x in x.storage }
        let explainer = try ExactShapley(model: model, background: Background(Matrix(rows: [[0]])))
        XCTAssertThrowsError(try explainer.explain(Matrix(rows: [[1]]), rows: [3])) {
            XCTAssertEqual($0 as? ExplainError, .rowOutOfRange(row: 3, rowCount: 1))
        }
        XCTAssertThrowsError(try Background(Matrix(rows: [[.nan]]))) {
            XCTAssertEqual($0 as? ExplainError, .nonFinite(what: "the background", row: 0, column: 0))
        }
        let wide = try ExplainedModel(featureNames: (0..<17).map { "f\($0)" }, space: .probability) { x in x.column(0) }
        XCTAssertThrowsError(try ExactShapley(model: wide, background: Background(Matrix(rows: 1, columns: 17)))) {
            XCTAssertEqual($0 as? ExplainError, .tooManyPlayers(players: 17, limit: 16))
        }
        let badOutput = try ExplainedModel(featureNames: ["a"], space: .probability) { _ in [.nan] }
        XCTAssertThrowsError(try ExactShapley(model: badOutput, background: Background(Matrix(rows: [[0]]))).explain(Matrix(rows: [[1]])))
    }
}
