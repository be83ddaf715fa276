import FairKit
import Foundation

/// `benchmarks explain`'s black-box rows: Kernel SHAP on models that are not a logistic
/// regression, so FairKit has no closed form for the coalitions and must call the model (as shap
/// does), next to shap's KernelExplainer calling the same model (scripts/bench/explain_blackbox.py
/// evaluates FairKit's model file in numpy and checks its probabilities equal FairKit's to 1e-12).
///
/// For each model (a depth-8 tree and Gaussian naive Bayes, fitted on the whole design):
/// 1. Timed: rows 0..99 explained in probability space against rows 100..199, 500 samples, single
///    features as players, through FairKit's shortcut for the model (`TreeRouting`,
///    `NaiveBayesIndex`) and once through the model's own batch function on built rows. The values are compared with shap's, and the gap is set beside the
///    gap between two FairKit seeds: sampling alone moves values that much, so "within sampling
///    tolerance" means shap is no further from FairKit than FairKit is from itself (at most 2x).
/// 2. Enumerated: the same kind of model fitted on the 6 numeric columns alone, 10 rows, a budget
///    of 2^6 − 2 = 62, so both sides evaluate every coalition and must agree to rounding (1e-9).
extension ExplainBenchmark {
    struct BlackBoxReport: Decodable {
        let seconds: Double
        let cpu: Double
        let base: Double
        let values: [[Double]]
    }

    static func blackBox(_ x: Matrix, _ y: [Int], names: [String], python: String?, repeats: Int) throws {
        let numeric = ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"]
        let numericColumns = numeric.compactMap { names.firstIndex(of: $0) }
        guard numericColumns.count == numeric.count else {
            throw BenchmarkFailure(description: "Adult's design lacks some of \(numeric): \(names.prefix(10))...")
        }
        let small = x.selectingColumns(numericColumns)
        var tree = try DecisionTree(maxDepth: 8), smallTree = try DecisionTree(maxDepth: 8)
        try tree.fit(x, y)
        try smallTree.fit(small, y)
        var bayes = try GaussianNaiveBayes(), smallBayes = try GaussianNaiveBayes()
        try bayes.fit(x, y)
        try smallBayes.fit(small, y)
        print("3. Kernel SHAP of a depth-\(tree.depth) decision tree (\(tree.nodes.count) nodes), 100 rows x 100 background rows, "
            + "500 samples, probability space")
        try blackBox(tree, x, names: names, python: python, repeats: repeats)
        try enumerated(smallTree, small, names: numeric, python: python)
        print("\n4. Kernel SHAP of Gaussian naive Bayes, 100 rows x 100 background rows, 500 samples, probability space")
        try blackBox(bayes, x, names: names, python: python, repeats: repeats)
        try enumerated(smallBayes, small, names: numeric, python: python)
    }

    private static func blackBox<C: Classifier & ModelFileCodable>(_ classifier: C, _ x: Matrix, names: [String], python: String?,
                                                                  repeats: Int) throws {
        let rows = x.selectingRows(0..<100)
        let background = try Background(x.selectingRows(100..<200))
        let model = try ExplainedModel.classifier(classifier, featureNames: names, space: .probability)
        func explainer(seed: UInt64) throws -> KernelShapley {
            try KernelShapley(model: model, background: background, groupsAsPlayers: false, samples: 500, seed: seed)
        }
        var result: ShapleyExplanation?
        let ours0 = try timed(repeats) { result = try explainer(seed: 0).explain(rows) }
        guard let ours = result else { throw BenchmarkFailure(description: "no explanation") }
        print(line("FairKit KernelShapley", ours0, String(format: "worst relative efficiency residual %.1e", ours.worstRelativeEfficiencyResidual)))
        // The same explainer calling the model on built rows, as any model without a shortcut is called.
        let plain = try ExplainedModel(featureNames: names, space: .probability) { try classifier.predictProbability($0) }
        let rowsBuilt = try measure { _ = try KernelShapley(model: plain, background: background, groupsAsPlayers: false, samples: 500, seed: 0).explain(rows) }
        print(line("FairKit, the model called on built rows", rowsBuilt, "one run, the same model without the shortcut"))
        let noise = gap(ours, try explainer(seed: 1).explain(rows).rows.map(\.attributions))
        print("    FairKit seed 0 vs seed 1 (sampling alone): " + String(format: "mean %.1e, max %.1e", noise.mean, noise.max))
        guard let python else { return }
        let report = try shap(classifier, rows: rows, background: background.rows, samples: 500, python: python)
        let apart = gap(ours, report.values)
        let verdict = apart.mean <= 2 * noise.mean ? "within sampling tolerance" : "NOT within sampling tolerance"
        print(line("shap KernelExplainer (numpy model)", (report.seconds, report.cpu), "FairKit is \(ratios(ours0, report.seconds, report.cpu))"))
        print("    |FairKit - shap| " + String(format: "mean %.1e, max %.1e", apart.mean, apart.max) + " (\(verdict)); "
            + String(format: "base values %.1e apart", abs(report.base - ours.rows[0].baseValue)))
    }

    /// Both sides with every coalition evaluated: the values must agree to rounding.
    private static func enumerated<C: Classifier & ModelFileCodable>(_ classifier: C, _ x: Matrix, names: [String], python: String?) throws {
        let rows = x.selectingRows(0..<10)
        let background = try Background(x.selectingRows(100..<200))
        let model = try ExplainedModel.classifier(classifier, featureNames: names, space: .probability)
        let ours = try KernelShapley(model: model, background: background, groupsAsPlayers: false, samples: 62, seed: 0).explain(rows)
        guard let python else { return }
        let report = try shap(classifier, rows: rows, background: background.rows, samples: 62, python: python)
        let apart = gap(ours, report.values)
        print("    enumerated (same model on the 6 numeric columns, 10 rows, 62 = 2^6 - 2 coalitions): |FairKit - shap| "
            + String(format: "max %.1e", apart.max) + (apart.max <= 1e-9 ? " (equal to 1e-9)" : " (NOT equal to 1e-9)"))
    }

    /// Runs scripts/bench/explain_blackbox.py on the model file, the rows, the background and
    /// FairKit's probabilities on both (which the script checks its numpy model against).
    private static func shap<C: Classifier & ModelFileCodable>(_ classifier: C, rows: Matrix, background: Matrix, samples: Int,
                                                             python: String) throws -> BlackBoxReport {
        let probabilities = try classifier.predictProbability(rows) + classifier.predictProbability(background)
        let file = try temporaryFile(rows.storage + background.storage + probabilities)
        let modelFile = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-explain-\(UUID().uuidString).model.json")
        try classifier.modelFileData().write(to: modelFile)
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: modelFile)
        }
        return try PythonPeer.report(python, script: "explain_blackbox.py",
                                     [modelFile.path, file.path, "\(rows.rows)", "\(background.rows)", "\(rows.columns)", "\(samples)"])
    }

    /// Mean and largest |a − b| over every row's attributions.
    static func gap(_ ours: ShapleyExplanation, _ theirs: [[Double]]) -> (mean: Double, max: Double) {
        var largest = 0.0, total = 0.0, count = 0.0
        for (row, other) in zip(ours.rows, theirs) {
            for (a, b) in zip(row.attributions, other) { largest = max(largest, abs(a - b)); total += abs(a - b); count += 1 }
        }
        return (total / max(count, 1), largest)
    }
}
