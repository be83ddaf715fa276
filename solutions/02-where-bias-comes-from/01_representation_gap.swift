// Exercise 1 of module 2: who is in the data, against who is in the population.
// Read the lesson section "Representation against the population" (`learn lesson representation-gap`).
// Check your work with `learn check representation-gap`; stuck? `learn hint representation-gap`.

/// Each population group's representation ratio: its share of the rows, n_g / n, divided by its
/// share of the population, p_g. 1 is proportional, below 1 under-represented; a group of the
/// population with no rows has ratio 0. One key per group of `population`.
/// Returns `nil` when there are no rows, when a row's group is not in `population`, or when a
/// population share is not above 0 (a ratio to nothing is undefined).
func representationRatios(groups: [String], population: [String: Double]) -> [String: Double]? {
    guard let counts = countsByGroup(groups, population: population) else { return nil }
    let n = Double(groups.count)
    return population.reduce(into: [:]) { result, entry in
        result[entry.key] = Double(counts[entry.key, default: 0]) / n / entry.value
    }
}

/// Pearson's goodness-of-fit statistic, X² = Σ_g (n_g − n·p_g)² / (n·p_g), summed over every group
/// of `population` (a group with no rows counts too: it contributes n·p_g). 0 when the rows
/// match the population exactly; larger means further from it. `nil` in the same cases as
/// `representationRatios`.
func chiSquareStatistic(groups: [String], population: [String: Double]) -> Double? {
    guard let counts = countsByGroup(groups, population: population) else { return nil }
    let n = Double(groups.count)
    var statistic = 0.0
    for (group, share) in population {
        let expected = n * share
        let difference = Double(counts[group, default: 0]) - expected
        statistic += difference * difference / expected
    }
    return statistic
}

/// Rows per group, or nil when the input cannot be compared with the population.
private func countsByGroup(_ groups: [String], population: [String: Double]) -> [String: Int]? {
    guard !groups.isEmpty, population.values.allSatisfy({ $0 > 0 }) else { return nil }
    var counts: [String: Int] = [:]
    for group in groups {
        guard population[group] != nil else { return nil }
        counts[group, default: 0] += 1
    }
    return counts
}
