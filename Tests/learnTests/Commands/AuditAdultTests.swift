import FairKit
import Foundation
import XCTest

/// `learn audit` end to end on Adult-sized data: FairKit's logistic regression, fitted on Adult's
/// numeric attributes, predicts all 48,842 rows; the predictions go to a CSV with the label and
/// the protected columns, and the binary audits that file. Expected values are counted here from
/// the same arrays, independently of the audit.
final class AuditAdultTests: XCTestCase {
    func testALogisticRegressionOnAdultAuditedFromItsCSV() throws {
        let adult = try Dataset.adult()
        // Numeric attributes only: they have no missing values, so every row is predicted.
        var encoder = FeatureEncoder(columns: ["age", "education-num", "capital-gain", "capital-loss", "hours-per-week"],
                                     standardizeNumeric: true)
        let features = try encoder.fitTransform(adult.table)
        var model = try LogisticRegression()
        try model.fit(features.matrix, adult.labels, sampleWeight: nil)
        let scores = try model.predictProbability(features.matrix)
        let predictions = scores.map { $0 >= 0.5 ? 1 : 0 }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-audit-adult-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try adult.table.selecting(["sex", "race", "income-per-year"])
            .adding(.numeric("predicted", predictions.map(Double.init))).adding(.numeric("score", scores))
        try CSVWriter().write(table, to: folder.appendingPathComponent("adult-predictions.csv"))

        let run = try LearnRun.run(["audit", "--data", "adult-predictions.csv", "--label", "income-per-year", "--positive", ">50K",
                                    "--prediction", "predicted", "--protected", "sex,race", "--privileged", "sex=Male,race=White",
                                    "--format", "json"], in: folder)
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let audit = try XCTUnwrap(try jsonObject(run)["audit"] as? [String: Any])
        XCTAssertEqual(audit["row_count"] as? Int, 48842)
        let sections = try XCTUnwrap(audit["sections"] as? [[String: Any]])
        XCTAssertEqual(sections.map { $0["attributes"] as? [String] ?? [] }, [["sex"], ["race"], ["sex", "race"]])

        // Group sizes (Adult's published 16,192 women and 32,650 men) and selection rates, counted here.
        let sex = try XCTUnwrap(sections[0]["groups"] as? [[String: Any]])
        let sexColumn = try adult.table.column("sex")
        for group in sex {
            let value = try XCTUnwrap((group["values"] as? [String: String])?["sex"])
            let rows = (0..<adult.table.rowCount).filter { sexColumn[$0] == .category(value) }
            XCTAssertEqual(group["rows"] as? Int, rows.count)
            let selected = Double(rows.filter { predictions[$0] == 1 }.count) / Double(rows.count)
            let reported = try XCTUnwrap(((group["metrics"] as? [String: Any])?["selection_rate"] as? [String: Double])?["value"])
            XCTAssertEqual(reported, selected, accuracy: 1e-12, value)
        }
        XCTAssertEqual(sex.map { $0["rows"] as? Int }, [16192, 32650])

        // The model selects women far less often than men: the selection-rate disparity is flagged,
        // women at a disadvantage.
        let flags = try XCTUnwrap(audit["flags"] as? [[String: Any]])
        let women = try XCTUnwrap(flags.first { $0["metric_id"] as? String == "selection_rate" && $0["group"] as? String == "sex=Female" })
        XCTAssertEqual(women["disadvantaged"] as? String, "sex=Female")
        XCTAssertLessThan(try XCTUnwrap(women["disparity"] as? Double), 0.8)
    }
}
