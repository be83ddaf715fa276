extension ConfusionCounts {
    /// The expected confusion counts of a randomised classifier that predicts 1 with probability
    /// pᵢ: TP = Σ wᵢ yᵢ pᵢ, FP = Σ wᵢ (1 − yᵢ) pᵢ, TN = Σ wᵢ (1 − yᵢ)(1 − pᵢ), FN = Σ wᵢ yᵢ (1 − pᵢ).
    /// Every rate derived from them (accuracy, selection rate, TPR, …) is then the expected value
    /// over the classifier's coin flips, free of sampling noise — how Fairlearn's reductions
    /// evaluate their mixtures. With pᵢ in {0, 1} they equal the ordinary counts.
    ///
    /// Example: y = [1, 0], p = [0.75, 0.5] gives TP 0.75, FN 0.25, FP 0.5, TN 0.5, expected
    /// accuracy (0.75 + 0.5)/2 = 0.625.
    public init(labels: [Int], probabilities: [Double], weights: [Double]? = nil, rows: [Int]? = nil) throws {
        try MetricInput.validate(labels: labels, weights: weights)
        guard probabilities.count == labels.count else {
            throw MetricError.lengthMismatch(what: "probabilities", expected: labels.count, got: probabilities.count)
        }
        if let i = probabilities.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw MetricError.invalidScore(row: i, value: probabilities[i])
        }
        var tp = 0.0, fp = 0.0, tn = 0.0, fn = 0.0
        func add(_ i: Int) {
            let w = weights?[i] ?? 1, p = probabilities[i]
            if labels[i] == 1 { tp += w * p; fn += w * (1 - p) } else { fp += w * p; tn += w * (1 - p) }
        }
        if let rows { rows.forEach(add) } else { (0..<labels.count).forEach(add) }
        self.init(truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn)
    }
}
