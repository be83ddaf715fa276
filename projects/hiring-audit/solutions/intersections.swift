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
    guard decisions.count == first.count, first.count == second.count else { return nil }
    var counts: [String: (rows: Int, advanced: Int)] = [:]
    for i in decisions.indices {
        guard decisions[i] == 0 || decisions[i] == 1 else { return nil }
        let key = first[i] + " & " + second[i]
        let old = counts[key] ?? (0, 0)
        counts[key] = (old.rows + 1, old.advanced + decisions[i])
    }
    let cells = counts.map { SubgroupRate(group: $0.key, rows: $0.value.rows, rate: Double($0.value.advanced) / Double($0.value.rows),
                                          small: $0.value.rows < minimumRows) }
    // Names are unique, so (rate, name) orders every pair of cells.
    return cells.sorted { ($0.rate, $0.group) < ($1.rate, $1.group) }
}

/// The lowest and highest rate among the subgroups that are not small (equal rates: the first by
/// name), and their difference; nil when fewer than two subgroups are large enough.
func widestGap(_ subgroups: [SubgroupRate]) -> SubgroupGap? {
    let judged = subgroups.filter { !$0.small }
    guard judged.count >= 2,
          let low = judged.min(by: { ($0.rate, $0.group) < ($1.rate, $1.group) }),
          let high = judged.min(by: { (-$0.rate, $0.group) < (-$1.rate, $1.group) }) else { return nil }
    return SubgroupGap(lowest: low.group, highest: high.group, difference: high.rate - low.rate)
}
