import Foundation
import XCTest
@testable import FairKit

/// A scikit-learn model written as a model file the way docs/model-files.md says (scaler.mean_,
/// scaler.scale_, coef_[0], intercept_[0] copied with repr()), loaded here, predicts what
/// scikit-learn's predict_proba gives. File and probabilities: scripts/reference/models_handwritten.py
/// (scikit-learn 1.9.1: StandardScaler + LogisticRegression(C=1) on German Credit's month,
/// credit_amount and age).
final class ModelFileScikitLearnTests: XCTestCase {
    static let modelFile = #"""
        {"format_version": 1, "kind": "pipeline", "label": {"column": "credit", "positive": "good", "negative": "bad"}, "encoder": {"kind": "feature_encoder", "standardize": true, "columns": [{"name": "month", "type": "numeric", "mean": 20.903, "std": 12.052783537424043}, {"name": "credit_amount", "type": "numeric", "mean": 3271.258, "std": 2821.3251545038192}, {"name": "age", "type": "numeric", "mean": 35.546, "std": 11.36977941738537}]}, "model": {"kind": "logistic_regression", "hyperparameters": {"penalty": "l2", "C": 1.0}, "coefficients": [-0.3967219491812276, -0.0833785579587753, 0.2117183835661143], "intercept": 0.8916070399676769}}
        """#

    static let scikitLearnProbabilities: [Double] = [0.8839092950064769, 0.41781792759148434, 0.8130443157390701, 0.5589679236931372, 0.744108646135745, 0.5531953217357277, 0.755390986778589, 0.568530399644821]

    func testAScikitLearnModelWrittenByHandPredictsItsProbabilities() throws {
        let pipeline = try Pipeline(modelFileData: Data(Self.modelFile.utf8))
        let german = try Dataset.germanCredit()
        let rows = german.table.selectingRows(Array(0..<8))
        let p = try pipeline.predictProbability(rows)
        for (got, expected) in zip(p, Self.scikitLearnProbabilities) {
            XCTAssertEqual(got, expected, accuracy: 1e-12)
        }
        XCTAssertEqual(try pipeline.labels(rows), german.labels.prefix(8).map { $0 }, "positive 'good' reads German's labels")
    }
}
