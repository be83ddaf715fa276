// Step 2 of the hiring audit: sex and race at once.
// Read the brief (projects/hiring-audit/brief.md, "Step 2"); check with `learn project check intersections`.

/// One intersectional subgroup ("Female & Black") and its advancement rate.
struct SubgroupRate: Codable, Equatable {
    var group: String
    var rows: Int
    var rate: Double
    /// Fewer rows than the minimum asked for: its rate is too noisy to judge.
    var small: Bool
}

/// The widest gap between two subgroups.
struct SubgroupGap: Codable, Equatable {
    var lowest: String
    var highest: String
    /// The highest rate minus the lowest.
    var difference: Double
}

/// The advancement rate of every combination "<first> & <second>", lowest rate first (equal rates:
/// by name); a subgroup with fewer than `minimumRows` rows is marked small. Nil when the lists
/// differ in length or a decision is not 0 or 1.
func subgroupRates(decisions: [Int], first: [String], second: [String], minimumRows: Int) -> [SubgroupRate]? {
    // TODO: count each "first & second" subgroup, then sort by rate.
    return nil
}

/// The lowest and highest rate among the subgroups that are not small (equal rates: the first by
/// name), and their difference; nil when fewer than two subgroups are large enough.
func widestGap(_ subgroups: [SubgroupRate]) -> SubgroupGap? {
    // TODO: the lowest and the highest rate among subgroups that are not small.
    return nil
}
