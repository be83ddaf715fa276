import Foundation
import XCTest
@testable import FairKit

final class GaussianNaiveBayesTests: XCTestCase {
    /// The doc comment's example: class 0 at x = 0, 2 and class 1 at x = 4, 6. μ = 1 and 5; biased
    /// variances 1 each, plus ε = 1e-9 · Var([0, 2, 4, 6]) = 1e-9 · 5. Equal priors (2 rows each).
    /// At x = 3 the classes tie; at x = 4 the log-odds are −½((4−5)² − (4−1)²)/σ² = 4/σ², so
    /// P(y = 1) = σ(4/(1 + 5e-9)).
    func testOneFeatureByHand() throws {
        var model = try GaussianNaiveBayes()
        try model.fit(Matrix(rows: [[0], [2], [4], [6]]), [0, 0, 1, 1])
        let fitted = try XCTUnwrap(model.fitted)
        XCTAssertEqual(fitted.means, [[1], [5]])
        XCTAssertEqual(fitted.epsilon, 5e-9, accuracy: 1e-24)
        XCTAssertEqual(fitted.variances[0][0], 1 + 5e-9, accuracy: 1e-15)
        XCTAssertEqual(fitted.priors, [0.5, 0.5])
        let p = try model.predictProbability(Matrix(rows: [[3], [4]]))
        XCTAssertEqual(p[0], 0.5, accuracy: 1e-15)
        XCTAssertEqual(p[1], 1 / (1 + exp(-4 / (1 + 5e-9))), accuracy: 1e-15)
    }

    /// Weighted moments: class 0 rows x = 0 (weight 3) and x = 4 (weight 1): μ = 4/4 = 1,
    /// σ² = (3·1 + 1·9)/4 = 3. Class 1 is x = 10 alone: σ² = 0 + ε, ε = 1e-9 · Var([0, 4, 10])
    /// = 1e-9 · 152/9 (mean 14/3; squared deviations 196/9, 4/9, 256/9 sum to 456/9, over 3).
    /// Priors are weight shares: 4/5 and 1/5.
    func testWeightedMomentsAndPriors() throws {
        var model = try GaussianNaiveBayes()
        try model.fit(Matrix(rows: [[0], [4], [10]]), [0, 0, 1], sampleWeight: [3, 1, 1])
        let fitted = try XCTUnwrap(model.fitted)
        XCTAssertEqual(fitted.means[0][0], 1, accuracy: 1e-15)
        XCTAssertEqual(fitted.epsilon, 1e-9 * 152 / 9, accuracy: 1e-22)
        XCTAssertEqual(fitted.variances[0][0], 3 + 1e-9 * 152 / 9, accuracy: 1e-14)
        XCTAssertEqual(fitted.variances[1][0], 1e-9 * 152 / 9, accuracy: 1e-22)
        XCTAssertEqual(fitted.priors[0], 0.8, accuracy: 1e-15)
        XCTAssertEqual(fitted.priors[1], 0.2, accuracy: 1e-15)
    }

    /// Only one class seen: scikit-learn knows only that class, so P(y = 1) is 1 or 0 for every row.
    func testSingleClassPredictsItWithCertainty() throws {
        var model = try GaussianNaiveBayes()
        try model.fit(Matrix(rows: [[0], [1]]), [1, 1])
        XCTAssertEqual(try model.predictProbability(Matrix(rows: [[5]])), [1])
        var withPriors = try GaussianNaiveBayes(priors: [0.5, 0.5])
        XCTAssertThrowsError(try withPriors.fit(Matrix(rows: [[0], [1]]), [1, 1]))
    }

    func testSettingsAndDegenerateDataAreRefused() throws {
        XCTAssertThrowsError(try GaussianNaiveBayes(priors: [0.5, 0.6]))
        XCTAssertThrowsError(try GaussianNaiveBayes(priors: [1]))
        XCTAssertThrowsError(try GaussianNaiveBayes(varSmoothing: -1))
        // Every feature constant: ε = 0 and the class variances are 0.
        var model = try GaussianNaiveBayes()
        XCTAssertThrowsError(try model.fit(Matrix(rows: [[1], [1]]), [0, 1])) { error in
            XCTAssertTrue("\(error)".contains("feature 1 is constant within class 0"), "\(error)")
        }
        XCTAssertThrowsError(try model.predictProbability(Matrix(rows: [[1]]))) { error in
            XCTAssertEqual(error as? ModelError, .notFitted(model: "GaussianNaiveBayes"))
        }
    }

