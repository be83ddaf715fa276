import XCTest
@testable import FairKit

final class GroupCalibrationTests: XCTestCase {
    func testTheDocumentedExample() throws {
        // Scores [0.1, 0.3, 0.35, 0.8, 0.9], labels [0, 0, 1, 1, 1], 2 bins split at 0.5.
        // Bin 1: mean score (0.1 + 0.3 + 0.35)/3 = 0.25, observed 1/3. Bin 2: mean 0.85, observed 1.
        // ECE = (3/5)|1/3 - 0.25| + (2/5)|1 - 0.85| = 0.05 + 0.06 = 0.11.
        let calibration = try GroupCalibration(labels: [0, 0, 1, 1, 1], scores: [0.1, 0.3, 0.35, 0.8, 0.9],
                                               groups: GroupIndex([SensitiveFeature(name: "g", values: Array(repeating: "x", count: 5))]),
                                               bins: 2)
        let curve = calibration.overall
        XCTAssertEqual(curve.bins.map(\.rows), [3, 2])
        XCTAssertEqual(curve.bins[0].meanPredicted, 0.25, accuracy: 1e-15)
        XCTAssertEqual(curve.bins[0].fractionPositive, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(curve.bins[1].meanPredicted, 0.85, accuracy: 1e-15)
        XCTAssertEqual(curve.expectedCalibrationError.number!, 0.11, accuracy: 1e-15)
        XCTAssertEqual(curve.meanPredictedOverall.number!, 0.49, accuracy: 1e-15)
        XCTAssertEqual(curve.baseRate.number!, 0.6, accuracy: 1e-15)
    }

    func testScoresOnABinEdgeGoToTheLowerBinAsInScikitLearn() throws {
        // Edges at 0.5: a score of exactly 0.5 belongs to (0, 0.5]; 0 to the first bin; 1 to the last.
        let calibration = try GroupCalibration(labels: [0, 1, 1], scores: [0, 0.5, 1],
                                               groups: GroupIndex([SensitiveFeature(name: "g", values: ["x", "x", "x"])]), bins: 2)
        XCTAssertEqual(calibration.overall.bins.map(\.rows), [2, 1])
    }

    func testGroupsAreComparedByTheirCalibrationError() throws {
        // Group a: scores 0.9, 0.9 with labels 1, 1 -> ECE 0.1; group b: 0.9, 0.9 with labels 0, 0 -> ECE 0.9.
        let calibration = try GroupCalibration(labels: [1, 1, 0, 0], scores: [0.9, 0.9, 0.9, 0.9],
                                               groups: GroupIndex([SensitiveFeature(name: "g", values: ["a", "a", "b", "b"])]))
        let errors = calibration.expectedCalibrationErrors
        XCTAssertEqual(errors.values[0].number!, 0.1, accuracy: 1e-15)
        XCTAssertEqual(errors.values[1].number!, 0.9, accuracy: 1e-15)
        XCTAssertEqual(errors.difference().number!, 0.8, accuracy: 1e-15)
    }

    func testBadInputIsAnErrorNamingTheRow() {
        let groups = try! GroupIndex([SensitiveFeature(name: "g", values: ["a", "a"])])
        XCTAssertThrowsError(try GroupCalibration(labels: [0, 1], scores: [0.2, 1.5], groups: groups)) { error in
            XCTAssertEqual("\(error)", "probability at row 2 is 1.5; probabilities must lie in [0, 1] (pass P(y = 1), not a raw score)")
        }
        XCTAssertThrowsError(try GroupCalibration(labels: [0, 1], scores: [0.2, 0.5], groups: groups, bins: 0))
    }

    func testZeroWeightMakesEveryValueUndefined() throws {
        let calibration = try GroupCalibration(labels: [0, 1], scores: [0.2, 0.5], weights: [0, 0],
                                               groups: GroupIndex([SensitiveFeature(name: "g", values: ["a", "a"])]))
        XCTAssertTrue(calibration.overall.bins.isEmpty)
        XCTAssertEqual(calibration.overall.expectedCalibrationError.undefinedReason, "no rows (total weight 0)")
    }
}
