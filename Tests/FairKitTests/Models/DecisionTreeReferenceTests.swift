import XCTest
@testable import FairKit

/// Whole trees against scikit-learn's DecisionTreeClassifier on the formula-generated designs of
/// ReferenceDesign (120 rows x 4 features, multiples of 1/8: exact in scikit-learn's float32; and
/// the one-hot design, where dummies split on become constant and stop being scanned).
/// Reference numbers: scripts/reference/models_tree.py (scikit-learn 1.9.1, random_state=0).
/// Node numbering is depth-first pre-order in both, so the arrays compare index by index; leaves
/// carry feature −2 and threshold −2 as in scikit-learn's `tree_`. The script asserts that no node
/// of these trees has two equally good splits, so scikit-learn's random feature order cannot
/// matter (DecisionTreeTests covers our own tie rule).
final class DecisionTreeReferenceTests: XCTestCase {
    struct Case {
        let name: String
        let weighted: Bool
        let feature: [Int]
        let threshold: [Double]
        let left: [Int]
        let right: [Int]
        let impurity: [Double]
        let weightedSamples: [Double]
        let positiveFraction: [Double]
        let importances: [Double]
    }

    static func model(_ name: String) throws -> DecisionTree {
        switch name {
        case "entropyDepth4Weighted": return try DecisionTree(criterion: .entropy, maxDepth: 4)
        case "giniLeaf8Weighted": return try DecisionTree(criterion: .gini, minSamplesLeaf: 8)
        case "giniDepth5Leaf4Weighted": return try DecisionTree(criterion: .gini, maxDepth: 5, minSamplesLeaf: 4)
        case "giniSplit20Decrease": return try DecisionTree(criterion: .gini, minSamplesSplit: 20, minImpurityDecrease: 0.01)
        case "giniWeightFraction": return try DecisionTree(criterion: .gini, minWeightFractionLeaf: 0.06)
        default: return try DecisionTree(criterion: .entropy, maxDepth: 5)
        }
    }

    func testTreesMatchScikitLearnNodeForNode() throws {
        for c in Self.cases {
            let (x, y, w) = c.name.hasPrefix("oneHot") ? ReferenceDesign.oneHot(rows: 120) : ReferenceDesign.numeric(rows: 120, columns: 4)
            var tree = try Self.model(c.name)
            try tree.fit(x, y, sampleWeight: c.weighted ? w : nil)
            XCTAssertEqual(tree.nodes.count, c.feature.count, "\(c.name): node count")
            guard tree.nodes.count == c.feature.count else { continue }
            for (i, node) in tree.nodes.enumerated() {
                XCTAssertEqual(node.split?.feature ?? -2, c.feature[i], "\(c.name) node \(i): feature")
                XCTAssertEqual(node.split?.threshold ?? -2, c.threshold[i], "\(c.name) node \(i): threshold")
                XCTAssertEqual(node.split?.left ?? -1, c.left[i], "\(c.name) node \(i): left child")
                XCTAssertEqual(node.split?.right ?? -1, c.right[i], "\(c.name) node \(i): right child")
                XCTAssertEqual(node.impurity, c.impurity[i], accuracy: 1e-12, "\(c.name) node \(i): impurity")
                XCTAssertEqual(node.weightedSamples, c.weightedSamples[i], accuracy: 1e-12, "\(c.name) node \(i): weight")
                XCTAssertEqual(node.value[1], c.positiveFraction[i], accuracy: 1e-12, "\(c.name) node \(i): P(y=1)")
            }
            let importances = try tree.featureImportances()
            XCTAssertEqual(importances.count, c.importances.count)
            for (j, expected) in c.importances.enumerated() {
                XCTAssertEqual(importances[j], expected, accuracy: 1e-12, "\(c.name): importance \(j)")
            }
        }
    }

