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
    // TODO: (reference rate - rate) * rows for every other group, floored at 0.
    return nil
}
