// Step 1 of the hiring audit: who is advanced, by group, and how far each group is from the reference group.
// Read the brief (projects/hiring-audit/brief.md, "Step 1"); check with `learn project check group-rates`.

/// One group's screening outcomes.
struct GroupRate: Codable, Equatable {
    /// The group's candidates.
    var rows: Int
    /// How many were advanced (decision 1).
    var advanced: Int
    /// advanced / rows.
    var rate: Double
}

/// A group against the reference group.
struct Disparity: Codable, Equatable {
    /// rate / reference rate (the impact ratio); nil when the reference rate is 0.
    var ratio: Double?
    /// rate − reference rate.
    var difference: Double
}

/// The advancement rate of every group. Nil when the lists differ in length or a decision is not 0 or 1.
func advancementRates(decisions: [Int], groups: [String]) -> [String: GroupRate]? {
    guard decisions.count == groups.count else { return nil }
    var counts: [String: (rows: Int, advanced: Int)] = [:]
    for (decision, group) in zip(decisions, groups) {
        guard decision == 0 || decision == 1 else { return nil }
        counts[group, default: (0, 0)].rows += 1
        counts[group, default: (0, 0)].advanced += decision
    }
    return counts.mapValues { GroupRate(rows: $0.rows, advanced: $0.advanced, rate: Double($0.advanced) / Double($0.rows)) }
}

/// Every group's disparity against `reference` (the reference group's own: ratio 1, difference 0).
/// Nil when `reference` is not among the groups.
func disparities(_ rates: [String: GroupRate], reference: String) -> [String: Disparity]? {
    guard let base = rates[reference]?.rate else { return nil }
    return rates.mapValues { Disparity(ratio: base == 0 ? nil : $0.rate / base, difference: $0.rate - base) }
}
