// Exercise 2 of module 1: the confusion matrix.
// Read the lesson section "The confusion matrix" (`learn lesson confusion-matrix`).
// Check your work with `learn check confusion-matrix`; stuck? `learn hint confusion-matrix`.

/// How many rows fall in each cell of a binary classifier's confusion matrix.
/// In the lesson's lending example, label 1 means "repaid the loan" and prediction 1 "approved".
struct ConfusionMatrix: Equatable {
    /// Label 1, prediction 1: approved and repaid.
    var truePositives = 0
    /// Label 0, prediction 1: approved but did not repay.
    var falsePositives = 0
    /// Label 0, prediction 0: refused and would not have repaid.
    var trueNegatives = 0
    /// Label 1, prediction 0: refused although they would have repaid.
    var falseNegatives = 0
}

/// Counts each (label, prediction) pair into its cell: row `i` pairs `labels[i]` with
/// `predictions[i]`. Returns `nil` when the two lists differ in length or hold a value other
/// than 0 or 1, since any count made from such input would be wrong. Empty lists give all zeros.
func confusionMatrix(labels: [Int], predictions: [Int]) -> ConfusionMatrix? {
    // TODO: check the input, then walk the rows and add 1 to the cell each (label, prediction) pair belongs to.
    return ConfusionMatrix()
}
