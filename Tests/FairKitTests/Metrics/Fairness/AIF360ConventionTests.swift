import XCTest
@testable import FairKit

/// AIF360's privileged/unprivileged convention on the worked example of AIF360Metric's documentation.
final class AIF360ConventionTests: XCTestCase {
    /// Privileged (sex=M): TP 3, FP 1, TN 3, FN 1. Unprivileged (sex=F): TP 1, FP 1, TN 4, FN 2.
    /// One row of sex=X belongs to neither group.
    private func comparison(unprivileged: ProtectedGroup? = nil) throws -> PrivilegedComparison {
        let privileged = [(1, 1), (1, 1), (1, 1), (0, 1), (0, 0), (0, 0), (0, 0), (1, 0)]
        let unprivilegedRows = [(1, 1), (0, 1), (0, 0), (0, 0), (0, 0), (0, 0), (1, 0), (1, 0)]
        let rows = privileged + unprivilegedRows + [(1, 1)]
        let sex = Array(repeating: "M", count: 8) + Array(repeating: "F", count: 8) + ["X"]
        return try PrivilegedComparison(labels: rows.map(\.0), predictions: rows.map(\.1),
                                        features: [SensitiveFeature(name: "sex", values: sex)],
                                        privileged: .attribute("sex", in: ["M"]),
                                        unprivileged: unprivileged ?? .attribute("sex", in: ["F"]))
    }

    func testCountsOfEachSide() throws {
        let c = try comparison()
        XCTAssertEqual(c.privileged, ConfusionCounts(truePositives: 3, falsePositives: 1, trueNegatives: 3, falseNegatives: 1))
        XCTAssertEqual(c.unprivileged, ConfusionCounts(truePositives: 1, falsePositives: 1, trueNegatives: 4, falseNegatives: 2))
        XCTAssertEqual(c.overall.total, 17, "the row in neither group counts overall")
    }

    func testEveryNamedMetricMatchesTheHandDerivation() throws {
        let c = try comparison()
        // Privileged: SR 4/8, TPR 3/4, FPR 1/4, FNR 1/4, PPV 3/4, FDR 1/4, FOR 1/4, ERR 2/8.
        // Unprivileged: SR 2/8, TPR 1/3, FPR 1/5, FNR 2/3, PPV 1/2, FDR 1/2, FOR 2/6, ERR 3/8.
        let expected: [String: Double] = [
            "statistical_parity_difference": 1.0 / 4 - 1.0 / 2,
            "disparate_impact": (1.0 / 4) / (1.0 / 2),
            "equal_opportunity_difference": 1.0 / 3 - 3.0 / 4,
            "average_odds_difference": ((1.0 / 5 - 1.0 / 4) + (1.0 / 3 - 3.0 / 4)) / 2,   // -7/30
            "average_abs_odds_difference": (1.0 / 20 + 5.0 / 12) / 2,                    // 7/30
            "equalized_odds_difference": 5.0 / 12,
            "average_predictive_value_difference": ((1.0 / 2 - 3.0 / 4) + (1.0 / 3 - 1.0 / 4)) / 2, // -1/12
            "error_rate_difference": 3.0 / 8 - 1.0 / 4, "error_rate_ratio": 1.5,
            "false_positive_rate_difference": 1.0 / 5 - 1.0 / 4, "false_positive_rate_ratio": 0.8,
            "false_negative_rate_difference": 2.0 / 3 - 1.0 / 4, "false_negative_rate_ratio": 8.0 / 3,
            "false_omission_rate_difference": 1.0 / 3 - 1.0 / 4, "false_omission_rate_ratio": 4.0 / 3,
            "false_discovery_rate_difference": 1.0 / 2 - 1.0 / 4, "false_discovery_rate_ratio": 2,
        ]
        XCTAssertEqual(Set(AIF360Metric.all.map(\.id)), Set(expected.keys))
        for metric in AIF360Metric.all {
            XCTAssertEqual(try XCTUnwrap(metric.value(on: c).number, metric.id), expected[metric.id]!, accuracy: 1e-15, metric.id)
        }
        // Overall positive labels: (TP 3 + FN 1) + (TP 1 + FN 2) + the extra row's 1 = 8 of 17 rows.
        XCTAssertEqual(c.value(.baseRate, for: .overall).number!, 8.0 / 17, accuracy: 1e-15)
    }

    func testUnprivilegedDefaultsToEveryoneNotPrivileged() throws {
        // Without an unprivileged group, the sex=X row (TP) joins F: TP 2, FP 1, TN 4, FN 2.
        let c = try PrivilegedComparison(labels: [1, 1, 0], predictions: [1, 1, 0],
                                         features: [SensitiveFeature(name: "sex", values: ["M", "X", "F"])],
                                         privileged: .attribute("sex", in: ["M"]))
        XCTAssertEqual(c.unprivileged.total, 2)
        XCTAssertNil(c.unprivilegedGroup)
    }

    func testGroupsCanBeSetsOfValuesOverSeveralAttributes() throws {
        // Privileged = (sex=M and race=W) or age=old, as AIF360's [{'sex': 'M', 'race': 'W'}, {'age': 'old'}].
        let features = [SensitiveFeature(name: "sex", values: ["M", "M", "F", "F"]),
                        SensitiveFeature(name: "race", values: ["W", "B", "W", "B"]),
                        SensitiveFeature(name: "age", values: ["young", "young", "young", "old"])]
        let group = ProtectedGroup(anyOf: [["sex": "M", "race": "W"], ["age": "old"]])
        XCTAssertEqual(try group.members(in: features), [true, false, false, true])
        XCTAssertEqual(group.description, "(race=W, sex=M) or (age=old)")
        XCTAssertThrowsError(try ProtectedGroup.attribute("sexx", in: ["M"]).members(in: features)) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'sex'?"), "\(error)")
        }
        XCTAssertThrowsError(try ProtectedGroup.attribute("race", in: ["w"]).members(in: features)) { error in
            XCTAssertTrue("\(error)".contains("attribute 'race' has no value 'w'"), "\(error)")
        }
    }

    func testOverlappingGroupsAreAnError() {
        XCTAssertThrowsError(try comparison(unprivileged: .attribute("sex", in: ["F", "M"]))) { error in
            XCTAssertTrue("\(error)".contains("row 1 is in both the privileged group (sex=M)"), "\(error)")
        }
    }

    func testUndefinedValuesSayWhoseTheyAre() throws {
        // The privileged group is never selected, so disparate impact divides by 0;
        // the unprivileged group has no positive labels, so its TPR is undefined.
        let c = try PrivilegedComparison(labels: [1, 0, 0, 0], predictions: [0, 0, 1, 0],
                                         features: [SensitiveFeature(name: "sex", values: ["M", "M", "F", "F"])],
                                         privileged: .attribute("sex", in: ["M"]))
        XCTAssertEqual(AIF360Metric.disparateImpact.value(on: c).undefinedReason, "the privileged group's selection rate is 0")
        XCTAssertEqual(AIF360Metric.equalOpportunityDifference.value(on: c).undefinedReason,
                       "the unprivileged group (everyone not privileged) has no positive labels (TP + FN = 0), so its true positive rate is undefined")
        XCTAssertEqual(AIF360Metric.statisticalParityDifference.value(on: c).number, 0.5)
    }
}
