import XCTest
@testable import FairKit

final class RandomisedDecisionTests: XCTestCase {
    /// Seed 0's first two draws are 0x99EC5F36CB75F2B4 >> 11 · 2⁻⁵³ ≈ 0.6013 and
    /// 0xBF6E1F784956452A >> 11 · 2⁻⁵³ ≈ 0.7478 (the generator's pinned outputs): P = 0.7 is
    /// above the first and below the second. 0 is never positive, 1 always.
    func testSampleFollowsTheSeededDraws() {
        XCTAssertEqual(Double(0x99EC5F36CB75F2B4 as UInt64 >> 11) * 0x1.0p-53, 0.6013, accuracy: 1e-4)
        XCTAssertEqual(RandomisedDecision.sample([0.7, 0.7], seed: 0), [1, 0])
        XCTAssertEqual(RandomisedDecision.sample([0, 1, 0, 1], seed: 7), [0, 1, 0, 1])
    }

    /// Two of four rows strictly between 0 and 1.
    func testRandomisedShare() {
        XCTAssertEqual(RandomisedDecision.randomisedShare([0, 0.2, 1, 0.99]), 0.5)
        XCTAssertEqual(RandomisedDecision.randomisedShare([]), 0)
    }

    /// The doc comment's example: y = [1, 0], p = [0.75, 0.5]: TP 0.75, FN 0.25, FP 0.5, TN 0.5,
    /// expected accuracy (0.75 + 0.5)/2 = 0.625, expected selection rate (0.75 + 0.5)/2 = 0.625.
    func testExpectedConfusionCounts() throws {
        let c = try ConfusionCounts(labels: [1, 0], probabilities: [0.75, 0.5])
        XCTAssertEqual(c, ConfusionCounts(truePositives: 0.75, falsePositives: 0.5, trueNegatives: 0.5, falseNegatives: 0.25))
        XCTAssertEqual(c.accuracy.number, 0.625)
        XCTAssertThrowsError(try ConfusionCounts(labels: [1], probabilities: [1.5]))
    }
}
