import XCTest
@testable import FairKit

/// The diagnostics that ship with sampled explanations: stability over seeds, progress and a time
/// budget for long Kernel SHAP runs.
final class DiagnosticsTests: XCTestCase {
    /// Kernel SHAP in probability on German samples 2,170 of 2^59 coalitions: its attributions
    /// move a little with the seed (shap's own spread there is 0.0006); with 7 players every
    /// coalition is enumerated and nothing moves.
    func testStabilityMeasuresTheSpreadOverSeeds() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        let background = try Background(german.train.selectingRows(0..<50))
        let sampled = try AttributionStability.measure(seeds: [1, 2, 3]) { seed in
            try KernelShapley(model: model, background: background, groupsAsPlayers: false, seed: seed).explain(german.test, rows: [0])
        }
        XCTAssertGreaterThan(sampled.largest, 0)
        XCTAssertLessThan(sampled.largest, 0.005)
        let small = try ExplainedModel(featureNames: ["a", "b", "c"], space: .probability) { x in
            (0..<x.rows).map { StableFunctions.logistic(x[$0, 0] * x[$0, 1] - x[$0, 2]) }
        }
        let enumerated = try AttributionStability.measure(seeds: [1, 2]) { seed in
            try KernelShapley(model: small, background: Background(Matrix(rows: [[0, 1, 2], [1, 0, 0]])), seed: seed)
                .explain(Matrix(rows: [[2, 2, 1]]))
        }
        XCTAssertEqual(enumerated.largest, 0)
        XCTAssertThrowsError(try AttributionStability.measure(seeds: [1]) { _ in throw ExplainError.invalidBackground("unused") })
    }

    func testProgressAndTimeBudget() throws {
        let model = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in (0..<x.rows).map { x[$0, 0] * x[$0, 1] } }
        let explainer = try KernelShapley(model: model, background: Background(Matrix(rows: [[0, 0]])))
        let x = Matrix(rows: [[1, 1], [2, 1], [1, 3]])
        var reports: [KernelShapley.Progress] = []
        let full = try explainer.explain(x) { reports.append($0) }
        // Two players vary in every row: 2² − 2 = 2 coalitions each, 6 in all. Each row reports
        // after its one wave of model calls and again when it ends (one more row done).
        XCTAssertEqual(reports.map(\.done), [2, 2, 4, 4, 6, 6])
        XCTAssertEqual(reports.map(\.rowsDone), [0, 1, 1, 2, 2, 3])
        XCTAssertTrue(reports.allSatisfy { $0.total == 6 && $0.rows == 3 && $0.remaining >= 0 })
        XCTAssertEqual(reports.last?.remaining, 0)
        XCTAssertTrue(full.unexplainedRows.isEmpty)
        let none = try explainer.explain(x, timeBudget: -1)
        XCTAssertEqual(none.rows.count, 0)
        XCTAssertEqual(none.unexplainedRows, [0, 1, 2])
    }
}
