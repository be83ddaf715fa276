import XCTest
@testable import FairKit

/// Published figures for German Credit (AIF360's GermanDataset conventions; the counts are those
/// of the project's dataset brief and of AIF360's tutorials), computed with ConfusionCounts.
final class GermanCreditTests: XCTestCase {
    private static let german = Result { try Dataset.germanCredit() }

    private func baseRate(_ dataset: Dataset, privileged: Bool, attribute: String) throws -> (positives: Double, total: Double) {
        let membership = try dataset.protectedAttribute(attribute).isPrivileged(in: dataset.table)
        let rows = membership.indices.filter { membership[$0] == privileged }
        // Base rate needs labels only; predictions = labels makes every row a TP or TN.
        let counts = try ConfusionCounts(labels: dataset.labels, predictions: dataset.labels, rows: rows)
        return (counts.positives, counts.total)
    }

    func testShapeLabelsAndReadableValues() throws {
        let german = try Self.german.get()
        XCTAssertEqual(german.table.rowCount, 1000)
        XCTAssertEqual(german.labels.reduce(0, +), 700, "700 good credit risks")
        XCTAssertEqual(german.favorableLabel, 1)
        XCTAssertEqual(german.featureColumns.count, 20)
        XCTAssertEqual(german.table.columnNames.count, 23, "20 attributes, the label, sex, age_group")
        // First line of german.data: A11 6 A34 A43 1169 A65 A75 4 A93 A101 4 A121 67 A143 A152 2 A173 1 A192 A201 1
        let first = german.table.row(0)
        XCTAssertEqual(first["status"], .category("... < 0 DM"))
        XCTAssertEqual(first["month"], .number(6))
        XCTAssertEqual(first["purpose"], .category("radio/television"))
        XCTAssertEqual(first["credit_amount"], .number(1169))
        XCTAssertEqual(first["personal_status"], .category("male : single"))
        XCTAssertEqual(first["age"], .number(67))
        XCTAssertEqual(first["skill_level"], .category("skilled employee/ official"))
        XCTAssertEqual(first["telephone"], .flag(true), "A192: telephone registered")
        XCTAssertEqual(first["foreign_worker"], .flag(true), "A201: foreign worker")
        XCTAssertEqual(first["credit"], .category("good"))
        XCTAssertEqual(first["sex"], .category("male"))
        XCTAssertEqual(first["age_group"], .category("age > 25"))
        // Second line: A12 48 ... A92 ... 22 ... credit 2.
        XCTAssertEqual(german.table.row(1)["status"], .category("0 <= ... < 200 DM"), "trailing space of the code book trimmed")
        XCTAssertEqual(german.table.row(1)["sex"], .category("female"))
        XCTAssertEqual(german.table.row(1)["age_group"], .category("age <= 25"))
        XCTAssertEqual(german.labels[1], 0)
        XCTAssertFalse(german.datasheet.isEmpty)
        XCTAssertTrue(german.datasheet.contains("CC BY 4.0"))
        XCTAssertTrue(german.source.contains("Hofmann"))
    }

    func testBaseRatesByGroup() throws {
        let german = try Self.german.get()
        // (attribute, good/total in the privileged group, good/total in the unprivileged group)
        let published: [(String, Double, Double, Double, Double)] = [
            ("age_group", 590, 810, 110, 190),
            ("sex", 499, 690, 201, 310),
        ]
        for (attribute, goodPrivileged, privileged, goodUnprivileged, unprivileged) in published {
            let p = try baseRate(german, privileged: true, attribute: attribute)
            let u = try baseRate(german, privileged: false, attribute: attribute)
            XCTAssertEqual(p.positives, goodPrivileged, attribute)
            XCTAssertEqual(p.total, privileged, attribute)
            XCTAssertEqual(u.positives, goodUnprivileged, attribute)
            XCTAssertEqual(u.total, unprivileged, attribute)
        }
        // Disparate impact by age: (110/190) / (590/810) = 0.578947 / 0.728395 = 0.794826.
        let older = try baseRate(german, privileged: true, attribute: "age_group")
        let younger = try baseRate(german, privileged: false, attribute: "age_group")
        XCTAssertEqual((younger.positives / younger.total) / (older.positives / older.total), 0.794826, accuracy: 5e-7)
        XCTAssertEqual(try german.protectedAttribute("sex").unprivilegedValues(in: german.table), ["female"])
    }

    func testDatasetSplitKeepsLabelsAligned() throws {
        let german = try Self.german.get()
        let split = try DataSplit.trainTest(rowCount: 1000, testSize: .fraction(0.3), seed: 42, stratifyBy: german.labels)
        let (train, test) = german.split(split)
        XCTAssertEqual(train.table.rowCount, 700)
        XCTAssertEqual(test.labels.reduce(0, +), 210, "stratified: 70% good in the test set too")
        for (k, row) in split.test.enumerated().prefix(20) {
            XCTAssertEqual(test.labels[k], german.labels[row])
            XCTAssertEqual(test.table.row(k)["credit"], german.table.row(row)["credit"])
        }
    }
}
