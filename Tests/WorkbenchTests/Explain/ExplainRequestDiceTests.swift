import FairKit
import Foundation
import XCTest
@testable import Workbench

/// Counterfactual distances against DiCE's definition: on German Credit, each numeric change
/// costs |c − x| / MAD with DiCE's MADs (scripts/reference/explain_dice_mad.py), averaged over the
/// model's 20 source columns.
final class ExplainRequestDiceTests: XCTestCase {
    // scripts/reference/explain_dice_mad.py (dice-ml 0.12, all 1,000 rows)
    static let mads: [String: Double] = ["month": 6.0, "credit_amount": 1097.5, "investment_as_income_percentage": 1.0,
                                         "residence_since": 1.0, "age": 7.0, "number_of_credits": 1.0, "people_liable_for": 1.0]

    func testNumericChangesCostDiCEsMADScaledDistance() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-dice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try CSVWriter().write(try Dataset.germanCredit().table, to: folder.appendingPathComponent("german.csv"))
        _ = try TrainRequest(data: "german.csv", label: "credit", positive: "good", exclude: "sex,age_group", out: "model.json")
            .run(currentDirectory: folder)
        let result = try ExplainRequest(model: "model.json", data: "german.csv", rows: "1", method: "counterfactual",
                                        immutable: "age,personal_status,foreign_worker").run(currentDirectory: folder)
        guard case let .counterfactual(found, readable) = try XCTUnwrap(result.rows.first) else { return XCTFail("not a counterfactual") }
        var checked = 0
        // The readable changes: values in the file's units, unrounded.
        for (option, changes) in zip(found.options, readable) where changes.count == 1 {
            let change = changes[0]
            guard let mad = Self.mads[change.column], let from = Double(change.from), let to = Double(change.to) else { continue }
            XCTAssertEqual(option.distance, abs(to - from) / mad / 20, accuracy: 1e-12, change.column)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "no single numeric change among \(found.options.map(\.changes))")
    }
}
