import XCTest
@testable import FairKit

/// The seeded synthetic patients: the same rows bit for bit as an independent re-implementation
/// of the documented formulas (scripts/reference/synthetic_patients.py), and a planted bias that
/// FairKit's audit measures at the size fairlearn gives for the same rows.
final class SyntheticPatientsTests: XCTestCase {
    func testTheSeededSampleEqualsTheIndependentGenerator() throws {
        let patients = try SyntheticPatients.dataset()
        let table = patients.table
        XCTAssertEqual(table.rowCount, 2000)
        // synthetic_patients.py: first row {'age': 58, 'sex': 'female', 'ethnicity': 'majority', 'biomarker': 10.5,
        // 'systolic_bp': 126.4, 'smoker': False, 'condition': 0, 'score': 45.4, 'referred': 1}.
        XCTAssertEqual(try table.column("age")[0].number, 58)
        XCTAssertEqual(try table.column("sex")[0].text, "female")
        XCTAssertEqual(try table.column("biomarker")[0].number, 10.5)
        XCTAssertEqual(try table.column("systolic_bp")[0].number, 126.4)
        XCTAssertEqual(try table.column("diagnostic_score")[0].number, 45.4)
        XCTAssertEqual(try table.column("referred")[0].text, "yes")
        XCTAssertEqual(patients.labels[0], 0)
        // Counts: minority 612, condition 532, referred 629; sums of the generated columns.
        let ethnicity = try table.column("ethnicity"), referred = try table.column("referred")
        XCTAssertEqual((0..<2000).filter { ethnicity[$0].text == "minority" }.count, 612)
        XCTAssertEqual(patients.labels.reduce(0, +), 532)
        XCTAssertEqual((0..<2000).filter { referred[$0].text == "yes" }.count, 629)
        func sum(_ name: String) throws -> Double { try table.column(name).numbers?.compactMap { $0 }.reduce(0, +) ?? .nan }
        XCTAssertEqual(try sum("age"), 109003)
        XCTAssertEqual(try sum("diagnostic_score"), 62341.59999999996, accuracy: 1e-6)
        XCTAssertEqual(try sum("biomarker"), 20029.399999999994, accuracy: 1e-6)
        XCTAssertEqual(try sum("systolic_bp"), 240065.89999999976, accuracy: 1e-6)
    }

    func testTheSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws {
        let a = try SyntheticPatients.dataset(rows: 300), b = try SyntheticPatients.dataset(rows: 300)
        let c = try SyntheticPatients.dataset(rows: 300, seed: 7)
        let csv = { (d: Dataset) in CSVWriter().string(from: d.table) }
        XCTAssertEqual(csv(a), csv(b))
        XCTAssertNotEqual(csv(a), csv(c))
        XCTAssertThrowsError(try SyntheticPatients.dataset(rows: 0))
    }

    func testTheAuditFindsThePlantedBiasAtItsDocumentedSize() throws {
        let patients = try SyntheticPatients.dataset()
        let audit = try FairnessAudit(table: patients.table, columns: .init(label: "condition", prediction: .column("referred"), positive: "yes",
                                                                          protected: [.init("ethnicity")]),
                                      options: .init(smallGroupRows: 0), dataName: "patients")
        let section = audit.sections[0]
        // fairlearn MetricFrame (synthetic_patients.py): TPR majority 0.656757, minority 0.462963,
        // difference 0.19379379379379374, ratio 0.7049230300259107; selection rate 0.371758 / 0.184641.
        XCTAssertEqual(section.group("ethnicity=majority")?.metrics["tpr"]?.number ?? .nan, 0.6567567567567567, accuracy: 1e-12)
        XCTAssertEqual(section.group("ethnicity=minority")?.metrics["tpr"]?.number ?? .nan, 0.46296296296296297, accuracy: 1e-12)
        XCTAssertEqual(section.fairlearn.metrics["tpr"]?.difference.number ?? .nan, 0.19379379379379374, accuracy: 1e-12)
        XCTAssertEqual(section.fairlearn.metrics["tpr"]?.ratio.number ?? .nan, 0.7049230300259107, accuracy: 1e-12)
        XCTAssertEqual(section.group("ethnicity=minority")?.metrics["selection_rate"]?.number ?? .nan, 0.184641, accuracy: 1e-6)
        // The population gap is 0.652 − 0.441 = 0.211 (one million rows); the sample's 0.194 lies
        // within two standard errors of it (sqrt(0.65·0.35/370 + 0.44·0.56/162) ≈ 0.046).
        XCTAssertEqual(section.fairlearn.metrics["tpr"]?.difference.number ?? .nan, 0.211, accuracy: 2 * 0.046)
    }

    func testWithoutThePlantedBiasTheGapVanishes() throws {
        let fair = try SyntheticPatients.dataset(underReporting: 0)
        let audit = try FairnessAudit(table: fair.table, columns: .init(label: "condition", prediction: .column("referred"), positive: "yes",
                                                                      protected: [.init("ethnicity")]),
                                      options: .init(smallGroupRows: 0), dataName: "patients")
        // synthetic_patients.py: TPR 0.6567567567567567 and 0.6666666666666666, difference 0.00990990990990992.
        XCTAssertEqual(audit.sections[0].fairlearn.metrics["tpr"]?.difference.number ?? .nan, 0.00990990990990992, accuracy: 1e-12)
    }
}
