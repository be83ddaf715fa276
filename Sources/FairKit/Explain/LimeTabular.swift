import Foundation

/// LIME for tabular data (Ribeiro, Singh & Guestrin, "Why should I trust you?", KDD 2016), as
/// lime 0.2's `LimeTabularExplainer(discretize_continuous=True, discretizer="quartile")` with
/// `explain_instance(num_features=K, num_samples=N)` computes it:
///
/// 1. Numeric columns are cut at their training quartiles (`QuartileDiscretizer`); categorical
///    columns (one-hot indicators, flags) keep their values.
/// 2. N − 1 neighbours are sampled column by column from the training frequencies of the bins
///    (or values); a sampled bin is turned back into a number by a truncated normal within it.
///    Row 0 is x itself.
/// 3. Each neighbour is described by binary features z_j = 1 when its bin (value) equals x's;
///    its distance to x is ‖z − 1‖ and its weight √(exp(−d² / width²)), width = 0.75 √(columns).
/// 4. K features are selected ("auto": forward selection by weighted R² for K ≤ 6, otherwise the
///    K largest |coefficients| of a weighted ridge with α = 0.01), and a weighted ridge (α = 1)
///    of the model's outputs on those z's is the explanation: its coefficients, its intercept,
///    its prediction at x, and its weighted R² (`score`): a low R² means the linear surrogate
///    does not describe the model near x, and the weights should not be trusted.
///
/// Randomness comes from `SeededGenerator`, so the numbers differ from lime's for the same seed;
/// the selected features and their signs agree when the explanation is stable.
public struct LimeTabular: Sendable {
    /// How the K features are chosen (lime's `feature_selection`).
    public enum Selection: String, Sendable {
        case auto, forwardSelection = "forward_selection", highestWeights = "highest_weights", none
    }

    public let model: ExplainedModel
    public let features: Int
    public let samples: Int
    public let seed: UInt64
    public let selection: Selection
    public let kernelWidth: Double
    private let categorical: [Bool]
    private let discretizers: [QuartileDiscretizer?]
    /// Per column, the distinct training values (bins for numeric columns) and their frequencies.
    private let levels: [[Double]]
    private let frequencies: [[Double]]

    /// - Parameters:
    ///   - training: the training rows, encoded as the model takes them.
    ///   - categorical: columns that are not discretised (one-hot indicators, booleans).
    public init(model: ExplainedModel, training: Matrix, categorical: Set<Int>, features: Int = 10,
                samples: Int = 5_000, seed: UInt64 = 0, selection: Selection = .auto, kernelWidth: Double? = nil) throws {
        guard training.columns == model.featureNames.count else {
            throw ExplainError.featureCountMismatch(expected: model.featureNames.count, got: training.columns, what: "the training data")
        }
        guard training.rows > 0 else { throw ExplainError.invalidSetting(name: "training rows", value: "0", requirement: "at least 1") }
        guard features >= 1 else { throw ExplainError.invalidSetting(name: "features", value: "\(features)", requirement: "at least 1") }
        guard samples >= 2 else { throw ExplainError.invalidSetting(name: "samples", value: "\(samples)", requirement: "at least 2") }
        for r in 0..<training.rows {
            for c in 0..<training.columns where !training[r, c].isFinite {
                throw ExplainError.nonFinite(what: "the training data", row: r, column: c)
            }
        }
        self.model = model
        self.features = features
        self.samples = samples
        self.seed = seed
        self.selection = selection
        self.kernelWidth = kernelWidth ?? ExplainConstants.limeKernelWidthFactor * Double(training.columns).squareRoot()
        let isCategorical = (0..<training.columns).map { categorical.contains($0) }
        self.categorical = isCategorical
        var discretizers: [QuartileDiscretizer?] = []
        var levels: [[Double]] = []
        var frequencies: [[Double]] = []
        for c in 0..<training.columns {
            let column = training.column(c)
            let discretizer = isCategorical[c] ? nil : QuartileDiscretizer(values: column)
            let coded = discretizer.map { d in column.map { Double(d.bin($0)) } } ?? column
            var counts: [Double: Double] = [:]
            for v in coded { counts[v, default: 0] += 1 }
            let values = counts.keys.sorted()
            discretizers.append(discretizer)
            levels.append(values)
            frequencies.append(values.map { (counts[$0] ?? 0) / Double(coded.count) })
        }
        self.discretizers = discretizers
        self.levels = levels
        self.frequencies = frequencies
    }

