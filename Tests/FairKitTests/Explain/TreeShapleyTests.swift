import XCTest
@testable import FairKit

/// Tree SHAP against enumeration of the game each method claims to solve.
final class TreeShapleyTests: XCTestCase {
    /// A stump on x = [0,0,0,1,1,1,1], y = [0,0,1,1,1,1,0]: leaves P = 1/3 (3 rows) and 3/4
    /// (4 rows), base 3/7·1/3 + 4/7·3/4 = 4/7, and for x = 1 φ = 3/4 − 4/7 = 5/28.
    func testStumpByHand() throws {
        var tree = try DecisionTree(maxDepth: 1)
        try tree.fit(Matrix(rows: [[0], [0], [0], [1], [1], [1], [1]]), [0, 0, 1, 1, 1, 1, 0])
        let row = try TreeShapley(tree: tree, featureNames: ["x"]).explain(Matrix(rows: [[1]])).rows[0]
        XCTAssertEqual(row.baseValue, 4.0 / 7, accuracy: 1e-15)
        XCTAssertEqual(row.attributions[0], 5.0 / 28, accuracy: 1e-15)
        XCTAssertEqual(row.output, 0.75, accuracy: 1e-15)
    }

    /// Path-dependent Tree SHAP equals the Shapley formula over all 2^6 coalitions of the game
    /// v(S) = the tree's cover-weighted expectation with the features outside S unknown.
    func testPathDependentEqualsEnumerationOfTheCoverGame() throws {
        let (x, y, w) = ReferenceDesign.numeric(rows: 300, columns: 6)
        var tree = try DecisionTree(maxDepth: 6)
        try tree.fit(x, y, sampleWeight: w)
        for space in OutputSpace.allCases {
            let explainer = try TreeShapley(tree: tree, space: space, featureNames: (0..<6).map { "f\($0)" })
            let result = try explainer.explain(x, rows: Array(0..<25))
            for row in result.rows {
                let values = x.row(row.index)
                let v = (0..<64).map { mask in coverExpectation(tree, node: 0, x: values, mask: mask, space: space) }
                let expected = ShapleyEnumeration.values(players: 6, v: v)
                for j in 0..<6 { XCTAssertEqual(row.attributions[j], expected[j], accuracy: 1e-9, "row \(row.index) feature \(j)") }
                XCTAssertEqual(row.baseValue, v[0], accuracy: 1e-12)
                XCTAssertEqual(row.output, v[63], accuracy: 1e-12)
                XCTAssertTrue(row.isEfficient())
            }
        }
    }

    /// Interventional Tree SHAP equals ExactShapley (enumeration over a weighted background) of the
    /// same tree, single features as players.
    func testInterventionalEqualsExactEnumeration() throws {
        let (x, y, w) = ReferenceDesign.numeric(rows: 300, columns: 7)
        var tree = try DecisionTree(maxDepth: 8)
        try tree.fit(x, y, sampleWeight: w)
        let names = (0..<7).map { "f\($0)" }
        let background = try Background(x.selectingRows(200..<230), weights: (0..<30).map { 1 + Double($0 % 3) })
        for space in OutputSpace.allCases {
            let treeResult = try TreeShapley(tree: tree, method: .interventional(background), space: space, featureNames: names)
                .explain(x, rows: Array(0..<10))
            let model = try ExplainedModel.classifier(tree, featureNames: names, space: space)
            let exact = try ExactShapley(model: model, background: background, groupsAsPlayers: false).explain(x, rows: Array(0..<10))
            for (a, b) in zip(treeResult.rows, exact.rows) {
                for j in 0..<7 { XCTAssertEqual(a.attributions[j], b.attributions[j], accuracy: 1e-9, "row \(a.index) feature \(j)") }
                XCTAssertEqual(a.baseValue, b.baseValue, accuracy: 1e-12)
                XCTAssertTrue(a.isEfficient())
            }
        }
    }

    /// The tree's expectation of x with the features outside `mask` unknown: at a split on such a
    /// feature, both children weighted by their share of the node's training weight.
    private func coverExpectation(_ tree: DecisionTree, node: Int, x: [Double], mask: Int, space: OutputSpace) -> Double {
        let n = tree.nodes[node]
        guard let split = n.split else {
            let p = n.value[1]
            return space == .probability ? p : log(min(max(p, 1e-15), 1 - 1e-15) / (1 - min(max(p, 1e-15), 1 - 1e-15)))
        }
        if mask & (1 << split.feature) != 0 {
            return coverExpectation(tree, node: x[split.feature] <= split.threshold ? split.left : split.right, x: x, mask: mask, space: space)
        }
        let (l, r) = (tree.nodes[split.left], tree.nodes[split.right])
        return (l.weightedSamples * coverExpectation(tree, node: split.left, x: x, mask: mask, space: space)
            + r.weightedSamples * coverExpectation(tree, node: split.right, x: x, mask: mask, space: space)) / n.weightedSamples
    }
}
