// Exercise 3 of module 1: rates from counts.
// Read the lesson section "Rates from counts" (`learn lesson classification-metrics`).
// Check your work with `learn check classification-metrics`; stuck? `learn hint classification-metrics`.

/// The confusion matrix you built in exercise 2 (given here, ready to use).
struct ConfusionMatrix: Equatable {
    var truePositives = 0
    var falsePositives = 0
    var trueNegatives = 0
    var falseNegatives = 0
}

// Each metric below is a fraction of two counts. When the denominator is 0 the metric is
// undefined: return nil, never 0 (0 would claim "the model was always wrong").

/// Accuracy: the share of all rows the model got right, (TP + TN) / (TP + FP + TN + FN).
func accuracy(_ m: ConfusionMatrix) -> Double? {
    let total = m.truePositives + m.falsePositives + m.trueNegatives + m.falseNegatives
    return fraction(m.truePositives + m.trueNegatives, of: total)
}

/// Precision: of the rows predicted 1, the share whose label is 1, TP / (TP + FP).
func precision(_ m: ConfusionMatrix) -> Double? {
    fraction(m.truePositives, of: m.truePositives + m.falsePositives)
}

/// Recall (true positive rate): of the rows labelled 1, the share predicted 1, TP / (TP + FN).
func recall(_ m: ConfusionMatrix) -> Double? {
    fraction(m.truePositives, of: m.truePositives + m.falseNegatives)
}

/// F1 score: the harmonic mean of precision and recall, 2·P·R / (P + R), which in counts is
/// 2·TP / (2·TP + FP + FN). Use the count form: it is defined whenever TP + FP + FN > 0, even when
/// precision alone is undefined (scikit-learn's rule).
func f1Score(_ m: ConfusionMatrix) -> Double? {
    fraction(2 * m.truePositives, of: 2 * m.truePositives + m.falsePositives + m.falseNegatives)
}

/// `part / whole` in floating point (integer division would truncate 2 / 3 to 0), or `nil` when
/// `whole` is 0.
func fraction(_ part: Int, of whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) / Double(whole)
}
