import FairKit
import Foundation
import XCTest
@testable import Workbench

/// Counterfactual values print with their column's precision in text and Markdown, and as
/// computed in JSON: a change is a quantile of the 30 rows moved back towards the row in steps of
/// the column's precision in standardised units, so 0.01 / σ or 1 / σ, which come back from the
/// standardisation with binary noise (18.430000000000003) that only JSON keeps.
final class ExplainRequestValuePrecisionTests: XCTestCase {
    /// amount = 1.25 i + 0.5 (0.5, 1.75, 3, ...: at most two decimals), count = 3 i + (i mod 2)
    /// (whole numbers), approved when i ≥ 15 except rows 14 and 16 (so the classes overlap): both
    /// columns rise with i, so either alone can flip a declined row.
    static var csv: String {
        let rows = (0..<30).map { i in
            let approved = (i >= 15) != (i == 14 || i == 16)
            return "\(1.25 * Double(i) + 0.5),\(3 * i + i % 2),\(approved ? "yes" : "no")"
        }
        return (["amount,count,approved"] + rows).joined(separator: "\n") + "\n"
    }

    func testCounterfactualValuesShowTheColumnsPrecisionAndJSONKeepsThemExact() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-precision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.csv.utf8).write(to: folder.appendingPathComponent("rows.csv"))
        _ = try TrainRequest(data: "rows.csv", label: "approved", positive: "yes", out: "model.json").run(currentDirectory: folder)
        // Each column changed alone: the other kept fixed.
        for (fixed, changed) in [("count", "amount"), ("amount", "count")] {
            let result = try ExplainRequest(model: "model.json", data: "rows.csv", rows: "0-3", method: "counterfactual", immutable: fixed)
                .run(currentDirectory: folder)
            // 1.75 has two decimals and no value more; the counts are whole.
            XCTAssertEqual(result.decimals, ["amount": 2, "count": 0])
            let text = result.text()
            let markdown = try result.report().report.document.markdown()
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try result.json().utf8)) as? [String: Any])
            var changes = 0
            for row in try XCTUnwrap(json["rows"] as? [[String: Any]]) {
                for option in try XCTUnwrap(row["options"] as? [[String: Any]]) {
                    for change in try XCTUnwrap(option["changes"] as? [[String: String]]) {
                        XCTAssertEqual(change["column"], changed)
                        let exact = try XCTUnwrap(change["to"].flatMap(Double.init))
                        let shown = String(format: changed == "amount" ? "%.2f" : "%.0f", exact)
                        XCTAssertTrue(text.contains("\(changed): ") && text.contains("-> \(shown)  "), "\(exact) not shown as \(shown):\n\(text)")
                        XCTAssertTrue(markdown.contains("→ \(shown)"), "\(shown) not in the Markdown")
                        changes += 1
                    }
                }
            }
            XCTAssertGreaterThan(changes, 0, text)
            XCTAssertFalse(text.contains("00000"), text)
        }
    }

    func testDecimalPlacesOfAColumn() {
        XCTAssertEqual(DecimalPlaces.of([1, 2, 3]), 0)
        XCTAssertEqual(DecimalPlaces.of([1.5, 2.25, 3]), 2)
        XCTAssertEqual(DecimalPlaces.of([1e-5, .nan]), 5)   // "1e-05": five decimals; NaN has none
        XCTAssertEqual(DecimalPlaces.format(708.9500000000003, decimals: 0), "709")
        XCTAssertEqual(DecimalPlaces.format(14.637499999999999, decimals: 2), "14.64")
        XCTAssertEqual(DecimalPlaces.format(-0.001, decimals: 2), "0.00")
        XCTAssertEqual(DecimalPlaces.format(3, decimals: 2), "3.00")
    }
}
