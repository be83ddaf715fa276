import XCTest
@testable import FairKit

/// The coalition games' shortcuts (a tree routed without rows, naive Bayes as an additive index)
/// against the models' own functions called on built rows, and the waves of a progress display
/// against one call: the shortcuts must give the model's numbers, and nothing may depend on how
/// the work is split.
final class CoalitionShortcutTests: XCTestCase {
    /// The doc comments' stump: x ≤ 0.5 has rows with labels 0,0,0,0,1 (P = 1/5 = 0.2), x > 0.5
    /// rows 1,1,1,1,0 (P = 0.8). x = [1], background [0] and [1] weighted ½ each:
    /// v(∅) = ½·0.2 + ½·0.8 = 0.5, v({0}) = 0.8.
    func testStumpRoutesWithoutRows() throws {
        var tree = try DecisionTree(maxDepth: 1)
        try tree.fit(Matrix(rows: (0..<10).map { [$0 < 5 ? 0.0 : 1.0] }), [0, 0, 0, 0, 1, 1, 1, 1, 1, 0])
        let model = try ExplainedModel.classifier(tree, featureNames: ["x"], space: .probability)
        XCTAssertNotNil(model.treeRouting)
        let background = try Background(Matrix(rows: [[0], [1]]))
        let game = CoalitionValues(model: model, background: background, players: PlayerSet(model: model, groupsAsPlayers: false))
        let v = try game.values(x: [1], coalitions: [[false], [true]])
        XCTAssertEqual(v[0], 0.5, accuracy: 1e-15)
        XCTAssertEqual(v[1], 0.8, accuracy: 1e-15)
    }

    /// A depth-6 tree on German Credit: Kernel SHAP through the routing equals Kernel SHAP calling
    /// the tree on built rows, bit for bit, in both spaces and with both kinds of players.
    func testTreeRoutingGivesTheTreesOwnNumbers() throws {
        let german = try GermanExplainFixture.load()
        var grown = try DecisionTree(maxDepth: 6)
        try grown.fit(german.train, german.trainLabels)
        let tree = grown
        let background = try Background(german.train.selectingRows(0..<40))
        for space in [OutputSpace.probability, .logOdds] {
            let routed = try ExplainedModel.classifier(tree, featureNames: german.featureNames, groups: german.groups, space: space)
            XCTAssertNotNil(routed.treeRouting)
            let blackBox = try ExplainedModel(featureNames: german.featureNames, groups: german.groups, space: space) { x in
                try tree.predictProbability(x).map { space == .logOdds ? ExplainedModel.clippedLogOdds($0) : $0 }
            }
            for groups in [true, false] {
                let a = try KernelShapley(model: blackBox, background: background, groupsAsPlayers: groups, samples: 300, seed: 2)
                    .explain(german.test, rows: [0, 1, 2])
                let b = try KernelShapley(model: routed, background: background, groupsAsPlayers: groups, samples: 300, seed: 2)
                    .explain(german.test, rows: [0, 1, 2])
                XCTAssertEqual(a.rows.map(\.attributions), b.rows.map(\.attributions))
            }
        }
    }

    /// The index's doc example: class 0 at x = 0, 2 and class 1 at 4, 6 (μ = 1 and 5, σ² = 1 + ε):
    /// t(v) = 4v − 12 up to ε, so z(4) ≈ 4, and σ(z) is the model's own probability.
    func testNaiveBayesIndexIsTheModelsLogOdds() throws {
        var bayes = try GaussianNaiveBayes()
        try bayes.fit(Matrix(rows: [[0], [2], [4], [6]]), [0, 0, 1, 1])
        let index = try XCTUnwrap(bayes.fitted.flatMap(NaiveBayesIndex.init))
        let z = [4.0].withUnsafeBufferPointer { index.index($0.baseAddress!, count: 1) }
        XCTAssertEqual(z, 4, accuracy: 1e-7)
        XCTAssertEqual(StableFunctions.logistic(z), try bayes.predictProbability(Matrix(rows: [[4]]))[0], accuracy: 1e-15)
        // t(4) − t(1) = (16 − 12) − (4 − 12) = 12.
        XCTAssertEqual(index.shift(column: 0, from: 1, to: 4), 12, accuracy: 1e-7)
    }

