import Foundation
import XCTest
@testable import FairKit

/// The JSON shapes a report or `learn audit --json` writes.
final class GroupValuesCodingTests: XCTestCase {
    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func testGroupValuesWithAnUndefinedGroup() throws {
        // Group a: labels [1, 0], predictions [1, 1] -> TPR 1/1; group b: no positive labels.
        let groups = try GroupIndex([SensitiveFeature(name: "g", values: ["a", "a", "b"])])
        let values = try GroupedCounts(labels: [1, 0, 0], predictions: [1, 1, 0], groups: groups).values(of: .truePositiveRate)
        let text = try json(values)
        XCTAssertEqual(text, #"{"display_name":"true positive rate","groups":["g=a","g=b"],"metric_id":"tpr","overall":{"value":1},"#
            + #""values":[{"value":1},{"undefined":"group 'g=b' has no positive labels (TP + FN = 0), so its true positive rate is undefined","value":null}]}"#)
        let decoded = try JSONDecoder().decode(GroupValues.self, from: Data(text.utf8))
        XCTAssertEqual(decoded.values, values.values)
        XCTAssertEqual(decoded.groups, values.groups)
    }

    func testReferenceGroupsRoundTrip() throws {
        for reference in [ReferenceGroup.named("Male"), .largest, .minimumMetric] {
            let text = try json(reference)
            XCTAssertEqual(try JSONDecoder().decode(ReferenceGroup.self, from: Data(text.utf8)), reference)
        }
        XCTAssertEqual(try json(ReferenceGroup.named("Male")), #"{"group":"Male","kind":"named"}"#)
        XCTAssertThrowsError(try JSONDecoder().decode(ReferenceGroup.self, from: Data(#"{"kind":"biggest"}"#.utf8)))
    }

    func testAuditFindingsUseSnakeCaseKeys() throws {
        let groups = try GroupIndex([SensitiveFeature(name: "g", values: ["a", "b", "b"])])
        let audit = try DisparityAudit(counts: GroupedCounts(labels: [1, 1, 0], predictions: [1, 1, 0], groups: groups),
                                       metrics: [.selectionRate])
        // b is the largest group (2 rows, selection rate 1/2); a has 1: disparity 2, unfair, favoured.
        let text = try json(audit.findings[0])
        XCTAssertEqual(text, #"{"disparity":{"value":2},"favours_group":true,"group":"g=a","metric_id":"selection_rate","#
            + #""reference_group":"g=b","value":{"value":1},"verdict":"unfair"}"#)
    }
}
