// Exercise 2 of module 3: equal opportunity and equalized odds across groups.
// Read the lesson section "Equal opportunity and equalized odds" (`learn lesson equalized-odds`).
// Check your work with `learn check equalized-odds`; stuck? `learn hint equalized-odds`.

/// Equal opportunity difference: the largest true positive rate, TP / (TP + FN), among the groups
/// minus the smallest (Fairlearn's `between_groups` difference). `nil` when the lists differ in
/// length, there are no rows, or any group has no positive labels (its TPR is undefined, so the
/// comparison cannot be made).
func equalOpportunityDifference(labels: [Int], predictions: [Int], groups: [String]) -> Double? {
    // TODO: count each group's confusion cells, compute its TPR, and return the largest minus the smallest.
    return 0
}

/// Equalized odds difference: the larger of the TPR spread and the false positive rate spread,
/// FP / (FP + TN), each largest minus smallest over the groups (Fairlearn's worst case). `nil` when
/// the lists differ in length, there are no rows, or any group lacks positive labels (no TPR) or
/// negative labels (no FPR).
func equalizedOddsDifference(labels: [Int], predictions: [Int], groups: [String]) -> Double? {
    // TODO: compute both spreads, TPR and FPR, and return the larger.
    return 0
}
