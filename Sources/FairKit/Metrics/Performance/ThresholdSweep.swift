/// Weighted true and false positive counts at every distinct score threshold: the common core of
/// the ROC and precision-recall curves (scikit-learn's `_binary_clf_curve`).
///
/// Rows of weight 0 are dropped; the rest are sorted by score, descending (stable); for each
/// distinct score s, in decreasing order, tps and fps are the weights of positive and negative
/// rows with score ≥ s: the counts of the classifier "predict 1 when score ≥ s".
/// Example: scores [0.9, 0.8, 0.8, 0.1], labels [1, 0, 1, 0] give thresholds [0.9, 0.8, 0.1],
/// tps [1, 2, 2], fps [0, 1, 2].
struct ThresholdSweep {
    var thresholds: [Double] = []
    var truePositives: [Double] = []
    var falsePositives: [Double] = []

    /// Inputs must have been validated (`MetricInput.validate(labels:scores:weights:probabilities:)`).
    init(labels: [Int], scores: [Double], weights: [Double]?) {
        let rows = labels.indices.filter { (weights?[$0] ?? 1) != 0 }
            .sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var tps = 0.0, fps = 0.0
        for (k, row) in rows.enumerated() {
            let w = weights?[row] ?? 1
            if labels[row] == 1 { tps += w } else { fps += w }
            if k == rows.count - 1 || scores[rows[k + 1]] != scores[row] {
                thresholds.append(scores[row])
                truePositives.append(tps)
                falsePositives.append(fps)
            }
        }
    }

    /// Keeps only the entries at `indices`.
    mutating func keep(_ indices: [Int]) {
        thresholds = indices.map { thresholds[$0] }
        truePositives = indices.map { truePositives[$0] }
        falsePositives = indices.map { falsePositives[$0] }
    }

    /// Total weight of positive and negative rows.
    var positives: Double { truePositives.last ?? 0 }
    var negatives: Double { falsePositives.last ?? 0 }
}