    static let cases: [Case] = [
        Case(name: "entropyDepth4Weighted", weighted: true,
        feature: [1, 0, 2, 1, -2, -2, 1, -2, -2, -2, -2],
        threshold: [1.6875, 1.6875, -0.6875, -0.4375, -2.0, -2.0, -1.9375, -2.0, -2.0, -2.0, -2.0],
        left: [1, 2, 3, 4, -1, -1, 7, -1, -1, -1, -1],
        right: [10, 9, 6, 5, -1, -1, 8, -1, -1, -1, -1],
        impurity: [0.9995003941817588, 0.989183154287598, 0.9990869802908393, 0.9433656582999104, 0.9774178175281716, 0.0, 0.961236604722876, 0.4689955935892812, 0.9334548655102479, 0.0, 0.0],
        weightedSamples: [152.0, 139.0, 126.5, 48.5, 42.5, 6.0, 78.0, 5.0, 73.0, 12.5, 13.0],
        positiveFraction: [0.5131578947368421, 0.5611510791366906, 0.5177865612648221, 0.36082474226804123, 0.4117647058823529, 0.0, 0.6153846153846154, 0.1, 0.6506849315068494, 1.0, 0.0],
        importances: [0.27851872095276975, 0.5797446236908119, 0.14173665535641827, 0.0]),
        Case(name: "giniLeaf8Weighted", weighted: true,
        feature: [1, 2, 1, 1, -2, 1, -2, -2, 2, 1, 1, -2, -2, -2, 2, -2, -2, 1, -2, 0, 2, -2, -2, -2, -2],
        threshold: [1.6875, 0.5625, -0.6875, -1.3125, -2.0, -0.9375, -2.0, -2.0, -0.0625, -0.0625, -0.3125, -2.0, -2.0, -2.0, 0.1875, -2.0, -2.0, -1.8125, -2.0, 1.6875, 0.8125, -2.0, -2.0, -2.0, -2.0],
        left: [1, 2, 3, 4, -1, 6, -1, -1, 9, 10, 11, -1, -1, -1, 15, -1, -1, 18, -1, 20, 21, -1, -1, -1, -1],
        right: [24, 17, 8, 5, -1, 7, -1, -1, 14, 13, 12, -1, -1, -1, 16, -1, -1, 19, -1, 23, 22, -1, -1, -1, -1],
        impurity: [0.4996537396121884, 0.4925210910408364, 0.49630015030639385, 0.4243827160493827, 0.46639231824417005, 0.19753086419753085, 0.07679999999999998, 0.31999999999999995, 0.4944598337950139, 0.44135860386564085, 0.4965277777777778, 0.4444444444444444, 0.48611111111111116, 0.1472, 0.44973230220107074, 0.19753086419753085, 0.499054820415879, 0.3523156899810964, 0.4844290657439446, 0.25031111111111115, 0.34319999999999995, 0.09070294784580502, 0.4518430439952438, 0.0, 0.0],
        weightedSamples: [152.0, 139.0, 93.0, 36.0, 13.5, 22.5, 12.5, 10.0, 57.0, 36.5, 24.0, 12.0, 12.0, 12.5, 20.5, 9.0, 11.5, 46.0, 8.5, 37.5, 25.0, 10.5, 14.5, 12.5, 13.0],
        positiveFraction: [0.5131578947368421, 0.5611510791366906, 0.45698924731182794, 0.3055555555555556, 0.6296296296296297, 0.1111111111111111, 0.04, 0.2, 0.5526315789473685, 0.6712328767123288, 0.5416666666666666, 0.6666666666666666, 0.4166666666666667, 0.92, 0.34146341463414637, 0.1111111111111111, 0.5217391304347826, 0.7717391304347826, 0.4117647058823529, 0.8533333333333334, 0.78, 0.9523809523809523, 0.6551724137931034, 1.0, 0.0],
        importances: [0.024190992414018918, 0.6239918841273288, 0.3518171234586523, 0.0]),
        Case(name: "giniDepth5Leaf4Weighted", weighted: true,
        feature: [1, 2, 1, 1, 1, -2, -2, 1, -2, -2, 1, -2, 2, -2, -2, 1, -2, 0, 0, -2, -2, -2, -2],
        threshold: [1.6875, 0.5625, -0.6875, -1.3125, -1.4375, -2.0, -2.0, -0.8125, -2.0, -2.0, -0.4375, -2.0, -0.0625, -2.0, -2.0, -1.9375, -2.0, 1.6875, 1.4375, -2.0, -2.0, -2.0, -2.0],
        left: [1, 2, 3, 4, 5, -1, -1, 8, -1, -1, 11, -1, 13, -1, -1, 16, -1, 18, 19, -1, -1, -1, -1],
        right: [22, 15, 10, 7, 6, -1, -1, 9, -1, -1, 12, -1, 14, -1, -1, 17, -1, 21, 20, -1, -1, -1, -1],
        impurity: [0.4996537396121884, 0.4925210910408364, 0.49630015030639385, 0.4243827160493827, 0.46639231824417005, 0.4982698961937716, 0.18000000000000005, 0.19753086419753085, 0.1049382716049383, 0.4444444444444444, 0.4944598337950139, 0.0, 0.4999509851975297, 0.48, 0.44973230220107074, 0.3523156899810964, 0.18000000000000005, 0.2498512790005949, 0.332409972299169, 0.14542936288088648, 0.4986149584487535, 0.0, 0.0],
        weightedSamples: [152.0, 139.0, 93.0, 36.0, 13.5, 8.5, 5.0, 22.5, 18.0, 4.5, 57.0, 6.5, 50.5, 30.0, 20.5, 46.0, 5.0, 41.0, 28.5, 19.0, 9.5, 12.5, 13.0],
        positiveFraction: [0.5131578947368421, 0.5611510791366906, 0.45698924731182794, 0.3055555555555556, 0.6296296296296297, 0.47058823529411764, 0.9, 0.1111111111111111, 0.05555555555555555, 0.3333333333333333, 0.5526315789473685, 1.0, 0.49504950495049505, 0.6, 0.34146341463414637, 0.7717391304347826, 0.1, 0.8536585365853658, 0.7894736842105263, 0.9210526315789473, 0.5263157894736842, 1.0, 0.0],
        importances: [0.07861357232452255, 0.7000341234110822, 0.22135230426439528, 0.0]),
        Case(name: "giniSplit20Decrease", weighted: false,
        feature: [0, 1, 2, 1, -2, -2, 1, -2, -2, -2, 1, -2, -2],
        threshold: [0.8125, 0.4375, -0.4375, -0.6875, -2.0, -2.0, -1.9375, -2.0, -2.0, -2.0, 1.6875, -2.0, -2.0],
        left: [1, 2, 3, 4, -1, -1, 7, -1, -1, -1, 11, -1, -1],
        right: [10, 9, 6, 5, -1, -1, 8, -1, -1, -1, 12, -1, -1],
        impurity: [0.49944444444444447, 0.481859410430839, 0.4991073199761952, 0.47261204164780446, 0.4120707596253902, 0.4921875, 0.4444444444444444, 0.375, 0.375, 0.0, 0.345679012345679, 0.31999999999999995, 0.0],
        weightedSamples: [120.0, 84.0, 71.0, 47.0, 31.0, 16.0, 24.0, 4.0, 20.0, 13.0, 36.0, 35.0, 1.0],
        positiveFraction: [0.5166666666666667, 0.40476190476190477, 0.4788732394366197, 0.3829787234042553, 0.2903225806451613, 0.5625, 0.6666666666666666, 0.25, 0.75, 0.0, 0.7777777777777778, 0.8, 0.0],
        importances: [0.3674621173247801, 0.49854247481232455, 0.13399540786289543, 0.0]),
        Case(name: "giniWeightFraction", weighted: true,
        feature: [1, 2, 1, 1, -2, 1, -2, -2, 2, 1, 1, -2, -2, -2, 1, -2, -2, 0, 2, -2, 2, -2, -2, -2, -2],
        threshold: [1.6875, 0.5625, -0.6875, -1.3125, -2.0, -0.9375, -2.0, -2.0, -0.0625, -0.0625, -0.3125, -2.0, -2.0, -2.0, 0.5625, -2.0, -2.0, 1.6875, 0.8125, -2.0, 1.6875, -2.0, -2.0, -2.0, -2.0],
        left: [1, 2, 3, 4, -1, 6, -1, -1, 9, 10, 11, -1, -1, -1, 15, -1, -1, 18, 19, -1, 21, -1, -1, -1, -1],
        right: [24, 17, 8, 5, -1, 7, -1, -1, 14, 13, 12, -1, -1, -1, 16, -1, -1, 23, 20, -1, 22, -1, -1, -1, -1],
        impurity: [0.4996537396121884, 0.4925210910408364, 0.49630015030639385, 0.4243827160493827, 0.46639231824417005, 0.19753086419753085, 0.07679999999999998, 0.31999999999999995, 0.4944598337950139, 0.44135860386564085, 0.4965277777777778, 0.4444444444444444, 0.48611111111111116, 0.1472, 0.44973230220107074, 0.48753462603878117, 0.39669421487603307, 0.3523156899810964, 0.4303853865003342, 0.09070294784580502, 0.4914933837429112, 0.4444444444444444, 0.3648, 0.0, 0.0],
        weightedSamples: [152.0, 139.0, 93.0, 36.0, 13.5, 22.5, 12.5, 10.0, 57.0, 36.5, 24.0, 12.0, 12.0, 12.5, 20.5, 9.5, 11.0, 46.0, 33.5, 10.5, 23.0, 10.5, 12.5, 12.5, 13.0],
        positiveFraction: [0.5131578947368421, 0.5611510791366906, 0.45698924731182794, 0.3055555555555556, 0.6296296296296297, 0.1111111111111111, 0.04, 0.2, 0.5526315789473685, 0.6712328767123288, 0.5416666666666666, 0.6666666666666666, 0.4166666666666667, 0.92, 0.34146341463414637, 0.42105263157894735, 0.2727272727272727, 0.7717391304347826, 0.6865671641791045, 0.9523809523809523, 0.5652173913043478, 0.3333333333333333, 0.76, 1.0, 0.0],
        importances: [0.05369569613410561, 0.550269731370175, 0.39603457249571933, 0.0]),
        Case(name: "oneHotEntropyDepth5Weighted", weighted: true,
        feature: [1, 0, 1, -2, 4, 1, -2, -2, 0, -2, -2, -2, -2],
        threshold: [1.6875, 1.6875, -1.9375, -2.0, 0.5, -1.3125, -2.0, -2.0, -1.1875, -2.0, -2.0, -2.0, -2.0],
        left: [1, 2, 3, -1, 5, 6, -1, -1, 9, -1, -1, -1, -1],
        right: [12, 11, 4, -1, 8, 7, -1, -1, 10, -1, -1, -1, -1],
        impurity: [0.9984695925805, 0.9850140809110693, 0.9974628815915956, 0.0, 0.9923514216221329, 0.9999147729530549, 0.8524051786494786, 0.9893034963813532, 0.8431619569518378, 0.0, 0.7817281222714539, 0.0, 0.0],
        weightedSamples: [152.0, 139.0, 126.5, 5.0, 121.5, 92.0, 18.0, 74.0, 29.5, 1.5, 28.0, 12.5, 13.0],
        positiveFraction: [0.5230263157894737, 0.5719424460431655, 0.5296442687747036, 0.0, 0.551440329218107, 0.4945652173913043, 0.7222222222222222, 0.4391891891891892, 0.7288135593220338, 0.0, 0.7678571428571429, 1.0, 0.0],
        importances: [0.3320520185525903, 0.5782913529907905, 0.0, 0.0, 0.08965662845661924, 0.0]),
    ]
}
