// Exercise 2 of module 5: the Shapley kernel that turns a weighted regression into Shapley values.
// Read the lesson section "Kernel SHAP" (`learn lesson kernel-shap-weight`).
// Check your work with `learn check kernel-shap-weight`; stuck? `learn hint kernel-shap-weight`.

/// The Shapley kernel weight of a coalition of `coalitionSize` features out of `players`
/// (Lundberg & Lee 2017, Theorem 2):
///
///   π(M, s) = (M − 1) / (C(M, s) · s · (M − s)),
///
/// infinite for the empty and the full coalition (s = 0 or s = M), which Kernel SHAP enforces
/// as constraints instead of weighting. 0 for a size outside 0...M or fewer than 1 player.
func kernelShapWeight(players: Int, coalitionSize: Int) -> Double {
    // TODO: return the kernel weight, infinite at the ends, 0 outside the game.
    return 0
}

/// The share of sampled coalitions that have each size 1...M−1 when coalitions are drawn as
/// shap's KernelExplainer draws them: a size is chosen in proportion to the total kernel weight
/// of its coalitions, C(M, s) · π(M, s) = (M − 1) / (s (M − s)), normalised to sum to 1.
/// Index 0 is size 1. `[]` for fewer than 2 players (no coalition strictly between empty and full).
func coalitionSizeShares(players: Int) -> [Double] {
    // TODO: weigh each size 1...M−1 by (M − 1) / (s (M − s)) and normalise.
    return []
}
