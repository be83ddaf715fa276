import FairKit
import Foundation
import XCTest
@testable import Workbench

/// "Moves the right way" beyond German: on Adult (sex, Male privileged; adult.data rows 0..4999
/// to train, 5000..9999 to compare) and COMPAS (ProPublica's filtered rows, sex, Female
/// privileged; rows 0..3999 to train, the rest to compare), each mitigator lowers the disparity it
/// targets on the compared rows, against the plain logistic model `learn mitigate` prints beside
/// it. The expectation is the direction, which every method's objective promises; no number is
/// copied from a run. Not here: calibrated equalized odds (it equalises a weighted cost of false
/// positives and negatives while keeping calibration, so neither difference is promised to fall)
/// and adversarial debiasing (AdversarialDebiasingTests checks it on Adult at the library level).
///
/// Both models are scored as `learn mitigate` prints them: the plain model (and every deterministic
/// mitigated one) on its decisions at P > 0.5, a randomised one by expected values over its coin
/// flips. COMPAS's exponentiated gradient with equalized odds is also held to Fairlearn 0.15's
/// numbers on the same split, design and base model
/// (scripts/reference/mitigation_compas_equalized_odds.py): held out, the plain model's decisions
/// have an equalized odds difference of 0.1426 and the mixture 0.1217. (An earlier version scored
/// the plain model by expected values over its probabilities, 0.0560 there, and so reported a rise
/// that was an artefact of comparing a coin with a decision.)
///
/// One case does not move the right way, found here and reported, not hidden: reweighing on COMPAS.
/// Scored on decisions, the held-out demographic parity difference rises a little, from 0.1184
/// to 0.1196, while it falls on the training rows. scikit-learn's LogisticRegression refitted with
/// AIF360's reweighing weights on the same split and design does the same, 0.1184 to 0.1201
/// (0.1617 to 0.1401 on the training rows; the same script). Reweighing balances the training
/// labels, and promises nothing about held-out decisions at 0.5. The test asserts the plain
/// number equal to the reference's to 1e-9 and the reweighed one within 0.002: the two fits'
/// decisions differ on one or two held-out rows, and one row of the 1,741 men moves the rate by
/// 0.0006, one of the 431 women by 0.0023.
///
/// Race is not used: its small groups (Asian, Native American) have too few held-out rows, or no
/// positives, for the differences to be defined or stable.
final class MitigationDirectionTests: XCTestCase {
    private static let demographicParityMethods: [(String, @Sendable (inout MitigateRequest) -> Void)] = [
        ("reweighing", { _ in }), ("di-remover", { _ in }), ("correlation-remover", { _ in }),
        ("exponentiated-gradient", { _ in }), ("grid-search", { _ in }), ("threshold-optimizer", { _ in }),
        ("reject-option", { _ in }), ("prejudice-remover", { $0.eta = "25" }),
    ]
    private static let equalizedOddsMethods: [(String, @Sendable (inout MitigateRequest) -> Void)] = [
        ("exponentiated-gradient", { $0.constraint = "equalized_odds" }), ("threshold-optimizer", { $0.constraint = "equalized_odds" }),
        ("eq-odds", { _ in }),
    ]

    func testAdult() throws {
        try check(try Dataset.adult(.train), protected: "sex", privileged: "Male", train: 0..<5000, compared: 5000..<10000)
    }

    func testCompas() throws {
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        // Fairlearn's equalized odds differences, plain and mitigated, on the held-out rows
        // (mitigation_compas_equalized_odds.py).
        try check(compas, protected: "sex", privileged: "Female", train: 0..<4000, compared: 4000..<compas.table.rowCount,
                  references: ["exponentiated-gradient equalized_odds": (0.14257979177334018, 0.12167845764271817)],
                  rises: ["reweighing": (0.11843074958920319, 0.12010858628598386)])
    }

    private func check(_ dataset: Dataset, protected: String, privileged: String, train: Range<Int>, compared: Range<Int>,
                       references: [String: (baseline: Double, mitigated: Double)] = [:],
                       rises: [String: (baseline: Double, mitigated: Double)] = [:]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("direction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let others = dataset.protectedAttributes.map(\.column).filter { $0 != protected }
        var columns = try (dataset.featureColumns.filter { !others.contains($0) }).map { try dataset.table.column($0) }
        if !dataset.featureColumns.contains(protected) { columns.append(try dataset.table.column(protected)) }
        columns.append(.numeric("y", dataset.labels.map(Double.init)))
        let table = try Table(columns)
        try CSVWriter().write(table.selectingRows(Array(train)), to: folder.appendingPathComponent("train.csv"))
        try CSVWriter().write(table.selectingRows(Array(compared)), to: folder.appendingPathComponent("test.csv"))
        func run(_ method: String, _ change: (inout MitigateRequest) -> Void) throws -> MitigateResult {
            var request = MitigateRequest(train: TrainRequest(data: "train.csv", label: "y", unknownCategories: "ignore", out: ""), protectedColumn: protected,
                                          privileged: privileged, method: method, test: "test.csv")
            change(&request)
            return try request.run(currentDirectory: folder)
        }
        for (method, change) in Self.demographicParityMethods {
            let result = try run(method, change)
            let (baseline, mitigated) = (try XCTUnwrap(result.baseline.demographicParityDifference), try XCTUnwrap(result.mitigated.demographicParityDifference))
            if let reference = rises[method] {
                XCTAssertEqual(baseline, reference.baseline, accuracy: 1e-9, "\(dataset.name) \(method)")
                XCTAssertEqual(mitigated, reference.mitigated, accuracy: 0.002, "\(dataset.name) \(method)")
                XCTAssertGreaterThan(mitigated, baseline, "\(dataset.name) \(method): the rise the reference shows")
                continue
            }
            XCTAssertLessThan(mitigated, baseline, "\(dataset.name) \(method): demographic parity difference")
        }
        for (method, change) in Self.equalizedOddsMethods {
            let result = try run(method, change)
            if let reference = references["\(method) equalized_odds"] {
                XCTAssertEqual(try XCTUnwrap(result.baseline.equalizedOddsDifference), reference.baseline, accuracy: 1e-9, "\(dataset.name) \(method)")
                XCTAssertEqual(try XCTUnwrap(result.mitigated.equalizedOddsDifference), reference.mitigated, accuracy: 1e-9, "\(dataset.name) \(method)")
            }
            XCTAssertLessThan(try XCTUnwrap(result.mitigated.equalizedOddsDifference), try XCTUnwrap(result.baseline.equalizedOddsDifference),
                              "\(dataset.name) \(method): equalized odds difference")
        }
    }
}
