import Foundation
import XCTest
@testable import FairKit

/// Trees split by hand.
final class DecisionTreeTests: XCTestCase {
    /// x = 1…6, y = [0, 0, 0, 1, 1, 0]. Root (4 zeros, 2 ones): Gini 1 − (16 + 4)/36 = 4/9.
    /// Weighted child impurities w_L·I_L + w_R·I_R per threshold:
    ///   1.5: 0 + 5·(1 − 13/25) = 2.4;  2.5: 0 + 4·½ = 2;  3.5: 0 + 3·(1 − 5/9) = 4/3;
    ///   4.5: 4·(6/16) + 2·½ = 2.5;  5.5: 5·(12/25) + 0 = 2.4  → split at 3.5.
    /// Right child {4, 5, 6} with y (1, 1, 0): 4.5 gives 0 + 2·½ = 1, 5.5 gives 0 + 0 → split at 5.5.
    /// Pre-order: 0 root, 1 left leaf, 2 right node, 3 its left leaf, 4 its right leaf.
    func testSixPointsSplitByHand() throws {
        var tree = try DecisionTree()
        try tree.fit(Matrix(rows: [[1], [2], [3], [4], [5], [6]]), [0, 0, 0, 1, 1, 0])
        XCTAssertEqual(tree.nodes.count, 5)
        XCTAssertEqual(tree.nodes[0].split, TreeNode.Split(feature: 0, threshold: 3.5, left: 1, right: 2))
        XCTAssertEqual(tree.nodes[2].split, TreeNode.Split(feature: 0, threshold: 5.5, left: 3, right: 4))
        XCTAssertEqual(tree.nodes[0].impurity, 4.0 / 9.0, accuracy: 1e-15)
        XCTAssertEqual(tree.nodes[2].impurity, 4.0 / 9.0, accuracy: 1e-15)
        XCTAssertEqual([1, 3, 4].map { tree.nodes[$0].isLeaf }, [true, true, true])
        XCTAssertEqual([1, 3, 4].map { tree.nodes[$0].value }, [[1, 0], [0, 1], [1, 0]])
        XCTAssertEqual([0, 1, 2, 3, 4].map { tree.nodes[$0].samples }, [6, 3, 3, 2, 1])
        XCTAssertEqual(tree.depth, 2)
        XCTAssertEqual(try tree.predictProbability(Matrix(rows: [[0], [3.5], [3.6], [5.5], [9]])), [0, 0, 1, 1, 0])
        XCTAssertEqual(try tree.leaves(Matrix(rows: [[2], [4], [6]])), [1, 3, 4])
        XCTAssertEqual(try tree.featureImportances(), [1])
    }

