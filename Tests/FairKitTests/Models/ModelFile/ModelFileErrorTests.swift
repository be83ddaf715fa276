import Foundation
import XCTest
@testable import FairKit

/// A hand-written model file (docs/examples/handwritten-logistic.model.json, shown in
/// docs/model-files.md) predicts the probabilities computed by hand, and every kind of damaged
/// file is an error naming the field.
final class ModelFileErrorTests: XCTestCase {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/handwritten-logistic.model.json")

    func exampleObject() throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.example)) as? [String: Any])
    }

    /// z = 0.8 (age − 40)/10 + 0.5 (hours − 40)/10 − 1.2, p = 1/(1 + e^−z):
    /// (50, 40): z = 0.8 − 1.2 = −0.4, p = 0.401312339887548;
    /// (30, 60): z = −0.8 + 1.0 − 1.2 = −1, p = 0.2689414213699951;
    /// (40, 40): z = −1.2, p = 0.23147521650098238 (Python's math.exp).
    func testTheHandWrittenExamplePredictsTheHandComputedProbabilities() throws {
        let pipeline = try Pipeline(contentsOf: Self.example)
        let table = try Table([.numeric("age", [50, 30, 40]), .numeric("hours", [40, 60, 40])])
        let p = try pipeline.predictProbability(table)
        for (got, expected) in zip(p, [0.401312339887548, 0.2689414213699951, 0.23147521650098238]) {
            XCTAssertEqual(got, expected, accuracy: 1e-15)
        }
        XCTAssertEqual(pipeline.features.map(\.name), ["age", "hours"])
        XCTAssertEqual(pipeline.settings.missingValues, .error, "no missing_values section: missing values are refused")
        let docs = try String(contentsOf: Self.example.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("model-files.md"), encoding: .utf8)
        XCTAssertTrue(docs.contains(try String(contentsOf: Self.example, encoding: .utf8)), "docs/model-files.md shows the example file as it is")
    }

    func load(_ object: [String: Any]) throws -> Pipeline {
        try Pipeline(modelFileData: JSONSerialization.data(withJSONObject: object))
    }

    func assertError(_ expected: ModelFileError, _ change: (inout [String: Any]) -> Void, line: UInt = #line) throws {
        var object = try exampleObject()
        change(&object)
        XCTAssertThrowsError(try load(object), line: line) { error in
            XCTAssertEqual(error as? ModelFileError, expected, "\(error)", line: line)
        }
    }

    func testEveryBadFileIsAnErrorNamingTheField() throws {
        try assertError(.newerVersion(found: 2, supported: 1)) { $0["format_version"] = 2 }
        try assertError(.missingField("format_version")) { $0["format_version"] = nil }
        try assertError(.wrongKind(field: "kind", found: "logistic_regression", expected: ["pipeline"])) { $0["kind"] = "logistic_regression" }
        try assertError(.missingField("model.intercept")) { o in
            var model = o["model"] as! [String: Any]
            model["intercept"] = nil
            o["model"] = model
        }
        try assertError(.missingField("encoder.columns[1].name")) { o in
            var encoder = o["encoder"] as! [String: Any]
            encoder["columns"] = [["name": "age", "type": "numeric", "mean": 40, "std": 10], ["type": "numeric"]]
            o["encoder"] = encoder
        }
        try assertError(.featureCountMismatch(field: "model.coefficients", expected: 2, got: 3, features: ["age", "hours"])) { o in
            var model = o["model"] as! [String: Any]
            model["coefficients"] = [0.8, 0.5, 0.1]
            o["model"] = model
        }
        try assertError(.wrongType(field: "model.coefficients", expected: "an array")) { o in
            var model = o["model"] as! [String: Any]
            model["coefficients"] = "0.8, 0.5"
            o["model"] = model
        }
        try assertError(.wrongKind(field: "model.kind", found: "svm", expected: ["logistic_regression", "decision_tree", "gaussian_naive_bayes", "dummy_classifier"])) { o in
            var model = o["model"] as! [String: Any]
            model["kind"] = "svm"
            o["model"] = model
        }
        try assertError(.missingField("encoder.columns[0].std")) { o in
            var encoder = o["encoder"] as! [String: Any]
            encoder["columns"] = [["name": "age", "type": "numeric", "mean": 40], ["name": "hours", "type": "numeric", "mean": 40, "std": 10]]
            o["encoder"] = encoder
        }
        try assertError(.missingField("missing_values.fill.hours")) { $0["missing_values"] = ["policy": "impute", "fill": ["age": 40]] }
        try assertError(.missingField("label")) { $0["label"] = nil }
    }

    func testTruncatedAndEmptyFilesAreNotJSON() throws {
        let data = try Data(contentsOf: Self.example)
        for cut in [data.prefix(data.count / 2), data.prefix(0), Data("not json".utf8)] {
            XCTAssertThrowsError(try Pipeline(modelFileData: cut)) { error in
                guard case .notJSON? = error as? ModelFileError else { return XCTFail("\(error)") }
                XCTAssertTrue("\(error)".contains("may be truncated"))
            }
        }
    }

    /// A tree whose child points outside the node list is refused (it could loop or crash).
    func testATreeWithABadChildIsRefused() throws {
        var tree = try DecisionTree(maxDepth: 1)
        try tree.fit(Matrix(rows: [[0], [1]]), [0, 1])
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: tree.modelFileData()) as? [String: Any])
        var nodes = try XCTUnwrap(object["nodes"] as? [[String: Any]])
        nodes[0]["left"] = 9
        object["nodes"] = nodes
        XCTAssertThrowsError(try DecisionTree(modelFileData: JSONSerialization.data(withJSONObject: object))) { error in
            guard case .invalidValue(let field, _)? = error as? ModelFileError else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "nodes[0].left")
        }
    }
}
