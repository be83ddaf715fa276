// Step 3 of the hiring audit: what the disparities mean for people.
// Read the brief (projects/hiring-audit/brief.md, "Step 3"); check with `learn project check potential-impact`.

/// One group's potential impact.
struct Impact: Codable, Equatable {
    var group: String
    /// How many more of the group's candidates would have been advanced at the reference group's
    /// rate: (reference rate − rate) · rows, 0 when the group does at least as well.
    var shortfall: Double
    /// Whether rate / reference rate falls below the threshold (the four-fifths rule at 0.8).
    var belowThreshold: Bool
}

/// The impact on every group but the reference, largest shortfall first (equal: by name). `rows`
/// and `rates` are keyed by group. Nil when the reference is missing from either, or a group has a
/// rate but no row count.
func potentialImpact(rows: [String: Int], rates: [String: Double], reference: String, threshold: Double) -> [Impact]? {
    guard let base = rates[reference], rows[reference] != nil else { return nil }
    var impacts: [Impact] = []
    for (group, rate) in rates where group != reference {
        guard let count = rows[group] else { return nil }
        // A reference rate of 0 makes rate / base infinite or NaN, and neither is below the
        // threshold: nobody falls short of a reference that advanced nobody.
        impacts.append(Impact(group: group, shortfall: max(0, (base - rate) * Double(count)),
                              belowThreshold: rate / base < threshold))
    }
    // Names are unique, so (−shortfall, name) orders every pair.
    return impacts.sorted { (-$0.shortfall, $0.group) < (-$1.shortfall, $1.group) }
}