    /// Explains row `row` of `x`.
    public func explain(_ x: Matrix, row: Int) throws -> LimeExplanation {
        guard let instance = try ExplainInput.rows(x, [row], model: model).first?.values else {
            throw ExplainError.rowOutOfRange(row: row, rowCount: x.rows)
        }
        let m = instance.count
        var generator = SeededGenerator(seed: seed)
        let coded = (0..<m).map { c in discretizers[c].map { Double($0.bin(instance[c])) } ?? instance[c] }
        var binary = Matrix(rows: samples, columns: m, repeating: 1)
        var inverse = Matrix(rows: samples, columns: m)
        for c in 0..<m { inverse[0, c] = instance[c] }
        for c in 0..<m {
            var cumulative = [Double]()
            var running = 0.0
            for f in frequencies[c] { running += f; cumulative.append(running) }
            for r in 1..<samples {
                let u = generator.nextDouble() * running
                let k = cumulative.firstIndex { u < $0 } ?? cumulative.count - 1
                let value = levels[c][k]
                binary[r, c] = value == coded[c] ? 1 : 0
                inverse[r, c] = discretizers[c].map { $0.draw(bin: Int(value), generator: &generator) } ?? value
            }
        }
        let outputs = try model.evaluateInParallel(inverse)
        let weights = (0..<samples).map { r -> Double in
            var d2 = 0.0
            for c in 0..<m where binary[r, c] == 0 { d2 += 1 }
            return exp(-d2 / (kernelWidth * kernelWidth)).squareRoot()
        }
        let chosen = try select(binary, outputs, weights)
        let z = binary.selectingColumns(chosen)
        let surrogate = try WeightedRidge(x: z, y: outputs, weights: weights, alpha: ExplainConstants.limeRidgeAlpha)
        let terms = zip(chosen, surrogate.coefficients).map { c, w in
            LimeExplanation.Term(feature: c, description: describe(c, instance[c], coded[c]), weight: w)
        }.sorted { abs($0.weight) > abs($1.weight) }
        return LimeExplanation(row: row, space: model.space, intercept: surrogate.intercept, terms: terms,
                               localPrediction: surrogate.predict(z.row(0)), modelOutput: outputs[0],
                               score: surrogate.score(x: z, y: outputs, weights: weights),
                               kernelWidth: kernelWidth, samples: samples, seed: seed,
                               groups: model.groups)
    }

    private func select(_ z: Matrix, _ y: [Double], _ w: [Double]) throws -> [Int] {
        let k = min(features, z.columns)
        var method = selection
        if method == .auto { method = k <= ExplainConstants.limeForwardSelectionLimit ? .forwardSelection : .highestWeights }
        switch method {
        case .none, .auto:
            return Array(0..<z.columns)
        case .highestWeights:
            let ridge = try WeightedRidge(x: z, y: y, weights: w, alpha: ExplainConstants.limeSelectionAlpha)
            // lime ranks by |coef · z₀| and z₀ is all ones; a stable sort keeps ties in column order.
            return Array(ridge.coefficients.indices.sorted { abs(ridge.coefficients[$0]) > abs(ridge.coefficients[$1]) }.prefix(k))
        case .forwardSelection:
            var used: [Int] = []
            for _ in 0..<k {
                var best = (column: -1, score: -Double.infinity)
                for c in 0..<z.columns where !used.contains(c) {
                    let sub = z.selectingColumns(used + [c])
                    let score = try WeightedRidge(x: sub, y: y, weights: w, alpha: 0).score(x: sub, y: y, weights: w)
                    if score > best.score { best = (c, score) }
                }
                used.append(best.column)
            }
            return used
        }
    }

    private func describe(_ c: Int, _ value: Double, _ code: Double) -> String {
        let name = model.featureNames[c]
        if let d = discretizers[c] { return d.name(Int(code), feature: name) }
        return "\(name) = \(value == value.rounded() ? String(Int(value)) : String(value))"
    }
}
