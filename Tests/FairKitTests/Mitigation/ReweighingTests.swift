import XCTest
@testable import FairKit

final class ReweighingTests: XCTestCase {
    /// The doc comment's ten rows: W(a, 1) = 4·4/(10·3), W(a, 0) = 4·6/(10·1), W(b, 1) = 6·4/(10·1),
    /// W(b, 0) = 6·6/(10·5); afterwards both groups have the overall base rate 4/10.
    func testWorkedExampleByHand() throws {
        let labels = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]
        let group = SensitiveFeature(name: "g", values: ["a", "a", "a", "a", "b", "b", "b", "b", "b", "b"])
        var reweighing = Reweighing()
        try reweighing.fit(labels: labels, sensitive: group)
        let fitted = try XCTUnwrap(reweighing.fitted)
        XCTAssertEqual(try XCTUnwrap(fitted.weight(group: "a", label: 1)), 16.0 / 30, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(fitted.weight(group: "a", label: 0)), 2.4, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(fitted.weight(group: "b", label: 1)), 2.4, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(fitted.weight(group: "b", label: 0)), 0.72, accuracy: 1e-15)
        let w = try reweighing.transform(labels: labels, sensitive: group)
        for rows in [0..<4, 4..<10] {
            let positive = rows.filter { labels[$0] == 1 }.reduce(0) { $0 + w[$1] }
            XCTAssertEqual(positive / rows.reduce(0) { $0 + w[$1] }, 0.4, accuracy: 1e-15)
        }
    }

    /// German Credit, age > 25 privileged: AIF360 0.6.1's Reweighing
    /// (scripts/reference/mitigation_reweighing.py), weights to the last digit AIF360 prints.
    func testGermanAgeWeightsEqualAIF360() throws {
        let german = try Dataset.germanCredit()
        let age = SensitiveFeature(try german.table.column("age_group"))
        var reweighing = Reweighing()
        try reweighing.fit(labels: german.labels, sensitive: age)
        let fitted = try XCTUnwrap(reweighing.fitted)
        let expected: [(String, Int, Double)] = [
            ("age > 25", 1, 0.9610169491525423), ("age > 25", 0, 1.1045454545454545),
            ("age <= 25", 1, 1.209090909090909), ("age <= 25", 0, 0.7125),
        ]
        for (group, label, weight) in expected {
            XCTAssertEqual(try XCTUnwrap(fitted.weight(group: group, label: label)), weight, accuracy: 1e-15, "\(group), \(label)")
        }
        let w = try reweighing.transform(labels: german.labels, sensitive: age)
        XCTAssertEqual(w.reduce(0, +), 1000, accuracy: 1e-9)   // AIF360: sum of transformed weights 1000.0
        XCTAssertEqual(Array(w.prefix(2)), [0.9610169491525423, 0.7125])
    }

    /// Input weights enter every count, so weights of 2 on every row double each n and cancel in
    /// W = n_s n_y / (n n_{s,y}): the cell weights are the unweighted ones, the row weights 2·W.
    func testUniformInputWeightsGiveUnweightedCellWeights() throws {
        let labels = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]
        let group = SensitiveFeature(name: "g", values: ["a", "a", "a", "a", "b", "b", "b", "b", "b", "b"])
        var reweighing = Reweighing()
        try reweighing.fit(labels: labels, sensitive: group, sampleWeight: Array(repeating: 2, count: 10))
        XCTAssertEqual(try XCTUnwrap(reweighing.fitted?.weight(group: "b", label: 0)), 0.72, accuracy: 1e-15)
        let w = try reweighing.transform(labels: labels, sensitive: group, sampleWeight: Array(repeating: 2, count: 10))
        XCTAssertEqual(w[9], 1.44, accuracy: 1e-15)   // 2 · 0.72
    }

    func testBadInputIsNamed() {
        var reweighing = Reweighing()
        let oneGroup = SensitiveFeature(name: "sex", values: ["F", "F"])
        XCTAssertThrowsError(try reweighing.fit(labels: [0, 1], sensitive: oneGroup)) {
            XCTAssertEqual($0 as? MitigationError, .singleGroup(feature: "sex", value: "F"))
        }
        let twoGroups = SensitiveFeature(name: "sex", values: ["F", "F", "M", "M"])
        XCTAssertThrowsError(try reweighing.fit(labels: [1, 1, 0, 1], sensitive: twoGroups)) {
            XCTAssertEqual($0 as? MitigationError, .singleLabelInGroup(group: "F", label: 1))
        }
        XCTAssertThrowsError(try reweighing.fit(labels: [1, 0, 1], sensitive: twoGroups)) {
            XCTAssertEqual("\($0)", "the sensitive column 'sex' has 4 values but there are 3 rows; pass one per row")
        }
        XCTAssertThrowsError(try Reweighing().transform(labels: [1], sensitive: oneGroup)) {
            XCTAssertEqual($0 as? MitigationError, .notFitted("Reweighing"))
        }
    }
}
