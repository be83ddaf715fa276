import FairKit
import Foundation
import XCTest

/// `learn train`, then `learn predict`, then `learn audit`, through the built binary on German
/// Credit, and the bad model files and data files a user meets on the way. Expected values come
/// from FairKit's library calls on the same rows and from German Credit's published group sizes.
final class TrainPredictAuditTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CSVWriter().write(try Dataset.germanCredit().table, to: folder.appendingPathComponent("german.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func learn(_ arguments: String...) throws -> LearnRun { try LearnRun.run(arguments, in: folder) }

    func testTrainThenPredictThenAuditGermanCredit() throws {
        let train = try learn("train", "--data", "german.csv", "--label", "credit", "--positive", "good",
                              "--protected", "sex,age_group", "--test-fraction", "0.3", "--seed", "42",
                              "--out", "german.model.json", "--format", "json")
        XCTAssertEqual(train.exitCode, 0, train.stderr)
        let summary = try jsonObject(train)
        XCTAssertEqual(summary["rows"] as? Int, 1000)
        XCTAssertEqual(summary["train_rows"] as? Int, 700)
        XCTAssertEqual(summary["test_rows"] as? Int, 300)
        XCTAssertEqual((summary["features"] as? [String])?.count, 59, "9 pass-through columns and 50 indicators")
        XCTAssertEqual((summary["excluded"] as? [[String: String]])?.map { $0["column"] ?? "" }, ["credit", "sex", "age_group"])
        XCTAssertNotNil(summary["test_auc"] as? Double)

        // The model file holds what the library fits on the same 700 rows (the same seeded, stratified split).
        let german = try Dataset.germanCredit()
        let split = try DataSplit.trainTest(rowCount: 1000, testSize: .fraction(0.3), seed: 42, stratifyBy: german.labels)
        var library = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex", "age_group"]),
                               classifier: try LogisticRegression())
        try library.fit(german.table.selectingRows(split.train))
        let saved = try Pipeline(contentsOf: folder.appendingPathComponent("german.model.json"))
        XCTAssertEqual((saved.classifier as? LogisticRegression)?.fitted?.coefficients,
                       (library.classifier as? LogisticRegression)?.fitted?.coefficients)
        XCTAssertEqual(saved.provenance?.trainingDataSHA256,
                       SHA256.hexDigest(of: try Data(contentsOf: folder.appendingPathComponent("german.csv"))))
        XCTAssertEqual(saved.provenance?.trainingRows, 700)

        let predict = try learn("predict", "--model", "german.model.json", "--data", "german.csv", "--out", "scored.csv")
        XCTAssertEqual(predict.exitCode, 0, predict.stderr)
        let scored = try CSVReader().read(contentsOf: folder.appendingPathComponent("scored.csv"))
        XCTAssertEqual(scored.columnNames, german.table.columnNames + ["score", "prediction"])
        let scores = try XCTUnwrap(scored.column("score").numbers).map { $0 ?? -1 }
        let expected = try library.predictProbability(german.table)
        for (got, want) in zip(scores, expected) { XCTAssertEqual(got, want, accuracy: 1e-15) }
        XCTAssertEqual(try XCTUnwrap(scored.column("prediction").numbers).map { $0 ?? -1 }, expected.map { $0 > 0.5 ? 1 : 0 })

        let audit = try learn("audit", "--data", "scored.csv", "--label", "credit", "--positive", "good", "--prediction", "prediction",
                              "--protected", "sex", "--privileged", "sex=male", "--format", "json")
        XCTAssertEqual(audit.exitCode, 0, audit.stderr)
        let report = try XCTUnwrap(try jsonObject(audit)["audit"] as? [String: Any])
        XCTAssertEqual(report["row_count"] as? Int, 1000)
        let groups = try XCTUnwrap((report["sections"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]])
        XCTAssertEqual(Set(groups.compactMap { $0["rows"] as? Int }), [690, 310], "German Credit's 690 men and 310 women")
        let sex = try german.table.column("sex")
        for group in groups {
            let value = try XCTUnwrap((group["values"] as? [String: String])?["sex"])
            let rows = (0..<1000).filter { sex[$0] == .category(value) }
            let selected = Double(rows.filter { expected[$0] > 0.5 }.count) / Double(rows.count)
            let reported = ((group["metrics"] as? [String: Any])?["selection_rate"] as? [String: Double])?["value"]
            XCTAssertEqual(try XCTUnwrap(reported), selected, accuracy: 1e-12, value)
        }
    }

    func testBadModelAndDataFilesAreErrorsNamingTheProblem() throws {
        XCTAssertEqual(try learn("train", "--data", "german.csv", "--label", "credit", "--positive", "good", "--out", "m.json").exitCode, 0)
        let model = try Data(contentsOf: folder.appendingPathComponent("m.json"))

        try model.prefix(model.count / 3).write(to: folder.appendingPathComponent("cut.json"))
        let truncated = try learn("predict", "--model", "cut.json", "--data", "german.csv")
        XCTAssertEqual(truncated.exitCode, 65)
        XCTAssertTrue(truncated.stderr.contains("cut.json: the model file is not complete JSON"), truncated.stderr)

        let table = try Dataset.germanCredit().table
        try CSVWriter().write(try table.dropping(["purpose"]), to: folder.appendingPathComponent("no-purpose.csv"))
        let missing = try learn("predict", "--model", "m.json", "--data", "no-purpose.csv")
        XCTAssertEqual(missing.exitCode, 65)
        XCTAssertTrue(missing.stderr.contains("the model needs the column 'purpose'"), missing.stderr)

        var codes = try XCTUnwrap({ if case .categorical(let v) = try table.column("purpose").values { v } else { nil } }())
        codes = CategoricalValues(codes: codes.codes, levels: codes.levels.map { $0 == "business" ? "crypto" : $0 })
        try CSVWriter().write(try table.adding(Column(name: "purpose", values: .categorical(codes))), to: folder.appendingPathComponent("new.csv"))
        let unknown = try learn("predict", "--model", "m.json", "--data", "new.csv")
        XCTAssertEqual(unknown.exitCode, 65)
        XCTAssertTrue(unknown.stderr.contains("column 'purpose' holds 'crypto' at row"), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("--unknown-categories ignore"), unknown.stderr)

        let usage = try learn("train", "--data", "german.csv", "--label", "credit", "--model", "svm", "--out", "x.json")
        XCTAssertEqual(usage.exitCode, 64)
        XCTAssertTrue(usage.stderr.contains("--model: 'svm' is not one of logistic, tree, naive-bayes"), usage.stderr)
        let label = try learn("train", "--data", "german.csv", "--label", "credit", "--out", "x.json")
        XCTAssertEqual(label.exitCode, 65)
        XCTAssertTrue(label.stderr.contains("name the positive value of 'credit'"), label.stderr)
    }
}
