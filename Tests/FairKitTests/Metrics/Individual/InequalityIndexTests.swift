import Foundation
import XCTest
@testable import FairKit

final class InequalityIndexTests: XCTestCase {
    // AIF360's test vector: y as given; ŷ = y except indices 3 and 9 set to 0 and 4, 5 set to 1.
    private let labels = [1, 0, 0, 1, 0, 0, 1, 0, 1, 1]
    private let predictions = [1, 0, 0, 0, 1, 1, 1, 0, 1, 0]
    private let feat = ["0", "0", "1", "1", "1", "1", "2", "2", "2", "2"]

    func testBenefitsAreOnePlusPredictionMinusLabel() throws {
        // Index 3: y 1, ŷ 0 -> 0 (false negative); index 4: y 0, ŷ 1 -> 2 (false positive).
        XCTAssertEqual(try InequalityIndex.benefits(labels: labels, predictions: predictions), [1, 1, 1, 0, 2, 2, 1, 1, 1, 0])
    }

    func testAIF360GoldenValues() throws {
        let b = try InequalityIndex.benefits(labels: labels, predictions: predictions)
        // μ = 10/10 = 1; Σ b² = 1+1+1+0+4+4+1+1+1+0 = 14; GE(2) = (14/10 - 1)/2 = 0.2.
        XCTAssertEqual(try InequalityIndex.generalizedEntropy(b, alpha: 2).number!, 0.2, accuracy: 1e-15)
        // Theil = (1/10) Σ b ln b = (1/10)(2 ln 2 + 2 ln 2) = 4 ln 2 / 10 (the 1s and 0s add nothing).
        XCTAssertEqual(try InequalityIndex.theil(b).number!, 4 * log(2) / 10, accuracy: 1e-15)
        // σ/μ = √(2 · 0.2).
        XCTAssertEqual(try InequalityIndex.coefficientOfVariation(b).number!, 0.4.squareRoot(), accuracy: 1e-15)
    }

    func testBetweenAllGroupsGoldenValue() throws {
        // Group means: feat 0 -> (1+1)/2 = 1; feat 1 -> (1+0+2+2)/4 = 5/4; feat 2 -> (1+1+1+0)/4 = 3/4.
        // Replaced benefits [1,1,5/4 x4,3/4 x4], μ = 1, Σ b² = 2 + 4·25/16 + 4·9/16 = 10.5;
        // GE(2) = (10.5/10 - 1)/2 = 0.025.
        let groups = try GroupIndex([SensitiveFeature(name: "feat", values: feat)])
        let value = try InequalityIndex.betweenGroupGeneralizedEntropy(labels: labels, predictions: predictions,
                                                                       groups: groups, alpha: 2)
        XCTAssertEqual(value.number!, 0.025, accuracy: 1e-15)
    }

    func testBetweenTwoGroupsLeavesOutRowsInNeither() throws {
        // Privileged feat 0 (mean 1), unprivileged feat 2 (mean 3/4); feat 1 rows are left out.
        // Benefits [1, 1, 3/4 x4]: μ = 5/6; Σ b²/n = (2 + 4·9/16)/6 = 4.25/6;
        // GE(2) = ((4.25/6)/(25/36) - 1)/2 = (1.02 - 1)/2 = 0.01.
        let value = try InequalityIndex.betweenGroupGeneralizedEntropy(
            labels: labels, predictions: predictions, features: [SensitiveFeature(name: "feat", values: feat)],
            privileged: .attribute("feat", in: ["0"]), unprivileged: .attribute("feat", in: ["2"]), alpha: 2)
        XCTAssertEqual(value.number!, 0.01, accuracy: 1e-15)
    }

