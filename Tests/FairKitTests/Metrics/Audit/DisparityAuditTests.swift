import XCTest
@testable import FairKit

final class DisparityAuditTests: XCTestCase {
    /// Rows for one group with the given confusion counts.
    private func rows(_ group: String, tp: Int, fp: Int, tn: Int, fn: Int) -> [(String, Int, Int)] {
        Array(repeating: (group, 1, 1), count: tp) + Array(repeating: (group, 0, 1), count: fp)
            + Array(repeating: (group, 0, 0), count: tn) + Array(repeating: (group, 1, 0), count: fn)
    }

    /// The documented example: FPR R 2/10 = 0.2 (the largest group, 30 rows), S 3/10 = 0.3, T 3/20 = 0.15.
    private func counts() throws -> GroupedCounts {
        let all = rows("R", tp: 10, fp: 2, tn: 8, fn: 10) + rows("S", tp: 0, fp: 3, tn: 7, fn: 0)
            + rows("T", tp: 0, fp: 3, tn: 17, fn: 0)
        return try GroupedCounts(labels: all.map(\.1), predictions: all.map(\.2),
                                 groups: GroupIndex([SensitiveFeature(name: "g", values: all.map(\.0))]))
    }

    func testDisparitiesAgainstTheLargestGroup() throws {
        let audit = try DisparityAudit(counts: counts(), metrics: [.falsePositiveRate])
        let findings = audit.findings(for: "fpr")
        XCTAssertEqual(findings.map(\.referenceGroup), ["g=R", "g=R", "g=R"])
        // 0.2/0.2 = 1, 0.3/0.2 = 1.5, 0.15/0.2 = 0.75.
        XCTAssertEqual(findings[0].disparity.number!, 1, accuracy: 1e-15)
        XCTAssertEqual(findings[1].disparity.number!, 1.5, accuracy: 1e-15)
        XCTAssertEqual(findings[2].disparity.number!, 0.75, accuracy: 1e-15)
        // Fair within [0.8, 1.25]: only R.
        XCTAssertEqual(findings.map(\.verdict), [.fair, .unfair, .unfair])
        // More false positives disfavours S; fewer favours T.
        XCTAssertEqual(findings.map(\.favoursGroup), [nil, false, true])
        XCTAssertEqual(audit.parity(for: "fpr"), .unfair)
    }

    func testAWiderThresholdJudgesTheSameDisparitiesFair() throws {
        // τ = 0.6 accepts [0.6, 1.667]: 1.5 and 0.75 are within.
        let audit = try DisparityAudit(counts: counts(), metrics: [.falsePositiveRate], threshold: 0.6)
        XCTAssertEqual(audit.parity(for: "fpr"), .fair)
    }

    func testNamedAndMinimumMetricReferences() throws {
        let named = try DisparityAudit(counts: counts(), reference: .named("S"), metrics: [.falsePositiveRate])
        // Against S (0.3): 0.2/0.3 = 2/3, 1, 0.15/0.3 = 1/2.
        for (finding, expected) in zip(named.findings, [2.0 / 3, 1, 0.5]) {
            XCTAssertEqual(finding.disparity.number!, expected, accuracy: 1e-15)
        }
        let minimum = try DisparityAudit(counts: counts(), reference: .minimumMetric, metrics: [.falsePositiveRate])
        // Against T (0.15, the lowest): 4/3, 2, 1.
        XCTAssertEqual(minimum.findings[0].disparity.number!, 4.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(minimum.findings[1].disparity.number!, 2, accuracy: 1e-15)
        XCTAssertEqual(minimum.findings.map(\.referenceGroup), ["g=T", "g=T", "g=T"])
        XCTAssertThrowsError(try DisparityAudit(counts: counts(), reference: .named("Q")))
    }

    func testDisparitiesOverAZeroReferenceOrAnUndefinedValueAreUndefined() throws {
        // S and T have no positive labels, so their TPR, and its disparity, are undefined.
        let audit = try DisparityAudit(counts: counts(), reference: .largest, metrics: [.truePositiveRate])
        let findings = audit.findings(for: "tpr")
        XCTAssertEqual(findings[0].verdict, .fair)
        XCTAssertEqual(findings[1].verdict, .undefined)
        XCTAssertEqual(findings[1].disparity.undefinedReason,
                       "group 'g=S' has no positive labels (TP + FN = 0), so its true positive rate is undefined")
        XCTAssertEqual(audit.parity(for: "tpr"), .undefined)

        // A reference whose value is 0: A has FPR 0/4, B has 1/4.
        let all = rows("A", tp: 1, fp: 0, tn: 4, fn: 0) + rows("B", tp: 1, fp: 1, tn: 3, fn: 0)
        let zero = try GroupedCounts(labels: all.map(\.1), predictions: all.map(\.2),
                                     groups: GroupIndex([SensitiveFeature(name: "g", values: all.map(\.0))]))
        let againstZero = try DisparityAudit(counts: zero, reference: .named("A"), metrics: [.falsePositiveRate])
        XCTAssertEqual(againstZero.findings[1].disparity.undefinedReason, "the reference group 'g=A''s false positive rate is 0")
    }

    func testTheDefaultMetricsAreAequitassTen() throws {
        let audit = try DisparityAudit(counts: counts())
        XCTAssertEqual(Set(audit.findings.map(\.metricID)),
                       ["predicted_positive_share", "selection_rate", "ppv", "fdr", "for", "fpr", "fnr", "tpr", "tnr", "npv"])
        XCTAssertEqual(audit.findings.count, 30)
    }

    func testThresholdMustLieInTheUnitInterval() {
        XCTAssertThrowsError(try DisparityAudit(counts: counts(), threshold: 1.25)) { error in
            XCTAssertEqual("\(error)", "the fairness threshold τ is 1.25; it must lie in (0, 1] (Aequitas uses 0.8)")
        }
        XCTAssertThrowsError(try DisparityAudit(counts: counts(), threshold: 0))
    }
}
