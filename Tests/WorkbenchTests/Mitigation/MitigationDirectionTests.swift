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
/// Reject option classification's labels are decisions (0 or 1), so it is held against the plain
/// model's decisions at P > 0.5, the labels AIF360's search starts from and bounds, not against the
/// plain model's expected values (the baseline `learn mitigate` prints). On COMPAS the two differ
/// most: the plain model's decisions have a statistical parity difference of 0.162 on the training
/// rows (outside AIF360's ±0.05 band) and 0.118 held out, which reject option (threshold 0.2575,
/// margin 0; 0.049 on the training rows) brings to 0.064 held out, while the expected values'
/// difference is 0.057 held out. (An earlier version left COMPAS's reject option out, saying the
/// plain model was already inside the band; checking that claim showed it was not.)
///
/// One COMPAS case does not move the right way on the held-out rows and is left out, found here
/// and reported, not hidden, with its reason checked against the reference:
/// - Exponentiated gradient with equalized odds: met within eps on the training rows, but the
///   held-out difference grows from 0.056 to 0.122. Fairlearn 0.15's ExponentiatedGradient with
///   EqualizedOdds on the same split, design and base model does the same
///   (scripts/reference/mitigation_compas_equalized_odds.py): training rows 0.0601 → 0.0116,
///   held-out rows 0.0560 → 0.1217 (a two-predictor mixture, weights 0.069 and 0.931), and the
///   test asserts that our held-out numbers equal Fairlearn's to 1e-9. It is the
///   algorithm's behaviour, not ours: the constraint is met on the rows it was fitted on, and
///   with COMPAS's 340 design columns (330 charge descriptions) and 4,000 rows the mixture's
///   predictors overfit the equalized odds of the training rows.
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
                  leftOut: ["exponentiated-gradient equalized_odds": (0.056047409943476234, 0.12167845764271817)])
    }

    private func check(_ dataset: Dataset, protected: String, privileged: String, train: Range<Int>, compared: Range<Int>,
                       leftOut: [String: (baseline: Double, mitigated: Double)] = [:]) throws {
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
            // Reject option's labels are decisions (0 or 1), so it is held against the plain
            // model's decisions at 0.5, the labels AIF360's search starts from and bounds.
            let baseline = method == "reject-option"
                ? abs(try plainDecisionParityDifference(folder, on: "test.csv", protected: protected, privileged: privileged))
                : try XCTUnwrap(result.baseline.demographicParityDifference)
            XCTAssertLessThan(try XCTUnwrap(result.mitigated.demographicParityDifference), baseline,
                              "\(dataset.name) \(method): demographic parity difference")
        }
        for (method, change) in Self.equalizedOddsMethods {
            let result = try run(method, change)
            if let reference = leftOut["\(method) equalized_odds"] {
                // Left out because the reference rises too: the exclusion holds only while our
                // numbers are the reference's.
                XCTAssertEqual(try XCTUnwrap(result.baseline.equalizedOddsDifference), reference.baseline, accuracy: 1e-9, "\(dataset.name) \(method)")
                XCTAssertEqual(try XCTUnwrap(result.mitigated.equalizedOddsDifference), reference.mitigated, accuracy: 1e-9, "\(dataset.name) \(method)")
                continue
            }
            XCTAssertLessThan(try XCTUnwrap(result.mitigated.equalizedOddsDifference), try XCTUnwrap(result.baseline.equalizedOddsDifference),
                              "\(dataset.name) \(method): equalized odds difference")
        }
    }

    /// The statistical parity difference AIF360's reject option search bounds, of the decisions of
    /// the plain model `learn mitigate` trains on train.csv, on `file`'s rows: P(ŷ = 1 |
    /// unprivileged) − P(ŷ = 1 | privileged), ŷ = 1 when P(positive) > 0.5 (the search's
    /// threshold 0.5 with margin 0).
    private func plainDecisionParityDifference(_ folder: URL, on file: String, protected: String, privileged: String) throws -> Double {
        let train = TrainRequest(data: "train.csv", label: "y", protected: protected, unknownCategories: "ignore", out: "")
        let (settings, classifier) = try train.settings()
        var pipeline = Pipeline(settings: settings, classifier: classifier)
        try pipeline.fit(try CSVReader().read(contentsOf: folder.appendingPathComponent("train.csv")))
        let table = try CSVReader().read(contentsOf: folder.appendingPathComponent(file))
        let scores = try pipeline.predictProbability(table)
        let groups = try table.column(protected)
        var positives = [0.0, 0.0], counts = [0.0, 0.0]  // [unprivileged, privileged]
        for (row, score) in scores.enumerated() {
            let group = groups[row] == .category(privileged) ? 1 : 0
            counts[group] += 1
            positives[group] += score > 0.5 ? 1 : 0
        }
        return positives[0] / counts[0] - positives[1] / counts[1]
    }
}