    func testMeanLogDeviationAndWeights() throws {
        // b = [1, 2, 1, 2]: μ = 3/2; GE(0) = -(1/4)(2 ln(2/3) + 2 ln(4/3)) = -(1/2) ln(8/9) = (1/2) ln(9/8).
        let b = try InequalityIndex.benefits(labels: [0, 0, 1, 0], predictions: [0, 1, 1, 1])
        XCTAssertEqual(b, [1, 2, 1, 2])
        XCTAssertEqual(try InequalityIndex.generalizedEntropy(b, alpha: 0).number!, 0.5 * log(9.0 / 8), accuracy: 1e-15)
        // Weights 3 and 1 on b = [1, 2] equal the rows [1, 1, 1, 2]: μ = 5/4, Σ b²/n = 7/4,
        // GE(2) = ((7/4)/(25/16) - 1)/2 = (28/25 - 1)/2 = 0.06.
        XCTAssertEqual(try InequalityIndex.generalizedEntropy([1, 2], weights: [3, 1], alpha: 2).number!, 0.06, accuracy: 1e-15)
        XCTAssertEqual(try InequalityIndex.generalizedEntropy([1, 1, 1, 2], alpha: 2).number!, 0.06, accuracy: 1e-15)
    }

    func testUndefinedCasesSayWhy() throws {
        XCTAssertEqual(try InequalityIndex.generalizedEntropy([0, 0], alpha: 2).undefinedReason,
                       "the mean benefit is 0, so no benefit can be compared with it")
        XCTAssertEqual(try InequalityIndex.generalizedEntropy([1, 0, 2], alpha: 0).undefinedReason,
                       "row 2 has benefit 0 and GE(0) takes the logarithm or a negative power of every benefit")
        XCTAssertEqual(try InequalityIndex.generalizedEntropy([], alpha: 2).undefinedReason,
                       "there are no individuals (total weight 0)")
        // A zero-weight row with benefit 0 does not count.
        XCTAssertTrue(try InequalityIndex.generalizedEntropy([1, 0, 2], weights: [1, 0, 1], alpha: 0).isDefined)
        XCTAssertThrowsError(try InequalityIndex.generalizedEntropy([1, -1], alpha: 2)) { error in
            XCTAssertEqual("\(error)", "benefit at row 2 is -1.0; benefits must be finite and >= 0")
        }
        XCTAssertThrowsError(try InequalityIndex.generalizedEntropy([1], alpha: .infinity))
    }

    func testMatchesAIF360OnTheCrossCheckFixture() throws {
        // Numbers from scripts/reference/fairness_crosscheck.py (AIF360 ignores weights here).
        let data = CrossCheckFixture()
        let b = try InequalityIndex.benefits(labels: data.labels, predictions: data.predictions)
        XCTAssertEqual(try InequalityIndex.generalizedEntropy(b, alpha: 2).number!, 0.14096521821095295, accuracy: 1e-12)
        XCTAssertEqual(try InequalityIndex.generalizedEntropy(b, alpha: 3).number!, 0.14143102531556373, accuracy: 1e-12)
        XCTAssertEqual(try InequalityIndex.generalizedEntropy(b, alpha: 0.5).number!, 0.3213904422750439, accuracy: 1e-12)
        XCTAssertEqual(try InequalityIndex.theil(b).number!, 0.19251747890872933, accuracy: 1e-12)
        XCTAssertEqual(try InequalityIndex.coefficientOfVariation(b).number!, 0.530971219956323, accuracy: 1e-12)
        let sex = [data.sexFeature]
        for (alpha, expected) in [(2.0, 7.854965909426247e-06), (1.0, 7.85922671453482e-06)] {
            let value = try InequalityIndex.betweenGroupGeneralizedEntropy(
                labels: data.labels, predictions: data.predictions, features: sex,
                privileged: .attribute("sex", in: ["M"]), unprivileged: .attribute("sex", in: ["F"]), alpha: alpha)
            XCTAssertEqual(value.number!, expected, accuracy: 1e-15)
        }
        let groups = try GroupIndex([data.sexFeature, data.raceFeature])
        for (alpha, expected) in [(2.0, 0.0005781397080681916), (1.0, 0.0005759032868370076)] {
            let value = try InequalityIndex.betweenGroupGeneralizedEntropy(labels: data.labels, predictions: data.predictions,
                                                                           groups: groups, alpha: alpha)
            XCTAssertEqual(value.number!, expected, accuracy: 1e-15)
        }
    }
}
