// Exercise 4 of module 4: inside exponentiated gradient, the demographic parity moment and the best response.
// Read the lesson section "Exponentiated gradient and grid search" (`learn lesson lagrangian-relabelling`).
// Check your work with `learn check lagrangian-relabelling`; stuck? `learn hint lagrangian-relabelling`.

/// One group's demographic parity moment: gamma = E[h(X) | A = group] − E[h(X)].
struct GroupGamma: Codable, Equatable {
    var group: String
    var gamma: Double
}

/// A group's pair of Lagrange multipliers, λ⁺ for the constraint gamma <= eps and λ⁻ for −gamma <= eps;
/// only λ = λ⁺ − λ⁻ matters to the best response. Both are at least 0.
struct Multiplier: Codable, Equatable {
    var group: String
    var plus: Double
    var minus: Double
}

/// The cost-sensitive problem the base learner is given: a label and a weight for every row.
struct Relabelled: Codable, Equatable {
    var labels: [Int]
    var weights: [Double]
}

/// Fairlearn's `DemographicParity.gamma` (its "+" half) for predictions h in [0, 1] (probabilities are
/// allowed): one entry per group, sorted by group. `nil` when the lists differ in length or are empty.
func demographicParityGamma(predictions: [Double], groups: [String]) -> [GroupGamma]? {
    guard predictions.count == groups.count, !groups.isEmpty else { return nil }
    let overall = predictions.reduce(0, +) / Double(predictions.count)
    return Set(groups).sorted().map { group in
        let own = predictions.indices.filter { groups[$0] == group }.map { predictions[$0] }
        return GroupGamma(group: group, gamma: own.reduce(0, +) / Double(own.count) - overall)
    }
}

/// The best response of exponentiated gradient's learner to multipliers λ (Agarwal et al. 2018, §3.2, as
/// Fairlearn's `_Lagrangian` builds it for error rate and demographic parity). Row i of group a gets the
/// signed weight s_i = (2 y_i − 1) + Σ_b λ_b − λ_a / P(a), with λ_b = plus − minus (0 for a group without
/// a multiplier) and P(a) the share of rows in group a: how much more the Lagrangian gains from
/// predicting 1 than 0. Its new label is 1 when s_i > 0 (else 0) and its weight n · |s_i| / Σ_j |s_j|.
/// `nil` when the lists differ in length or are empty, a multiplier is negative or names a group with no
/// rows, or every s_i is 0 (no row prefers either label: there is nothing to learn).
func relabel(labels: [Int], groups: [String], multipliers: [Multiplier]) -> Relabelled? {
    guard labels.count == groups.count, !labels.isEmpty else { return nil }
    var counts: [String: Int] = [:]
    for group in groups { counts[group, default: 0] += 1 }
    var lambda: [String: Double] = [:]
    for m in multipliers {
        guard m.plus >= 0, m.minus >= 0, counts[m.group] != nil else { return nil }
        lambda[m.group, default: 0] += m.plus - m.minus
    }
    let total = lambda.values.reduce(0, +), n = Double(labels.count)
    let signed = zip(labels, groups).map { label, group in
        Double(2 * label - 1) + total - (lambda[group] ?? 0) / (Double(counts[group] ?? 1) / n)
    }
    let size = signed.reduce(0) { $0 + abs($1) }
    guard size > 0 else { return nil }
    return Relabelled(labels: signed.map { $0 > 0 ? 1 : 0 }, weights: signed.map { n * abs($0) / size })
}
