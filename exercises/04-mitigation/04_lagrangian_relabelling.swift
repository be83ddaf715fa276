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
    // TODO: each group's mean prediction minus the overall mean prediction.
    return []
}

/// The best response of exponentiated gradient's learner to multipliers λ (Agarwal et al. 2018, §3.2, as
/// Fairlearn's `_Lagrangian` builds it for error rate and demographic parity). Row i of group a gets the
/// signed weight s_i = (2 y_i − 1) + Σ_b λ_b − λ_a / P(a), with λ_b = plus − minus (0 for a group without
/// a multiplier) and P(a) the share of rows in group a: how much more the Lagrangian gains from
/// predicting 1 than 0. Its new label is 1 when s_i > 0 (else 0) and its weight n · |s_i| / Σ_j |s_j|.
/// `nil` when the lists differ in length or are empty, a multiplier is negative or names a group with no
/// rows, or every s_i is 0 (no row prefers either label: there is nothing to learn).
func relabel(labels: [Int], groups: [String], multipliers: [Multiplier]) -> Relabelled? {
    // TODO: compute every row's signed weight, then its new label and its normalised weight.
    return Relabelled(labels: [], weights: [])
}
