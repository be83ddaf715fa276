// Hidden suite for exercise `audit-table` (exercises/01-foundations/05_audit_table.swift).
// Expected values are derived by hand (arithmetic next to each assertion) and cross-checked
// against fairlearn's MetricFrame, demographic_parity_difference and equal_opportunity_difference
// by scripts/reference/content_group_metrics.py.

import XCTest
@testable import LearnerCode

final class AuditTableSuite: XCTest::XCTestCase {
    func testOneLinePerGroupSortedByName() throws {
        // groups b, a, b, c -> lines a (1 row), b (2 rows), c (1 row).
        let table = try XCTest::XCTUnwrap(
            auditTable(labels: [1, 0, 0, 1], predictions: [1, 1, 0, 0], groups: ["b", "a", "b", "c"]),
            "four valid rows: return a table, not nil")
        XCTest::XCTAssertEqual(table.map(\.group), ["a", "b", "c"], "one line per group name, sorted by name")
        XCTest::XCTAssertEqual(table.map(\.rowCount), [1, 2, 1], "rows per group: a has row 2; b rows 1 and 3; c row 4")
    }

    func testBaseRateAndSelectionRateOfTheLessonsLoanBook() throws {
        let table = try audit(lessonBook())
        let a = try entry("A", in: table), b = try entry("B", in: table)
        XCTest::XCTAssertEqual(a.rowCount, 50, "group A: 22 + 3 + 3 + 22 = 50 rows")
        XCTest::XCTAssertEqual(b.rowCount, 50, "group B: 6 + 9 + 3 + 32 = 50 rows")
        // Base rate (TP + FN) / rows: A (22 + 3) / 50 = 0.5; B (6 + 9) / 50 = 0.3.
        XCTest::XCTAssertEqual(a.baseRate, 0.5, accuracy: 1e-9, "group A base rate: 25 of 50 labelled 1")
        XCTest::XCTAssertEqual(b.baseRate, 0.3, accuracy: 1e-9, "group B base rate: 15 of 50 labelled 1")
        // Selection rate (TP + FP) / rows: A (22 + 3) / 50 = 0.5; B (6 + 3) / 50 = 0.18.
        XCTest::XCTAssertEqual(a.selectionRate, 0.5, accuracy: 1e-9, "group A selection rate: 25 of 50 predicted 1")
        XCTest::XCTAssertEqual(b.selectionRate, 0.18, accuracy: 1e-9, "group B selection rate: 9 of 50 predicted 1 (TP 6 + FP 3)")
    }

    func testTruePositiveRateLooksOnlyAtRowsLabelledOne() throws {
        // TP / (TP + FN): A 22 / 25 = 0.88; B 6 / 15 = 0.4. (TP over all rows would give 0.44 and 0.12.)
        let table = try audit(lessonBook())
        assertDefined(try entry("A", in: table).truePositiveRate, equals: 0.88,
                      "group A TPR: 22 approved of the 25 who would repay")
        assertDefined(try entry("B", in: table).truePositiveRate, equals: 0.4,
                      "group B TPR: 6 approved of the 15 who would repay (divide by TP + FN, not by all rows)")
    }

    func testTruePositiveRateIsUndefinedForAGroupWithNoPositives() throws {
        // Group C: 4 applicants, none would repay, 1 approved (FP 1, TN 3).
        var book = Applicants()
        book.add(group: "C", truePositives: 0, falseNegatives: 0, falsePositives: 1, trueNegatives: 3)
        let c = try entry("C", in: audit(book))
        XCTest::XCTAssertNil(c.truePositiveRate, "group C has no row labelled 1: TP / (TP + FN) is 0 / 0, undefined, so nil (not 0)")
        XCTest::XCTAssertEqual(c.baseRate, 0, accuracy: 1e-9, "group C base rate: 0 of 4 labelled 1")
        XCTest::XCTAssertEqual(c.selectionRate, 0.25, accuracy: 1e-9, "group C selection rate: 1 of 4 predicted 1")
    }

    func testSelectionRateGapIsTheDemographicParityDifference() throws {
        // max 0.5 (A) - min 0.18 (B) = 0.32; fairlearn's demographic_parity_difference agrees.
        assertDefined(selectionRateGap(try audit(lessonBook())), equals: 0.32, "selection-rate gap = 0.50 (A) - 0.18 (B)")
    }

    func testTruePositiveRateGapIsTheEqualOpportunityDifference() throws {
        // max 0.88 (A) - min 0.40 (B) = 0.48; fairlearn's equal_opportunity_difference agrees.
        assertDefined(truePositiveRateGap(try audit(lessonBook())), equals: 0.48, "TPR gap = 0.88 (A) - 0.40 (B)")
    }

