// Exercise 5 of module 2: aggregation bias, one pooled number and two stories.
// Read the lesson section "Aggregation: a pooled gap can reverse" (`learn lesson standardized-gap`).
// Check your work with `learn check standardized-gap`; stuck? `learn hint standardized-gap`.

/// The pooled gap: the favourable rate (share of outcomes equal to 1) of `group` minus that of
/// `reference`, over all rows. `nil` when the lists differ in length or either group has no rows.
func pooledGap(outcomes: [Int], groups: [String], group: String, reference: String) -> Double? {
    // TODO: the rate of `group` minus the rate of `reference`, each over its own rows.
    return 0
}

/// The standardized gap: the gap of `group` minus `reference` within each stratum (department,
/// branch, year), weighted by the stratum's share of the rows: Σ_s w_s · (rate_s(group) −
/// rate_s(reference)), with w_s = n_s / Σ n_s, where n_s counts all rows of stratum s and the sums
/// run over the strata that hold both groups (a stratum lacking either has no gap to weigh).
/// Compares the groups as if both had the same mix of strata. `nil` when the lists differ in
/// length or no stratum holds both groups.
func standardizedGap(outcomes: [Int], groups: [String], strata: [String], group: String, reference: String) -> Double? {
    // TODO: compute the gap within each stratum that holds both groups, and average them weighted by stratum size.
    return 0
}
