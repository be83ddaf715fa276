import Foundation
import XCTest
@testable import FairKit

/// A `mitigated_pipeline` saved and loaded predicts bit for bit what the saved one did (German
/// Credit rows 0..699 to fit, all 1000 rows to predict, protected age_group).
final class MitigatedPipelineModelFileTests: XCTestCase {
    func roundTrip(_ model: MitigatedPipeline, _ table: Table, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try model.modelFileData()
        let reloaded = try MitigatedPipeline(modelFileData: data)
        XCTAssertEqual(try reloaded.predictProbability(table), try model.predictProbability(table), file: file, line: line)
        XCTAssertEqual(try reloaded.predict(table), try model.predict(table), file: file, line: line)
        XCTAssertEqual(try reloaded.modelFileData(), data, file: file, line: line)
    }

    func testPostprocessorsAndReductionsRoundTripBitForBit() throws {
        let german = try Dataset.germanCredit()
        let train = german.table.selectingRows(Array(0..<700))
        var pipeline = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex", "age_group"]), classifier: try LogisticRegression())
        try pipeline.fit(train)
        let x = try pipeline.encode(train).matrix, y = Array(german.labels[0..<700]), scores = try pipeline.predictProbability(train)
        let age = SensitiveFeature(try train.column("age_group"))

        var optimizer = try ThresholdOptimizer(constraint: .equalizedOdds, seed: 3)
        try optimizer.fit(scores: scores, labels: y, sensitive: age)
        try roundTrip(MitigatedPipeline(pipeline: pipeline, protectedColumn: "age_group", mitigation: .thresholdOptimizer(optimizer)), german.table)

        let privileged = SensitiveFeature(try train.column("age_group")).levels.filter { $0 != SensitiveFeature.missingLevel }.prefix(1).map { $0 }
        var eqOdds = EqualizedOddsPostprocessing(privilegedValues: privileged, seed: 5)
        try eqOdds.fit(scores: scores, labels: y, sensitive: age)
        try roundTrip(MitigatedPipeline(pipeline: pipeline, protectedColumn: "age_group", mitigation: .equalizedOdds(eqOdds)), german.table)

        var calibrated = CalibratedEqualizedOdds(privilegedValues: privileged)
        try calibrated.fit(scores: scores, labels: y, sensitive: age)
        try roundTrip(MitigatedPipeline(pipeline: pipeline, protectedColumn: "age_group", mitigation: .calibratedEqualizedOdds(calibrated)), german.table)

        var reject = try RejectOptionClassification(privilegedValues: privileged)
        try reject.fit(scores: scores, labels: y, sensitive: age)
        try roundTrip(MitigatedPipeline(pipeline: pipeline, protectedColumn: "age_group", mitigation: .rejectOption(reject)), german.table)

        var eg = try ExponentiatedGradient(base: try LogisticRegression(), eps: 0.01, seed: 11)
        try eg.fit(x, y, sensitive: age)
        let fitted = try XCTUnwrap(eg.fitted)
        let mixture = MitigatedPipeline(pipeline: pipeline, protectedColumn: "age_group",
                                        mitigation: .mixture(method: "exponentiated_gradient", predictors: fitted.predictors.map(MitigatedPipeline.MixturePredictor.init),
                                                             weights: fitted.weights, seed: 11))
        try roundTrip(mixture, german.table)
        // The mixture computes exactly what ExponentiatedGradient does on the same features.
        XCTAssertEqual(try mixture.predictProbability(german.table), try eg.predictProbability(try pipeline.encode(german.table).matrix))
    }

    func testAMethodThisFairKitDoesNotKnowIsAnErrorNamingTheField() throws {
        var optimizer = try ThresholdOptimizer()
        let german = try Dataset.germanCredit()
        var pipeline = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex", "age_group"]), classifier: try LogisticRegression())
        try pipeline.fit(german.table)
        try optimizer.fit(scores: try pipeline.predictProbability(german.table), labels: german.labels, sensitive: SensitiveFeature(try german.table.column("age_group")))
        let text = String(decoding: try MitigatedPipeline(pipeline: pipeline, protectedColumn: "age_group", mitigation: .thresholdOptimizer(optimizer)).modelFileData(),
                          as: UTF8.self).replacingOccurrences(of: "\"threshold_optimizer\"", with: "\"magic\"")
        XCTAssertThrowsError(try MitigatedPipeline(modelFileData: Data(text.utf8))) { error in
            XCTAssertTrue("\(error)".contains("mitigation.method"), "\(error)")
        }
    }
}
