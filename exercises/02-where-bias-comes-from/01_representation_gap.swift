// Exercise 1 of module 2: who is in the data, against who is in the population.
// Read the lesson section "Representation against the population" (`learn lesson representation-gap`).
// Check your work with `learn check representation-gap`; stuck? `learn hint representation-gap`.

/// Each population group's representation ratio: its share of the rows, n_g / n, divided by its
/// share of the population, p_g. 1 is proportional, below 1 under-represented; a group of the
/// population with no rows has ratio 0. One key per group of `population`.
/// Returns `nil` when there are no rows, when a row's group is not in `population`, or when a
/// population share is not above 0 (a ratio to nothing is undefined).
func representationRatios(groups: [String], population: [String: Double]) -> [String: Double]? {
    // TODO: count the rows of each group, then divide each group's share of the rows by its population share.
    return [:]
}

/// Pearson's goodness-of-fit statistic, X² = Σ_g (n_g − n·p_g)² / (n·p_g), summed over every group
/// of `population` (a group with no rows counts too: it contributes n·p_g). 0 when the rows
/// match the population exactly; larger means further from it. `nil` in the same cases as
/// `representationRatios`.
func chiSquareStatistic(groups: [String], population: [String: Double]) -> Double? {
    // TODO: sum (observed − expected)² / expected over the population's groups, expected = n · share.
    return 0
}
