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
    // TODO: count each group's candidates and how many were advanced.
    return nil
}

/// Every group's disparity against `reference` (the reference group's own: ratio 1, difference 0).
/// Nil when `reference` is not among the groups.
func disparities(_ rates: [String: GroupRate], reference: String) -> [String: Disparity]? {
    // TODO: compare every group's rate with the reference group's.
    return nil
}
