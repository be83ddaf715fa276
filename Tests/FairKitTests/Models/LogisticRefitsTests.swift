import XCTest
@testable import FairKit

final class LogisticRefitsTests: XCTestCase {
    /// Refits on one prepared design reach the optimum a fresh `fit` reaches (the objective is
    /// strictly convex, whatever the warm start), and the margins they return are the fitted
    /// model's own decision function on the rows.
    func testRefitsMatchFreshFitsAndTheirMargins() throws {
        let (x, y, w) = ReferenceDesign.numeric(rows: 400, columns: 5)
        var refits = try LogisticRefits(model: try LogisticRegression(), x: x)
        for round in 0..<4 {
            var weights = w, labels = y
            for i in stride(from: round, to: 400, by: 5) { weights[i] *= 3 }
            if round == 2 { labels = labels.map { 1 - $0 } }   // every label flipped: a far-away optimum
            let (model, margins) = try refits.fit(labels: labels, weights: weights)
            var fresh = try LogisticRegression()
            try fresh.fit(x, labels, sampleWeight: weights)
            let ours = try XCTUnwrap(model.fitted), theirs = try XCTUnwrap(fresh.fitted)
            for (a, b) in zip(ours.coefficients + [ours.intercept], theirs.coefficients + [theirs.intercept]) {
                XCTAssertEqual(a, b, accuracy: 1e-8, "round \(round)")
            }
            XCTAssertEqual(margins, try model.decisionFunction(x), "round \(round)")
        }
        XCTAssertEqual(refits.recent.count, 4)
    }

    /// The design is checked once, when the refits are prepared.
    func testNonFiniteFeatureIsAnError() {
        let x = Matrix(rows: [[1, 2], [3, .nan]])
        XCTAssertThrowsError(try LogisticRefits(model: try LogisticRegression(), x: x)) { error in
            XCTAssertEqual(error as? ModelError, .nonFiniteFeature(row: 1, column: 1))
        }
    }
}
