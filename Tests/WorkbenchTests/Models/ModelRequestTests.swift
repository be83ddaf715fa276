import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn train`'s and `learn predict`'s requests: options read into pipeline settings, each
/// wrong option a usage error naming it, and predictions with the warnings a user needs.
final class ModelRequestTests: XCTestCase {
    var folder: URL!

    /// Six applicants: age (one missing), job (one missing), sex, approved.
    let applicants = """
        age,job,sex,approved
        20,clerk,F,no
        30,,M,yes
        ,clerk,F,yes
        50,nurse,M,no
        60,nurse,F,yes
        35,clerk,M,yes

        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("model-request-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(applicants.utf8).write(to: folder.appendingPathComponent("applicants.csv"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func train(_ change: (inout TrainRequest) -> Void = { _ in }) throws -> TrainResult {
        var request = TrainRequest(data: "applicants.csv", label: "approved", positive: "yes", protected: "sex", out: "model.json")
        change(&request)
        return try request.run(currentDirectory: folder)
    }

    func testOptionsBecomeSettingsAndBadOnesAreUsageErrors() throws {
        let result = try train { $0.model = "tree"; $0.maxDepth = "2" }
        XCTAssertTrue(result.pipeline.classifier is DecisionTree)
        XCTAssertEqual(result.pipeline.featureColumns, ["age", "job"])
        XCTAssertEqual(result.pipeline.fitted?.training.imputed.map(\.column), ["age", "job"])
        XCTAssertEqual(result.summaryLines().first, "Trained tree on applicants.csv (6 rows: 6 training rows): 3 features from 2 columns.")

        let cases: [(String, (inout TrainRequest) -> Void)] = [
            ("--model: 'svm' is not one of logistic, tree, naive-bayes", { $0.model = "svm" }),
            ("--c: 'strong' is not a number > 0, such as 1.0", { $0.c = "strong" }),
            ("--c: C = 0.0 is not allowed", { $0.c = "0" }),
            ("--max-depth: applies to --model tree only", { $0.maxDepth = "3" }),
            ("--exclude: give either --features or --exclude, not both", { $0.features = "age"; $0.exclude = "job" }),
            ("--missing: 'mean' is not impute, drop-rows or error", { $0.missing = "mean" }),
            ("--test-fraction: 1.5 is not in (0, 1)", { $0.testFraction = "1.5" }),
            ("--seed: applies with --test-fraction only", { $0.seed = "4" }),
        ]
        for (message, change) in cases {
            let error = failure { try self.train(change) }
            XCTAssertEqual(error?.kind, .usage, message)
            XCTAssertTrue(error?.description.hasPrefix(message) ?? false, "\(error?.description ?? "no error") vs \(message)")
        }
    }

    func testDataProblemsNameTheFileAndTheFix() throws {
        let refused = failure { try self.train { $0.missing = "error" } }
        XCTAssertEqual(refused?.kind, .badInput)
        XCTAssertEqual(refused?.description, "applicants.csv: column 'age' is missing a value at row 3; drop such rows (table.droppingMissing(in:)) "
                       + "or fill them in before encoding (--missing impute fills missing values; --missing drop-rows leaves such rows out)")
        let unknownColumn = failure { try self.train { $0.protected = "gender" } }
        XCTAssertTrue(unknownColumn?.description.hasPrefix("applicants.csv: no column named 'gender'") ?? false, "\(unknownColumn?.description ?? "")")
        let noFile = failure { try self.train { $0.data = "nowhere.csv" } }
        XCTAssertEqual(noFile?.description, "nowhere.csv: cannot read the file (no such file)")
    }

    /// Dropping rows: rows 2 and 3 miss a value, so 4 rows train; the summary says so.
    func testDroppedRowsAreCounted() throws {
        let result = try train { $0.missing = "drop-rows"; $0.model = "naive-bayes" }
        XCTAssertEqual(result.pipeline.fitted?.training.rowsDropped, 2)
        XCTAssertEqual(result.train.rows, 4)
        XCTAssertTrue(result.summaryLines()[0].contains("2 left out for a missing value"), result.summaryLines()[0])
    }

    func testPredictAddsScoreAndPredictionAndWarnsAboutFilledValues() throws {
        _ = try train { $0.unknownCategories = "ignore" }
        let newcomers = "age,job\n40,clerk\n,pilot\n"
        try Data(newcomers.utf8).write(to: folder.appendingPathComponent("new.csv"))
        let result = try PredictRequest(model: "model.json", data: "new.csv", threshold: "0.3").run(currentDirectory: folder)
        XCTAssertEqual(result.table.columnNames, ["age", "job", "score", "prediction"])
        XCTAssertEqual(result.warnings, [
            "new.csv: 1 missing value in 'age' filled with the training value 39",   // (20 + 30 + 50 + 60 + 35) / 5
            "new.csv: 1 row of 'job' holds a category not seen in training, encoded as all indicators 0",
        ])
        let pipeline = try Pipeline(contentsOf: folder.appendingPathComponent("model.json"))
        let expected = try pipeline.predictProbability(try Table([.numeric("age", [40, 39]), .categorical("job", ["clerk", "pilot"])]))
        XCTAssertEqual(result.scores, expected)
        XCTAssertEqual(try result.table.column("prediction").numbers, expected.map { $0 > 0.3 ? 1 : 0 })

        let badThreshold = failure { try PredictRequest(model: "model.json", data: "new.csv", threshold: "2").run(currentDirectory: self.folder) }
        XCTAssertEqual(badThreshold?.kind, .usage)
    }

    func testPredictNeedsAPipelineFile() throws {
        var model = try LogisticRegression()
        try model.fit(Matrix(rows: [[0], [1], [2], [3]]), [0, 1, 0, 1])
        try model.save(to: folder.appendingPathComponent("lr.json"))
        try Data("age\n1\n".utf8).write(to: folder.appendingPathComponent("x.csv"))
        let error = failure { try PredictRequest(model: "lr.json", data: "x.csv").run(currentDirectory: self.folder) }
        XCTAssertEqual(error?.kind, .badInput)
        XCTAssertTrue(error?.description.hasPrefix("lr.json: kind is 'logistic_regression', but a pipeline or mitigated_pipeline model file is needed here") ?? false,
                      error?.description ?? "no error")
    }
}
