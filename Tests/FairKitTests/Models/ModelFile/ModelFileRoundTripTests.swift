import Foundation
import XCTest
@testable import FairKit

/// Every model kind saves and reloads to a model that predicts bit for bit what the original did.
final class ModelFileRoundTripTests: XCTestCase {
    func german() throws -> (table: Table, settings: Pipeline.Settings) {
        let german = try Dataset.germanCredit()
        return (german.table, Pipeline.Settings(dataset: german))
    }

    func classifiers() throws -> [(String, any Classifier)] {
        [("logistic", try LogisticRegression(penalty: .l2(c: 0.5))),
         ("tree", try DecisionTree(criterion: .entropy, maxDepth: 4, minSamplesLeaf: 3)),
         ("naive bayes", try GaussianNaiveBayes()),
         ("dummy", try DummyClassifier(strategy: .stratified(seed: 7)))]
    }

    func testEveryPipelineKindRoundTripsBitForBit() throws {
        let (table, settings) = try german()
        for (name, classifier) in try classifiers() {
            var pipeline = Pipeline(settings: settings, classifier: classifier)
            try pipeline.fit(table)
            let data = try pipeline.modelFileData()
            let reloaded = try Pipeline(modelFileData: data)
            XCTAssertEqual(try reloaded.predictProbability(table), try pipeline.predictProbability(table), name)
            XCTAssertEqual(reloaded.features, pipeline.features, name)
            XCTAssertEqual(reloaded.excludedColumns, pipeline.excludedColumns, name)
            XCTAssertEqual(reloaded.provenance, pipeline.provenance, name)
            XCTAssertEqual(reloaded.fitted?.encoder, pipeline.fitted?.encoder, name)
            XCTAssertEqual(reloaded.fitted?.imputer, pipeline.fitted?.imputer, name)
            XCTAssertEqual(try reloaded.modelFileData(), data, "\(name): saving the reloaded model writes the same file")
        }
    }

    func testEveryClassifierAndTheEncoderRoundTripAlone() throws {
        let (table, settings) = try german()
        var encoder = FeatureEncoder(columns: try XCTUnwrap({ if case .columns(let c) = settings.features { c } else { nil } }()),
                                     standardizeNumeric: true)
        let x = try encoder.fitTransform(table).matrix
        XCTAssertEqual(try FeatureEncoder(modelFileData: encoder.modelFileData()), encoder)
        let y = try Dataset.germanCredit().labels

        var logistic = try LogisticRegression()
        try logistic.fit(x, y)
        let logisticBack = try LogisticRegression(modelFileData: logistic.modelFileData())
        XCTAssertEqual(logisticBack.fitted, logistic.fitted)
        XCTAssertEqual(try logisticBack.predictProbability(x), try logistic.predictProbability(x))

        var tree = try DecisionTree(maxDepth: 6)
        try tree.fit(x, y)
        let treeBack = try DecisionTree(modelFileData: tree.modelFileData())
        XCTAssertEqual(treeBack.nodes, tree.nodes)
        XCTAssertEqual(try treeBack.predictProbability(x), try tree.predictProbability(x))

        var bayes = try GaussianNaiveBayes(priors: [0.4, 0.6])
        try bayes.fit(x, y)
        let bayesBack = try GaussianNaiveBayes(modelFileData: bayes.modelFileData())
        XCTAssertEqual(bayesBack.fitted, bayes.fitted)
        XCTAssertEqual(try bayesBack.predictProbability(x), try bayes.predictProbability(x))

        for strategy in [DummyClassifier.Strategy.prior, .mostFrequent, .constant(1), .stratified(seed: 3)] {
            var dummy = try DummyClassifier(strategy: strategy)
            try dummy.fit(x, y)
            let back = try DummyClassifier(modelFileData: dummy.modelFileData())
            XCTAssertEqual(back.strategy, strategy)
            XCTAssertEqual(try back.predictProbability(x), try dummy.predictProbability(x))
        }
    }

    /// Adult's pipeline keeps its fill values: rows with missing workclass predict the same after reloading.
    func testImputedPipelineRoundTripsAndSavesAtomically() throws {
        let table = try Table([
            .numeric("age", [20, nil, 40, 60, 30, 50]),
            .categorical("job", ["a", "b", nil, "b", "a", "a"]),
            .boolean("owner", [true, false, true, nil, false, true]),
            .numeric("y", [0, 1, 1, 0, 1, 0]),
        ])
        var pipeline = Pipeline(settings: .init(label: "y", standardizeNumeric: false), classifier: try LogisticRegression())
        try pipeline.fit(table)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try pipeline.save(to: url)
        let reloaded = try Pipeline(contentsOf: url)
        XCTAssertEqual(try reloaded.predictProbability(table), try pipeline.predictProbability(table))
        XCTAssertEqual(reloaded.fitted?.imputer?.fills, [.number(40), .category("a"), .flag(true)])
    }
}