    /// Against scikit-learn's GaussianNB on ReferenceDesign.numeric(120, 4).
    /// Reference numbers: scripts/reference/models_naive_bayes.py (scikit-learn 1.9.1).
    func testMatchesScikitLearn() throws {
        let (x, y, w) = ReferenceDesign.numeric(rows: 120, columns: 4)
        for c in Self.cases {
            var model = try GaussianNaiveBayes(priors: c.givenPriors)
            try model.fit(x, y, sampleWeight: c.weighted ? w : nil)
            let fitted = try XCTUnwrap(model.fitted)
            XCTAssertEqual(fitted.epsilon, c.epsilon, accuracy: 1e-22, c.name)
            for k in 0..<2 {
                XCTAssertEqual(fitted.priors[k], c.priors[k], accuracy: 1e-14, c.name)
                for j in 0..<4 {
                    XCTAssertEqual(fitted.means[k][j], c.means[k][j], accuracy: 1e-14, "\(c.name) mean \(k), \(j)")
                    XCTAssertEqual(fitted.variances[k][j], c.variances[k][j], accuracy: 1e-14, "\(c.name) variance \(k), \(j)")
                }
            }
            let p = try model.predictProbability(x.selectingRows(0..<8))
            for i in 0..<8 { XCTAssertEqual(p[i], c.probabilities[i], accuracy: 1e-13, "\(c.name) row \(i)") }
        }
    }

    struct Case {
        let name: String
        let weighted: Bool
        let givenPriors: [Double]?
        let means: [[Double]]
        let variances: [[Double]]
        let epsilon: Double
        let priors: [Double]
        let probabilities: [Double]
    }

    static let cases: [Case] = [
        Case(name: "unweighted", weighted: false, givenPriors: nil,
             means: [[-0.42887931034482757, -0.11206896551724138, -0.1875, 0.0021551724137931034], [0.4012096774193548, 0.02217741935483871, 0.17338709677419356, -0.0020161290322580645]],
             variances: [[1.1423017627286278, 1.5687983070211373, 1.5981950445360003, 1.7481095808023497], [1.3009763606937386, 1.2356472764065376, 1.1841506257821874, 1.1373447269788581]],
             epsilon: 1.4325520833333335e-09, priors: [0.48333333333333334, 0.5166666666666667],
             probabilities: [0.30298066701349574, 0.8287204427864028, 0.13374736734886009, 0.740011402379904, 0.30720890466685447, 0.5635051857170235, 0.8876644079231688, 0.3542197512154888]),
        Case(name: "weighted", weighted: true, givenPriors: nil,
             means: [[-0.3234797297297297, -0.014358108108108109, -0.08868243243243243, -0.004222972972972973], [0.39342948717948717, 0.015224358974358974, 0.16987179487179488, 0.10576923076923077]],
             variances: [[1.1982536023730197, 1.5471967177857293, 1.5042764749077169, 1.6470472017156055], [1.3469159644092124, 1.283121585710987, 1.2870490234575354, 1.1777151148447809]],
             epsilon: 1.4325520833333335e-09, priors: [0.4868421052631579, 0.5131578947368421],
             probabilities: [0.3086853183552628, 0.7605062215868228, 0.23214975288053716, 0.6688948237097317, 0.3429594530186441, 0.5112366732994229, 0.8369750698829056, 0.34858848130488784]),
        Case(name: "priors", weighted: true, givenPriors: [0.3, 0.7],
             means: [[-0.3234797297297297, -0.014358108108108109, -0.08868243243243243, -0.004222972972972973], [0.39342948717948717, 0.015224358974358974, 0.16987179487179488, 0.10576923076923077]],
             variances: [[1.1982536023730197, 1.5471967177857293, 1.5042764749077169, 1.6470472017156055], [1.3469159644092124, 1.283121585710987, 1.2870490234575354, 1.1777151148447809]],
             epsilon: 1.4325520833333335e-09, priors: [0.3, 0.7],
             probabilities: [0.4970953769832393, 0.8754587425876645, 0.40093808411254384, 0.8172528280406179, 0.5360674014927, 0.6983827318297099, 0.9191270738674955, 0.5422501675183377]),
    ]
}
