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
    guard players >= 1, coalitionSize >= 0, coalitionSize <= players else { return 0 }
    if coalitionSize == 0 || coalitionSize == players { return .infinity }
    return Double(players - 1) / (binomial(players, coalitionSize) * Double(coalitionSize) * Double(players - coalitionSize))
}

/// The share of sampled coalitions that have each size 1...M−1 when coalitions are drawn as
/// shap's KernelExplainer draws them: a size is chosen in proportion to the total kernel weight
/// of its coalitions, C(M, s) · π(M, s) = (M − 1) / (s (M − s)), normalised to sum to 1.
/// Index 0 is size 1. `[]` for fewer than 2 players (no coalition strictly between empty and full).
func coalitionSizeShares(players: Int) -> [Double] {
    guard players >= 2 else { return [] }
    // The factor M − 1 is the same for every size and cancels in the normalisation.
    let raw = (1..<players).map { s in 1 / Double(s * (players - s)) }
    let total = raw.reduce(0, +)
    return raw.map { $0 / total }
}

/// C(n, k) in floating point, so that 70 players do not overflow an integer.
private func binomial(_ n: Int, _ k: Int) -> Double {
    var result = 1.0
    for j in 0..<k { result = result * Double(n - j) / Double(j + 1) }
    return result
}
