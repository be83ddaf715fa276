import Foundation
import XCTest
@testable import FairKit

/// The side-by-side example of docs/fairkit-fairness.md: Fairlearn's 18-row documentation data under
/// the three conventions. Group counts are derived in FairlearnConventionTests.
final class ConventionsExampleTests: XCTestCase {
    private let labels = FairlearnConventionTests.labels
    private let predictions = FairlearnConventionTests.predictions
    private let feature = SensitiveFeature(name: "sf", values: FairlearnConventionTests.groups)

    func testAIF360WithBPrivilegedAndAOrCUnprivileged() throws {
        let c = try PrivilegedComparison(labels: labels, predictions: predictions, features: [feature],
                                         privileged: .attribute("sf", in: ["b"]), unprivileged: .attribute("sf", in: ["a", "c"]))
        // u = a + c: TP 1+2, FP 2+2, TN 0+1, FN 1+3 = TP 3, FP 4, TN 1, FN 4 (12 rows); p = b: TP 3, FP 0, TN 1, FN 2.
        // SR_u = 7/12, SR_p = 1/2; TPR_u = 3/7, TPR_p = 3/5; FPR_u = 4/5, FPR_p = 0.
        XCTAssertEqual(AIF360Metric.statisticalParityDifference.value(on: c).number!, 1.0 / 12, accuracy: 1e-15)
        XCTAssertEqual(AIF360Metric.disparateImpact.value(on: c).number!, 7.0 / 6, accuracy: 1e-15)
        XCTAssertEqual(AIF360Metric.equalOpportunityDifference.value(on: c).number!, -6.0 / 35, accuracy: 1e-15)
        XCTAssertEqual(AIF360Metric.averageOddsDifference.value(on: c).number!, 11.0 / 35, accuracy: 1e-15)
        XCTAssertEqual(try AIF360Metric.named("false_positive_rate_difference").value(on: c).number!, 0.8, accuracy: 1e-15)
        XCTAssertEqual(try AIF360Metric.named("false_positive_rate_ratio").value(on: c).undefinedReason,
                       "the privileged group's false positive rate is 0")
    }

    func testAequitasAgainstTheLargestGroup() throws {
        let counts = try GroupedCounts(labels: labels, predictions: predictions, groups: GroupIndex([feature]))
        let audit = try DisparityAudit(counts: counts, metrics: [.selectionRate, .falsePositiveRate])
        let selection = audit.findings(for: "selection_rate")
        XCTAssertEqual(selection.map(\.referenceGroup), ["sf=c", "sf=c", "sf=c"], "c has 8 rows")
        XCTAssertEqual(selection.map { $0.disparity.number! }, [1.5, 1, 1])                 // (3/4)/(1/2)
        XCTAssertEqual(selection.map(\.verdict), [.unfair, .fair, .fair])
        XCTAssertEqual(selection[0].favoursGroup, true)
        let fpr = audit.findings(for: "fpr")
        XCTAssertEqual(fpr[0].disparity.number!, 1.5, accuracy: 1e-15)                    // 1/(2/3)
        XCTAssertEqual(fpr[1].disparity.number, 0)
        XCTAssertEqual(fpr.map(\.verdict), [.unfair, .unfair, .fair])
        XCTAssertEqual(fpr.map(\.favoursGroup), [false, true, nil])
    }

    func testEveryTableIdIsDocumented() throws {
        // This file is Tests/FairKitTests/Metrics/Fairness/ConventionsExampleTests.swift.
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { root.deleteLastPathComponent() }
        let doc = try String(contentsOf: root.appendingPathComponent("docs/fairkit-fairness.md"), encoding: .utf8)
        for id in GroupMetric.all.map(\.id) + AIF360Metric.all.map(\.id) + FairlearnDisparity.all.map(\.id) {
            XCTAssertTrue(doc.contains("`\(id)`") || doc.contains("`\(id)_difference`"), "docs/fairkit-fairness.md does not list '\(id)'")
        }
    }
}
