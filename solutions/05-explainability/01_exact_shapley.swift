// Exercise 1 of module 5: exact Shapley values of a small game, by the subset formula.
// Read the lesson section "Shapley values by hand" (`learn lesson exact-shapley`).
// Check your work with `learn check exact-shapley`; stuck? `learn hint exact-shapley`.

/// Exact Shapley values (Shapley 1953; Lundberg & Lee 2017 for features) of a game given as a
/// table: `values[mask]` is v(S), the model's expected output when only the features whose bits
/// are set in `mask` are known (bit i = feature i, so for three features `values[0b101]` is
/// v({0, 2})). For M players the table has 2^M entries and
///
///   φ_i = Σ over S not containing i of |S|! (M − |S| − 1)! / M! · (v(S ∪ {i}) − v(S)).
///
/// Returns one value per player, in player order. `[]` when the table's length is not 2^M for
/// some M ≥ 1 (an empty table, a single entry, or a length such as 6).
func shapleyValues(_ values: [Double]) -> [Double] {
    var players = 0
    while 1 << players < values.count { players += 1 }
    guard players >= 1, 1 << players == values.count else { return [] }
    var factorial = [1.0]
    for k in 1...players { factorial.append(factorial[k - 1] * Double(k)) }
    var phi = [Double](repeating: 0, count: players)
    for i in 0..<players {
        for mask in 0..<values.count where mask & (1 << i) == 0 {
            let size = mask.nonzeroBitCount
            let weight = factorial[size] * factorial[players - size - 1] / factorial[players]
            phi[i] += weight * (values[mask | (1 << i)] - values[mask])
        }
    }
    return phi
}