    /// y = x₀ OR x₁ on the four corners: root (1 zero, 3 ones), Gini 1 − 10/16 = 3/8. Splitting on
    /// either feature at 0.5 leaves (1, 1) with Gini ½ and (0, 2) pure: w_L I_L + w_R I_R = 1 both
    /// ways, an exact tie, which goes to the lower feature index (feature 0). The left child is
    /// then split on feature 1. Importances: feature 0 gets 4·3/8 − 2·½ − 0 = ½, feature 1 gets
    /// 2·½ − 0 − 0 = 1; normalised 1/3 and 2/3.
    func testExactTieGoesToLowerFeatureAndImportancesByHand() throws {
        var tree = try DecisionTree()
        try tree.fit(Matrix(rows: [[0, 0], [0, 1], [1, 0], [1, 1]]), [0, 1, 1, 1])
        XCTAssertEqual(tree.nodes[0].split?.feature, 0)
        XCTAssertEqual(tree.nodes[1].split?.feature, 1)
        let importances = try tree.featureImportances()
        XCTAssertEqual(importances[0], 1.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(importances[1], 2.0 / 3.0, accuracy: 1e-15)
    }

    /// x = 1…4, y = [0, 1, 0, 1], stumps (maxDepth 1). Unweighted, thresholds 1.5 and 3.5 tie at
    /// w_L I_L + w_R I_R = 3·(4/9) = 4/3 (2.5 gives 2), so the lower threshold 1.5 wins.
    /// Weight 3 on x = 4: 1.5 gives 5·(1 − (1 + 16)/25) = 1.6, 2.5 gives 1 + 4·(6/16) = 2.5,
    /// 3.5 gives 3·(4/9) + 0 = 4/3 → the split moves to 3.5; the right leaf is pure (P = 1) and the
    /// left leaf holds weights (2, 1): P(y = 1) = 1/3.
    func testWeightsMoveTheSplit() throws {
        let x = Matrix(rows: [[1], [2], [3], [4]])
        var stump = try DecisionTree(maxDepth: 1)
        try stump.fit(x, [0, 1, 0, 1])
        XCTAssertEqual(stump.nodes[0].split?.threshold, 1.5)
        try stump.fit(x, [0, 1, 0, 1], sampleWeight: [1, 1, 1, 3])
        XCTAssertEqual(stump.nodes[0].split?.threshold, 3.5)
        XCTAssertEqual(stump.nodes[0].weightedSamples, 6)
        let p = try stump.predictProbability(Matrix(rows: [[0], [10]]))
        XCTAssertEqual(p[0], 1.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(p[1], 1)
    }

    /// Rows of weight 0 are dropped before growing (as scikit-learn): they are not counted in
    /// `samples`, and a row of weight 0 cannot make a node impure.
    func testZeroWeightRowsAreIgnored() throws {
        var tree = try DecisionTree()
        try tree.fit(Matrix(rows: [[1], [2], [3]]), [0, 1, 1], sampleWeight: [1, 0, 1])
        XCTAssertEqual(tree.nodes[0].samples, 2)
        XCTAssertEqual(tree.nodes[0].split?.threshold, 2)  // midpoint of 1 and 3
    }

    /// minSamplesLeaf 2 on four points forbids the splits at 1.5 and 3.5, leaving 2.5; with
    /// minSamplesLeaf 3 no split is admissible and the root stays a leaf with P = 1/2.
    /// The entropy of (2, 2) is 1 bit and of (3, 1) is −¾ log₂ ¾ − ¼ log₂ ¼ = 0.811278.
    func testLeafMinimumsAndEntropy() throws {
        let x = Matrix(rows: [[1], [2], [3], [4]])
        var tree = try DecisionTree(criterion: .entropy, minSamplesLeaf: 2)
        try tree.fit(x, [0, 1, 0, 1])
        XCTAssertEqual(tree.nodes[0].split?.threshold, 2.5)
        XCTAssertEqual(tree.nodes[0].impurity, 1, accuracy: 1e-15)
        tree = try DecisionTree(minSamplesLeaf: 3)
        try tree.fit(x, [0, 1, 0, 1])
        XCTAssertEqual(tree.nodes.count, 1)
        XCTAssertEqual(try tree.featureImportances(), [0])
        XCTAssertEqual(SplitCriterion.entropy.impurity(3, 1), -0.75 * log2(0.75) - 0.25 * log2(0.25), accuracy: 1e-15)
        XCTAssertEqual(SplitCriterion.gini.impurity(3, 1), 0.375)
    }

    /// Values closer than 10⁻⁷ are one value to scikit-learn: no threshold between them.
    func testValuesWithinFeatureThresholdAreNotSplit() throws {
        var tree = try DecisionTree()
        try tree.fit(Matrix(rows: [[1], [1 + 1e-8]]), [0, 1])
        XCTAssertEqual(tree.nodes.count, 1)
    }

    func testSettingsAndInputAreValidated() throws {
        XCTAssertThrowsError(try DecisionTree(maxDepth: 0))
        XCTAssertThrowsError(try DecisionTree(minSamplesSplit: 1))
        XCTAssertThrowsError(try DecisionTree(minSamplesLeaf: 0))
        XCTAssertThrowsError(try DecisionTree(minWeightFractionLeaf: 0.6))
        XCTAssertThrowsError(try DecisionTree(minImpurityDecrease: -1))
        let tree = try DecisionTree()
        XCTAssertThrowsError(try tree.predictProbability(Matrix(rows: [[1]]))) { error in
            XCTAssertEqual(error as? ModelError, .notFitted(model: "DecisionTree"))
        }
        XCTAssertThrowsError(try tree.featureImportances())
        var fitted = tree
        try fitted.fit(Matrix(rows: [[1, 0], [2, 0]]), [0, 1])
        XCTAssertThrowsError(try fitted.predictProbability(Matrix(rows: [[1]]))) { error in
            XCTAssertEqual(error as? ModelError, .dimensionMismatch(
                expected: 2, got: 1, what: "number of feature columns (as in the training data)"))
        }
        XCTAssertThrowsError(try fitted.predictProbability(Matrix(rows: [[.infinity, 0]]))) { error in
            XCTAssertEqual(error as? ModelError, .nonFiniteFeature(row: 0, column: 0))
        }
    }
}