    func testTruePositiveRateGapIsUndefinedWhenAGroupHasNoPositives() throws {
        // The lesson's book plus group C (FP 1, TN 3): C's TPR is undefined, so the TPR gap is too.
        // (fairlearn scores C's TPR as 0 and reports 0.88 - 0 = 0.88; skipping C would report 0.48.)
        // The selection-rate gap stays defined: rates 0.5, 0.18, 0.25 -> 0.5 - 0.18 = 0.32.
        var book = lessonBook()
        book.add(group: "C", truePositives: 0, falseNegatives: 0, falsePositives: 1, trueNegatives: 3)
        let table = try audit(book)
        XCTest::XCTAssertNil(truePositiveRateGap(table),
            "group C has no positives, so its TPR is undefined and so is the gap: return nil (0.88 counts C as 0, 0.48 silently drops C)")
        assertDefined(selectionRateGap(table), equals: 0.32, "selection-rate gap = 0.50 (A) - 0.18 (B); C's 0.25 lies between")
    }

    func testRejectsBadInputAndHasNoGapsForNoRows() throws {
        XCTest::XCTAssertNil(auditTable(labels: [1, 0], predictions: [1, 0], groups: ["A"]),
            "2 labels but 1 group name: return nil")
        XCTest::XCTAssertNil(auditTable(labels: [], predictions: [1], groups: []),
            "0 labels but 1 prediction: return nil")
        XCTest::XCTAssertNil(auditTable(labels: [1, 2], predictions: [1, 0], groups: ["A", "A"]),
            "label 2 at row 2: labels must be 0 or 1, return nil")
        XCTest::XCTAssertNil(auditTable(labels: [1, 0], predictions: [1, 3], groups: ["A", "B"]),
            "prediction 3 at row 2: predictions must be 0 or 1, return nil")
        let empty = try XCTest::XCTUnwrap(auditTable(labels: [], predictions: [], groups: []),
            "no rows: an empty table (valid input, so not nil)")
        XCTest::XCTAssertEqual(empty.count, 0, "no rows: no groups, no lines")
        XCTest::XCTAssertNil(selectionRateGap([]), "no groups: nothing to compare, the selection-rate gap is nil")
        XCTest::XCTAssertNil(truePositiveRateGap([]), "no groups: nothing to compare, the TPR gap is nil")
    }

    /// The lesson's loan book. A: 50 applicants, 25 would repay; approved 22 of them (TP 22, FN 3)
    /// and 3 of the 25 who would not (FP 3, TN 22). B: 50 applicants, 15 would repay; approved 6 of
    /// them (TP 6, FN 9) and 3 of the 35 who would not (FP 3, TN 32).
    private func lessonBook() -> Applicants {
        var book = Applicants()
        // B's rows come in two chunks with A's between them, so a group's rows are not contiguous.
        book.add(group: "B", truePositives: 6, falseNegatives: 9, falsePositives: 0, trueNegatives: 16)
        book.add(group: "A", truePositives: 22, falseNegatives: 3, falsePositives: 3, trueNegatives: 22)
        book.add(group: "B", truePositives: 0, falseNegatives: 0, falsePositives: 3, trueNegatives: 16)
        return book
    }

    /// The learner's table for valid applicants, failing the test when it is nil.
    private func audit(_ book: Applicants, line: UInt = #line) throws -> [GroupAudit] {
        try XCTest::XCTUnwrap(auditTable(labels: book.labels, predictions: book.predictions, groups: book.groups),
            "\(book.labels.count) valid rows: return a table, not nil", line: line)
    }

    /// The table's line for `group`, failing the test when it is missing.
    private func entry(_ group: String, in table: [GroupAudit], line: UInt = #line) throws -> GroupAudit {
        try XCTest::XCTUnwrap(table.first { $0.group == group }, "the table needs a line for group \(group)", line: line)
    }

    /// A defined value equal to `expected` within 1e-9; `nil` fails with the learner-facing message.
    private func assertDefined(_ actual: Double?, equals expected: Double, _ message: String, line: UInt = #line) {
        guard let actual else { return XCTest::XCTFail("got nil, expected a value: \(message)", line: line) }
        XCTest::XCTAssertEqual(actual, expected, accuracy: 1e-9, message, line: line)
    }
}

/// Applicants built from a group's confusion-matrix cells: label 1 = would repay, prediction 1 = approved.
private struct Applicants {
    var labels: [Int] = []
    var predictions: [Int] = []
    var groups: [String] = []

    mutating func add(group: String, truePositives: Int, falseNegatives: Int, falsePositives: Int, trueNegatives: Int) {
        for (label, prediction, count) in [(1, 1, truePositives), (1, 0, falseNegatives),
                                           (0, 1, falsePositives), (0, 0, trueNegatives)] {
            labels += Array(repeating: label, count: count)
            predictions += Array(repeating: prediction, count: count)
            groups += Array(repeating: group, count: count)
        }
    }
}
