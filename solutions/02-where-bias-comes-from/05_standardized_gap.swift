// Exercise 5 of module 2: aggregation bias, one pooled number and two stories.
// Read the lesson section "Aggregation: a pooled gap can reverse" (`learn lesson standardized-gap`).
// Check your work with `learn check standardized-gap`; stuck? `learn hint standardized-gap`.

/// The pooled gap: the favourable rate (share of outcomes equal to 1) of `group` minus that of
/// `reference`, over all rows. `nil` when the lists differ in length or either group has no rows.
func pooledGap(outcomes: [Int], groups: [String], group: String, reference: String) -> Double? {
    guard outcomes.count == groups.count else { return nil }
    return gap(outcomes: outcomes, groups: groups, rows: Array(groups.indices), group: group, reference: reference)
}

/// The standardized gap: the gap of `group` minus `reference` within each stratum (department,
/// branch, year), weighted by the stratum's share of the rows: Σ_s w_s · (rate_s(group) −
/// rate_s(reference)), with w_s = n_s / Σ n_s, where n_s counts all rows of stratum s and the sums
/// run over the strata that hold both groups (a stratum lacking either has no gap to weigh).
/// Compares the groups as if both had the same mix of strata. `nil` when the lists differ in
/// length or no stratum holds both groups.
func standardizedGap(outcomes: [Int], groups: [String], strata: [String], group: String, reference: String) -> Double? {
    guard outcomes.count == groups.count, strata.count == groups.count else { return nil }
    var rowsByStratum: [String: [Int]] = [:]
    for i in strata.indices { rowsByStratum[strata[i], default: []].append(i) }
    var weightedSum = 0.0
    var weight = 0
    for rows in rowsByStratum.values {
        guard let stratumGap = gap(outcomes: outcomes, groups: groups, rows: rows, group: group, reference: reference) else { continue }
        weightedSum += Double(rows.count) * stratumGap
        weight += rows.count
    }
    guard weight > 0 else { return nil }
    return weightedSum / Double(weight)
}

/// rate(group) − rate(reference) over `rows`, or nil when either group has none of them.
private func gap(outcomes: [Int], groups: [String], rows: [Int], group: String, reference: String) -> Double? {
    var groupRows = 0, groupFavourable = 0, referenceRows = 0, referenceFavourable = 0
    for i in rows {
        if groups[i] == group {
            groupRows += 1
            groupFavourable += outcomes[i] == 1 ? 1 : 0
        }
        if groups[i] == reference {
            referenceRows += 1
            referenceFavourable += outcomes[i] == 1 ? 1 : 0
        }
    }
    guard groupRows > 0, referenceRows > 0 else { return nil }
    return Double(groupFavourable) / Double(groupRows) - Double(referenceFavourable) / Double(referenceRows)
}