    /// Naive Bayes on German Credit: Kernel SHAP through the index agrees with Kernel SHAP calling
    /// the model on built rows to rounding (the sums are the same terms in another order); in
    /// log-odds the model's output is clipped, so there is no index.
    func testNaiveBayesIndexAgreesWithTheModel() throws {
        let german = try GermanExplainFixture.load()
        var fitted = try GaussianNaiveBayes()
        try fitted.fit(german.train, german.trainLabels)
        let bayes = fitted
        let background = try Background(german.train.selectingRows(0..<40))
        let indexed = try ExplainedModel.classifier(bayes, featureNames: german.featureNames, groups: german.groups, space: .probability)
        XCTAssertNotNil(indexed.naiveBayesIndex)
        XCTAssertNil(try ExplainedModel.classifier(bayes, featureNames: german.featureNames, space: .logOdds).naiveBayesIndex)
        let blackBox = try ExplainedModel(featureNames: german.featureNames, groups: german.groups, space: .probability) {
            try bayes.predictProbability($0)
        }
        let a = try KernelShapley(model: blackBox, background: background, samples: 300, seed: 2).explain(german.test, rows: [0, 1, 2])
        let b = try KernelShapley(model: indexed, background: background, samples: 300, seed: 2).explain(german.test, rows: [0, 1, 2])
        for (r, s) in zip(a.rows, b.rows) {
            for j in r.attributions.indices { XCTAssertEqual(r.attributions[j], s.attributions[j], accuracy: 1e-12) }
        }
    }

    /// A column constant within class 0 with almost no smoothing has terms near 1/(2ε) = 5e11:
    /// z_b + shift would cancel them and keep only about 1e-4 of z, so such coalitions are
    /// evaluated on built rows, and the values are the model's to 1e-12.
    func testHugeTermsAreEvaluatedOnRows() throws {
        var fitted = try GaussianNaiveBayes(varSmoothing: 1e-12)
        let x = Matrix(rows: [[0, 0.1], [0, 1.2], [0, 0.4], [1, 1.5], [0, 2.0], [1, 0.3]])
        try fitted.fit(x, [0, 0, 0, 1, 1, 1])
        let bayes = fitted
        let indexed = try ExplainedModel.classifier(bayes, featureNames: ["a", "b"], space: .probability)
        XCTAssertNotNil(indexed.naiveBayesIndex)
        let blackBox = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { try bayes.predictProbability($0) }
        let background = try Background(x)
        let players = PlayerSet(model: indexed, groupsAsPlayers: false)
        let coalitions = [[false, false], [true, false], [false, true], [true, true]]
        for r in 0..<x.rows {
            let a = try CoalitionValues(model: blackBox, background: background, players: players).values(x: x.row(r), coalitions: coalitions)
            let b = try CoalitionValues(model: indexed, background: background, players: players).values(x: x.row(r), coalitions: coalitions)
            for (u, v) in zip(a, b) { XCTAssertEqual(u, v, accuracy: 1e-12) }
        }
    }

    /// Reporting progress splits the model calls into waves; the values are the same bit for bit,
    /// on every path (built rows, a tree, a logistic index).
    func testWavesChangeNoValue() throws {
        let german = try GermanExplainFixture.load()
        let background = try Background(german.train.selectingRows(0..<100))
        var fitted = try GaussianNaiveBayes(), tree = try DecisionTree(maxDepth: 5), logistic = try LogisticRegression()
        try fitted.fit(german.train, german.trainLabels)
        let bayes = fitted
        try tree.fit(german.train, german.trainLabels)
        try logistic.fit(german.train, german.trainLabels)
        let models = [
            try ExplainedModel(featureNames: german.featureNames, space: .probability) { try bayes.predictProbability($0) },
            try ExplainedModel.classifier(tree, featureNames: german.featureNames, space: .probability),
            try ExplainedModel.classifier(logistic, featureNames: german.featureNames, space: .probability),
        ]
        for model in models {
            // 2,000 coalitions in jobs of 8,192 / 100 = 81: 25 jobs, several waves on any machine.
            let explainer = try KernelShapley(model: model, background: background, groupsAsPlayers: false, samples: 2_000, seed: 4)
            var reports = 0
            let waved = try explainer.explain(german.test, rows: [0]) { _ in reports += 1 }
            let whole = try explainer.explain(german.test, rows: [0])
            XCTAssertGreaterThan(reports, 2)
            XCTAssertEqual(waved.rows.map(\.attributions), whole.rows.map(\.attributions))
        }
    }
}
