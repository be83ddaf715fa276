import XCTest
@testable import FairKit

/// The assembled audit on small tables whose every number is derived by hand (see
/// `FairnessAuditExample` for the sex example's rates).
final class FairnessAuditTests: XCTestCase {
    private typealias Example = FairnessAuditExample

    func testGroupsAndTheirMetricsFollowTheCounts() throws {
        let audit = try Example.audit()
        XCTAssertEqual(audit.rowCount, 300)
        XCTAssertFalse(audit.weighted)
        XCTAssertEqual(audit.metrics.map(\.id), ["selection_rate", "tpr", "fpr", "fnr", "ppv", "accuracy"])
        XCTAssertEqual(audit.sections.map(\.attributes), [["sex"]], "one attribute: no intersection section")
        let section = audit.sections[0]
        // Groups in value order: Female before Male; shares 100/300 and 200/300.
        XCTAssertEqual(section.groups.map(\.name), ["sex=Female", "sex=Male"])
        XCTAssertEqual(section.groups.map(\.rows), [100, 200])
        XCTAssertEqual(section.groups[0].share, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(section.groups[0].values, ["sex": "Female"])
        let female = section.groups[0].metrics, male = section.groups[1].metrics
        let expected: [(String, Double, Double, Double)] = [
            ("selection_rate", 0.2, 0.5, 0.4), ("tpr", 1.0 / 3, 0.8, 9.0 / 13), ("fpr", 1.0 / 7, 0.2, 3.0 / 17),
            ("fnr", 2.0 / 3, 0.2, 4.0 / 13), ("ppv", 0.5, 0.8, 0.75), ("accuracy", 0.7, 0.8, 23.0 / 30),
        ]
        for (id, f, m, all) in expected {
            XCTAssertEqual(female[id]?.number ?? .nan, f, accuracy: 1e-15, id)
            XCTAssertEqual(male[id]?.number ?? .nan, m, accuracy: 1e-15, id)
            XCTAssertEqual(section.overall[id]?.number ?? .nan, all, accuracy: 1e-15, id)
        }
    }

    func testFairlearnSpreadAndCriteria() throws {
        let fairlearn = try Example.audit().sections[0].fairlearn
        // Differences max - min and ratios min / max of the two groups' values.
        let expected: [(String, Double, Double)] = [
            ("selection_rate", 0.3, 0.4), ("tpr", 0.8 - 1.0 / 3, (1.0 / 3) / 0.8), ("fpr", 0.2 - 1.0 / 7, (1.0 / 7) / 0.2),
            ("fnr", 2.0 / 3 - 0.2, 0.2 / (2.0 / 3)), ("ppv", 0.3, 0.625), ("accuracy", 0.1, 0.875),
        ]
        for (id, difference, ratio) in expected {
            XCTAssertEqual(fairlearn.metrics[id]?.difference.number ?? .nan, difference, accuracy: 1e-15, id)
            XCTAssertEqual(fairlearn.metrics[id]?.ratio.number ?? .nan, ratio, accuracy: 1e-15, id)
        }
        // Demographic parity is the selection rate's; equalized odds the worst of TPR (7/15, 5/12)
        // and FPR (2/35, 5/7): difference 7/15, ratio 5/12.
        XCTAssertEqual(fairlearn.criteria["demographic_parity"]?.difference.number ?? .nan, 0.3, accuracy: 1e-15)
        XCTAssertEqual(fairlearn.criteria["equalized_odds"]?.difference.number ?? .nan, 7.0 / 15, accuracy: 1e-15)
        XCTAssertEqual(fairlearn.criteria["equalized_odds"]?.ratio.number ?? .nan, 5.0 / 12, accuracy: 1e-15)
        XCTAssertEqual(fairlearn.criteria["equal_opportunity"]?.ratio.number ?? .nan, 5.0 / 12, accuracy: 1e-15)
    }

    func testAIF360ComparesTheUnprivilegedWithThePrivileged() throws {
        XCTAssertNil(try Example.audit().sections[0].aif360, "no privileged values, no comparison")
        let comparison = try XCTUnwrap(Example.audit(.init(privileged: ["sex": ["Male"]])).sections[0].aif360)
        XCTAssertEqual(comparison.privileged, ["sex=Male"])
        XCTAssertEqual(comparison.unprivileged, ["sex=Female"])
        XCTAssertEqual([comparison.privilegedRows, comparison.unprivilegedRows], [200, 100])
        // SPD 0.2 - 0.5; DI 0.2 / 0.5; EOD 1/3 - 0.8 = -7/15; AOD ½[(1/7 - 1/5) + (1/3 - 4/5)] = ½(-2/35 - 7/15) = -11/42.
        XCTAssertEqual(comparison.metrics["statistical_parity_difference"]?.number ?? .nan, -0.3, accuracy: 1e-15)
        XCTAssertEqual(comparison.metrics["disparate_impact"]?.number ?? .nan, 0.4, accuracy: 1e-15)
        XCTAssertEqual(comparison.metrics["equal_opportunity_difference"]?.number ?? .nan, -7.0 / 15, accuracy: 1e-15)
        XCTAssertEqual(comparison.metrics["average_odds_difference"]?.number ?? .nan, -11.0 / 42, accuracy: 1e-15)
        XCTAssertEqual(comparison.unprivilegedValues["tpr"]?.number ?? .nan, 1.0 / 3, accuracy: 1e-15)
    }

    func testFlagsAreWorstFirstAndNameWhoIsDisadvantaged() throws {
        let audit = try Example.audit(.init(privileged: ["sex": ["Male"]]))
        // Female against Male (the largest group): FNR (2/3)/0.2 = 10/3 (|ln| 1.204), selection rate
        // 0.4 (0.916), TPR 5/12 (0.875), PPV 0.625 (0.470), FPR 5/7 (0.336); accuracy 0.875 is fair.
        XCTAssertEqual(audit.flags.map(\.metricID), ["fnr", "selection_rate", "tpr", "ppv", "fpr"])
        XCTAssertEqual(audit.flags.map(\.convention), Array(repeating: .aequitas, count: 5),
                       "disparate impact compares the same two groups as the selection-rate flag, so it is not repeated")
        XCTAssertEqual(audit.flags[0].disparity, 10.0 / 3, accuracy: 1e-14)
        XCTAssertEqual(audit.flags[1].value, 0.2, accuracy: 1e-15)
        XCTAssertEqual(audit.flags[1].referenceValue, 0.5, accuracy: 1e-15)
        // A lower FPR favours Female, so Male is the one at a disadvantage; on the others Female is.
        XCTAssertEqual(audit.flags.map(\.disadvantaged), ["sex=Female", "sex=Female", "sex=Female", "sex=Female", "sex=Male"])
        XCTAssertTrue(audit.smallGroupFlags.isEmpty)
        XCTAssertEqual(audit.sections[0].aequitas.parity, ["selection_rate": .unfair, "tpr": .unfair, "fpr": .unfair,
                                                          "fnr": .unfair, "ppv": .unfair, "accuracy": .fair])
    }

    /// Race W (100 rows, 50 selected), B (60, 15), O (40, 14); labels equal the predictions.
    private func raceAudit(_ options: FairnessAudit.Options) throws -> FairnessAudit {
        let rows = Example.rows("W", tp: 50, fp: 0, tn: 50, fn: 0) + Example.rows("B", tp: 15, fp: 0, tn: 45, fn: 0)
            + Example.rows("O", tp: 14, fp: 0, tn: 26, fn: 0)
        return try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction),
                                 protected: [SensitiveFeature(name: "race", values: rows.map(\.group))], options: options)
    }

    func testDisparateImpactOfAPooledUnprivilegedSideIsAFlagOfItsOwn() throws {
        let audit = try raceAudit(.init(metrics: [.selectionRate], privileged: ["race": ["W"]]))
        // Unprivileged B + O: (15 + 14) / 100 = 0.29; DI = 0.29 / 0.5 = 0.58, SPD = -0.21.
        let comparison = try XCTUnwrap(audit.sections[0].aif360)
        XCTAssertEqual(comparison.unprivileged, ["race=B", "race=O"])
        XCTAssertEqual(comparison.metrics["disparate_impact"]?.number ?? .nan, 0.58, accuracy: 1e-15)
        XCTAssertEqual(comparison.metrics["statistical_parity_difference"]?.number ?? .nan, -0.21, accuracy: 1e-15)
        // Flags by |ln d|: B 0.25/0.5 = 0.5 (0.693), the pool 0.58 (0.545), O 0.35/0.5 = 0.7 (0.357).
        XCTAssertEqual(audit.flags.map(\.convention), [.aequitas, .aif360, .aequitas])
        XCTAssertEqual(audit.flags.map(\.group), ["race=B", "race=B or race=O", "race=O"])
        XCTAssertEqual(audit.flags[1].reference, "race=W")
        XCTAssertEqual(audit.flags[1].value, 0.29, accuracy: 1e-15)
        XCTAssertEqual(audit.flags[1].disadvantaged, "race=B or race=O")
    }

    func testReferenceGroupChoices() throws {
        // Against O (0.35): W 0.5/0.35 = 10/7 (unfair), B 0.25/0.35 = 5/7 (unfair).
        let named = try raceAudit(.init(metrics: [.selectionRate], reference: .values(["race": "O"])))
        XCTAssertEqual(named.sections[0].aequitas.reference, .named("race=O"))
        XCTAssertEqual(named.flags.map(\.group), ["race=W", "race=B"])
        XCTAssertEqual(named.flags[0].disparity, 10.0 / 7, accuracy: 1e-15)
        // Against the lowest (B, 0.25): W 2, O 1.4.
        let minimum = try raceAudit(.init(metrics: [.selectionRate], reference: .minimumMetric))
        XCTAssertEqual(minimum.flags.map(\.group), ["race=W", "race=O"])
        XCTAssertEqual(minimum.flags[0].disparity, 2, accuracy: 1e-15)
        XCTAssertEqual(minimum.flags[1].disparity, 1.4, accuracy: 1e-15)
        XCTAssertEqual(minimum.flags.map(\.disadvantaged), ["race=B", "race=B"], "B is selected least")
        XCTAssertThrowsError(try raceAudit(.init(reference: .values(["race": "Q"])))) { error in
            XCTAssertTrue("\(error)".contains("no value 'Q'"), "\(error)")
        }
    }

    func testAnIntersectionSectionFollowsThePerAttributeOnes() throws {
        // Cells (labels = predictions): F,a 40 rows 10 selected; F,b 40/20; M,a 60/30; M,b 60/36.
        let cells = [("F", "a", 40, 10), ("F", "b", 40, 20), ("M", "a", 60, 30), ("M", "b", 60, 36)]
        var sex: [String] = [], kind: [String] = [], outcome: [Int] = []
        for (s, k, n, selected) in cells {
            sex += Array(repeating: s, count: n)
            kind += Array(repeating: k, count: n)
            outcome += Array(repeating: 1, count: selected) + Array(repeating: 0, count: n - selected)
        }
        let audit = try FairnessAudit(labels: outcome, predictions: outcome,
                                      protected: [SensitiveFeature(name: "sex", values: sex), SensitiveFeature(name: "kind", values: kind)],
                                      options: .init(metrics: [.selectionRate], privileged: ["sex": ["M"], "kind": ["a"]]))
        XCTAssertEqual(audit.sections.map(\.title), ["sex", "kind", "sex x kind"])
        // sex: F 30/80 = 0.375, M 66/120 = 0.55; kind: a 40/100 = 0.4, b 56/100 = 0.56.
        XCTAssertEqual(audit.sections[0].group("sex=F")?.metrics["selection_rate"]?.number ?? .nan, 0.375, accuracy: 1e-15)
        XCTAssertEqual(audit.sections[1].group("kind=b")?.metrics["selection_rate"]?.number ?? .nan, 0.56, accuracy: 1e-15)
        let intersection = audit.sections[2]
        XCTAssertEqual(intersection.groups.map(\.name), ["sex=F, kind=a", "sex=F, kind=b", "sex=M, kind=a", "sex=M, kind=b"])
        XCTAssertEqual(intersection.groups[3].values, ["sex": "M", "kind": "b"])
        // Largest: M,a and M,b tie at 60 rows; the first in group order is the reference. F,a 0.25/0.5 = 0.5.
        XCTAssertEqual(intersection.aequitas.findings[0].referenceGroup, "sex=M, kind=a")
        XCTAssertEqual(intersection.aequitas.findings[0].disparity.number ?? .nan, 0.5, accuracy: 1e-15)
        // AIF360: privileged M and a (0.5); unprivileged the other three, (10 + 20 + 36)/140 = 33/70.
        let comparison = try XCTUnwrap(intersection.aif360)
        XCTAssertEqual(comparison.privileged, ["sex=M, kind=a"])
        XCTAssertEqual(comparison.unprivileged.count, 3)
        XCTAssertEqual(comparison.metrics["disparate_impact"]?.number ?? .nan, (33.0 / 70) / 0.5, accuracy: 1e-15)
    }

    func testGroupsTooSmallToJudgeAreShownButNotFlagged() throws {
        // M: 100 rows, 50 selected; F: 10 rows, 2 selected: disparity 0.2/0.5 = 0.4, but F has 10 < 30 rows.
        let rows = Example.rows("M", tp: 50, fp: 0, tn: 50, fn: 0) + Example.rows("F", tp: 2, fp: 0, tn: 8, fn: 0)
        let features = [SensitiveFeature(name: "sex", values: rows.map(\.group))]
        let audit = try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction), protected: features,
                                      options: .init(metrics: [.selectionRate]))
        XCTAssertTrue(audit.flags.isEmpty)
        XCTAssertEqual(audit.smallGroupFlags.map(\.group), ["sex=F"])
        XCTAssertTrue(audit.smallGroupFlags[0].involvesSmallGroup)
        XCTAssertEqual(audit.smallGroups.map(\.group.name), ["sex=F"])
        // With the size lowered to 10, F is judged.
        let judged = try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction), protected: features,
                                       options: .init(metrics: [.selectionRate], smallGroupRows: 10))
        XCTAssertEqual(judged.flags.map(\.group), ["sex=F"])
    }

    func testAHarmfulPositivePredictionIsReadFromTheAffectedPersonsView() throws {
        let metrics: [GroupMetric] = [.selectionRate, .truePositiveRate, .falsePositiveRate, .falseNegativeRate,
                                      .trueNegativeRate, .positivePredictiveValue, .negativePredictiveValue,
                                      .falseDiscoveryRate, .falseOmissionRate, .accuracy]
        let audit = try Example.audit(.init(metrics: metrics, positiveIsHarmful: true))
        // Receiving the positive prediction is the harm: selection rate and TPR count it, lower is
        // favorable; FNR and FOR count those spared it, higher is favorable (NPV = 1 - FOR with it).
        // FPR, FDR, TNR, PPV already count the undeserved positive as the harm; accuracy is quality.
        XCTAssertEqual(metrics.map { audit.metric($0.id)?.direction }, [
            .lowerIsFavorable, .lowerIsFavorable, .lowerIsFavorable, .higherIsFavorable,
            .higherIsFavorable, .higherIsFavorable, .lowerIsFavorable,
            .lowerIsFavorable, .higherIsFavorable, .higherIsFavorable,
        ])
        // Female is selected at 0.4x Male's rate: with a harmful positive, Male bears more of it.
        XCTAssertEqual(audit.flags.first { $0.metricID == "selection_rate" }?.disadvantaged, "sex=Male")
        // Female's FNR 20/30 against Male's 20/100 (3.33x): more of Female's positives were spared.
        XCTAssertEqual(audit.flags.first { $0.metricID == "fnr" }?.disadvantaged, "sex=Male")
    }

    func testUndefinedValuesStayUndefinedWithTheirReason() throws {
        // F has no positive labels: its TPR and FNR (and their disparities) are undefined.
        let rows = Example.rows("M", tp: 40, fp: 10, tn: 40, fn: 10) + Example.rows("F", tp: 0, fp: 10, tn: 40, fn: 0)
        let audit = try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction),
                                      protected: [SensitiveFeature(name: "sex", values: rows.map(\.group))])
        let section = audit.sections[0]
        XCTAssertEqual(section.group("sex=F")?.metrics["tpr"]?.undefinedReason,
                       "group 'sex=F' has no positive labels (TP + FN = 0), so its true positive rate is undefined")
        XCTAssertNil(section.fairlearn.metrics["tpr"]?.difference.number)
        XCTAssertEqual(section.aequitas.parity["tpr"], .undefined)
        XCTAssertFalse(audit.flags.contains { $0.metricID == "tpr" || $0.metricID == "fnr" })
    }

    func testSettingsThatCannotWorkAreErrors() throws {
        func message(_ options: FairnessAudit.Options) -> String {
            do { _ = try Example.audit(options); return "no error" } catch { return "\(error)" }
        }
        XCTAssertTrue(message(.init(privileged: ["sex": ["Mal"]])).contains("did you mean 'Male'?"))
        XCTAssertTrue(message(.init(privileged: ["sx": ["Male"]])).contains("did you mean 'sex'?"))
        XCTAssertTrue(message(.init(metrics: [.truePositiveRate, .truePositiveRate])).contains("'tpr' is listed twice"))
        XCTAssertTrue(message(.init(metrics: [])).contains("at least one metric"))
        XCTAssertTrue(message(.init(threshold: 1.5)).contains("must lie in (0, 1]"))
        XCTAssertTrue(message(.init(privileged: ["sex": ["Male", "Female"]])).contains("no unprivileged group"))
        XCTAssertThrowsError(try FairnessAudit(labels: [1], predictions: [1], protected: []))
        XCTAssertThrowsError(try FairnessAudit(labels: [1, 0], predictions: [1, 0], weights: [0, 0],
                                               protected: [SensitiveFeature(name: "s", values: ["a", "b"])])) { error in
            XCTAssertTrue("\(error)".contains("every weight is 0"))
        }
    }
}
