// Hidden suite for step `reweighing` of project `hr-screening`
// (projects-work/hr-screening/reweighing.swift). Weights are worked out by hand from
// W(g, y) = n_g · n_y / (n · n_gy); the last test compares with FairKit's Reweighing (AIF360's numbers).

import XCTest
import FairKit
@testable import LearnerCode

final class ReweighingSuite: XCTest::XCTestCase {
    // n = 6; a: labels 1,1,0 (n_a 3); b: labels 1,0,0 (n_b 3); n_1 = 3, n_0 = 3.
    let groups = ["a", "a", "a", "b", "b", "b"], labels = [1, 1, 0, 1, 0, 0]

    func testTheWeightsOfEachCell() throws {
        let w = try XCTest::XCTUnwrap(reweighingWeights(groups: groups, labels: labels))
        // (a, 1): 3 · 3 / (6 · 2) = 0.75; (a, 0): 3 · 3 / (6 · 1) = 1.5; (b, 1): 1.5; (b, 0): 0.75.
        let expected = [0.75, 0.75, 1.5, 1.5, 0.75, 0.75]
        XCTest::XCTAssertEqual(w.count, 6)
        for (got, want) in zip(w, expected) { XCTest::XCTAssertEqual(got, want, accuracy: 1e-12) }
    }

    func testWeightedLabelsBecomeIndependentOfTheGroup() throws {
        let w = try XCTest::XCTUnwrap(reweighingWeights(groups: groups, labels: labels))
        // Weighted positive share of a: (0.75 + 0.75) / (0.75 + 0.75 + 1.5) = 0.5; of b: 1.5 / 3 = 0.5.
        let shareA = (w[0] + w[1]) / (w[0] + w[1] + w[2]), shareB = w[3] / (w[3] + w[4] + w[5])
        XCTest::XCTAssertEqual(shareA, 0.5, accuracy: 1e-12)
        XCTest::XCTAssertEqual(shareB, 0.5, accuracy: 1e-12)
    }

    func testABalancedSampleKeepsWeightOne() throws {
        // Each cell holds 1 of 4: 2 · 2 / (4 · 1) = 1.
        let w = try XCTest::XCTUnwrap(reweighingWeights(groups: ["a", "a", "b", "b"], labels: [1, 0, 1, 0]))
        XCTest::XCTAssertEqual(w, [1, 1, 1, 1])
    }

    func testTheWeightsSumToTheCandidates() throws {
        // Σ W = Σ_cells n_gy · n_g n_y / (n n_gy) = Σ_g n_g Σ_y n_y / n = n.
        let w = try XCTest::XCTUnwrap(reweighingWeights(groups: ["a", "b", "b", "c", "c", "c", "a"], labels: [1, 0, 1, 1, 1, 0, 0]))
        XCTest::XCTAssertEqual(w.reduce(0, +), 7, accuracy: 1e-12)
    }

    func testBadInputGivesNil() {
        XCTest::XCTAssertNil(reweighingWeights(groups: ["a"], labels: [1, 0]), "lengths differ")
        XCTest::XCTAssertNil(reweighingWeights(groups: [], labels: []), "no candidates")
        XCTest::XCTAssertNil(reweighingWeights(groups: ["a"], labels: [2]), "label 2")
    }

    func testAgreesWithFairKitsReweighing() throws {
        let w = try XCTest::XCTUnwrap(reweighingWeights(groups: groups, labels: labels))
        var reweighing = Reweighing()
        let sensitive = SensitiveFeature(name: "g", values: groups)
        try reweighing.fit(labels: labels, sensitive: sensitive)
        let fairkit = try reweighing.transform(labels: labels, sensitive: sensitive)
        XCTest::XCTAssertEqual(w.count, fairkit.count)
        for (mine, theirs) in zip(w, fairkit) { XCTest::XCTAssertEqual(mine, theirs, accuracy: 1e-12) }
    }
}
