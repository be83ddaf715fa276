import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn whatif`'s request: a page from a model file and a CSV file, a seeded sample with
/// `--rows`, and each problem a usage error or bad input naming the option or file.
final class WhatIfRequestTests: XCTestCase {
    var folder: URL!

    /// Eight applicants: age, job, sex, approved.
    let applicants = """
        age,job,sex,approved
        20,clerk,F,no
        30,nurse,M,yes
        40,clerk,F,yes
        50,nurse,M,no
        60,nurse,F,yes
        35,clerk,M,yes
        25,clerk,F,no
        45,nurse,M,yes

        """

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-request-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(applicants.utf8).write(to: folder.appendingPathComponent("applicants.csv"))
        _ = try TrainRequest(data: "applicants.csv", label: "approved", positive: "yes", protected: "sex", model: "tree", out: "tree.json")
            .run(currentDirectory: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func page(_ change: (inout WhatIfRequest) -> Void = { _ in }) throws -> WhatIfRequest.Result {
        var request = WhatIfRequest(model: "tree.json", data: "applicants.csv", protected: "sex")
        change(&request)
        return try request.run(currentDirectory: folder)
    }

    func failure(_ body: () throws -> Void) -> RequestFailure? {
        do { try body() } catch let error as RequestFailure { return error } catch { XCTFail("\(error)") }
        return nil
    }

    func testThePageHoldsEveryRowOrASeededSample() throws {
        let all = try page()
        XCTAssertEqual(all.rows, 8)
        XCTAssertEqual(all.dataRows, 8)
        XCTAssertEqual(all.modelKind, "decision_tree")
        XCTAssertEqual(all.attribution, "saabas")
        XCTAssertTrue(all.html.contains("<title>What if: applicants.csv</title>"))
        let sample = try page { $0.rows = "3"; $0.seed = "5" }
        XCTAssertEqual(sample.rows, 3)
        // The embedded row positions are the seeded sample's.
        let positions = WhatIfPage.sample(count: 3, of: 8, seed: 5).map(String.init).joined(separator: ",")
        XCTAssertTrue(sample.html.contains("\"rows\":[\(positions)]"), positions)
    }

    func testBadOptionsAreUsageErrorsAndBadFilesBadInput() throws {
        XCTAssertEqual(failure { _ = try self.page { $0.rows = "0" } }?.kind, .usage)
        XCTAssertEqual(failure { _ = try self.page { $0.seed = "-1" } }?.kind, .usage)
        XCTAssertEqual(failure { _ = try self.page { $0.protected = " , " } }?.kind, .usage)
        let missing = failure { _ = try self.page { $0.protected = "race" } }
        XCTAssertEqual(missing?.kind, .badInput)
        XCTAssertEqual(missing?.description, "applicants.csv: the protected column 'race' is not in the data")
        try Data("age,job,sex\n20,clerk,F\n".utf8).write(to: folder.appendingPathComponent("unlabelled.csv"))
        let unlabelled = failure { _ = try self.page { $0.data = "unlabelled.csv" } }
        XCTAssertEqual(unlabelled?.kind, .badInput)
        XCTAssertTrue(unlabelled?.description.hasPrefix("unlabelled.csv: ") ?? false, unlabelled?.description ?? "")
    }

    func testADummyClassifierIsRefusedNamingTheModelFile() throws {
        let table = try CSVReader().read(data: Data(applicants.utf8), source: "applicants.csv")
        var pipeline = Pipeline(settings: .init(label: "approved", positive: "yes", protected: ["sex"]), classifier: try DummyClassifier())
        try pipeline.fit(table)
        try pipeline.save(to: folder.appendingPathComponent("dummy.json"))
        let error = failure { _ = try self.page { $0.model = "dummy.json" } }
        XCTAssertEqual(error?.kind, .badInput)
        XCTAssertTrue(error?.description.hasPrefix("dummy.json: the what-if page supports logistic regression, decision tree and Gaussian naive Bayes") ?? false,
                      error?.description ?? "")
    }
}
