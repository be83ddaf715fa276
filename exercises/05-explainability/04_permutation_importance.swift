// Exercise 4 of module 5: permutation importance, the score lost when a feature is shuffled.
// Read the lesson section "Permutation importance" (`learn lesson permutation-importance`).
// Check your work with `learn check permutation-importance`; stuck? `learn hint permutation-importance`.

/// One feature's permutation importance: the mean and the population standard deviation of the
/// accuracy drops over the shuffles.
struct FeatureImportance: Codable, Equatable {
    var feature: Int
    var mean: Double
    var standardDeviation: Double
}

/// The unshuffled accuracy and each feature's importance.
struct PermutationImportanceResult: Codable, Equatable {
    var baseline: Double
    var importances: [FeatureImportance]
}

/// Permutation importance (Breiman 2001; Fisher, Rudin & Dominici 2019; scikit-learn's
/// `permutation_importance`) of a linear classifier that predicts 1 when w · x + b ≥ 0, scored
/// by accuracy. For each feature j and each permutation p (a seeded shuffle of 0..<n, given
/// here so that the answer is reproducible), row i's feature j is replaced by row p[i]'s
/// original feature j, the other features stay, and the drop is baseline accuracy − accuracy
/// on the shuffled rows. The importance is the mean drop, with the population standard
/// deviation (divide by the number of permutations) beside it. A drop can be negative: a
/// shuffle that happens to help.
///
/// The baseline accuracy, and one importance per feature of `weights`, in feature order. `nil` when
/// there are no rows or no permutations, `labels` or a row does not match, or a permutation does
/// not have one index per row within 0..<n.
func permutationImportance(rows: [[Double]], labels: [Int], weights: [Double], bias: Double,
                           permutations: [[Int]]) -> PermutationImportanceResult? {
    // TODO: score the rows, then for each feature and permutation score the shuffled rows and keep the drops.
    return nil
}
