import FairKit
import Foundation
import XCTest

/// German Credit's one-hot design of docs/fairkit-models.md (the setup GermanCreditLogisticTests
/// compares with scikit-learn: `FeatureEncoder(columns: german.featureColumns)`, raw numeric
/// columns, C = 1), written as a CSV of the already-encoded columns and trained through
/// `learn train --no-standardize`, reaches the optimum the library call reaches.
final class TrainEncodedDesignTests: XCTestCase {
    func testLearnTrainOnTheEncodedDesignReachesTheLibraryOptimum() throws {
        let german = try Dataset.germanCredit()
        var encoder = FeatureEncoder(columns: german.featureColumns)
        let design = try encoder.fitTransform(german.table)
        var library = try LogisticRegression(penalty: .l2(c: 1))
        try library.fit(design.matrix, german.labels)
        let optimum = try XCTUnwrap(library.fitted)

        var columns = design.featureNames.enumerated().map { j, name in Column.numeric(name, (0..<1000).map { design.matrix[$0, j] }) }
        columns.append(.numeric("credit", german.labels.map(Double.init)))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("learn-design-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try CSVWriter().write(try Table(columns), to: folder.appendingPathComponent("design.csv"))

        let run = try LearnRun.run(["train", "--data", "design.csv", "--label", "credit", "--no-standardize", "--out", "design.model.json"],
                                   in: folder)
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let pipeline = try Pipeline(contentsOf: folder.appendingPathComponent("design.model.json"))
        XCTAssertEqual(pipeline.features.map(\.name), design.featureNames, "the CSV's columns, in order, as the features")
        let fitted = try XCTUnwrap((pipeline.classifier as? LogisticRegression)?.fitted)
        XCTAssertEqual(fitted.coefficients.count, 59)
        for (j, (got, want)) in zip(fitted.coefficients, optimum.coefficients).enumerated() {
            XCTAssertEqual(got, want, accuracy: 1e-8, design.featureNames[j])
        }
        XCTAssertEqual(fitted.intercept, optimum.intercept, accuracy: 1e-8)
    }
}
