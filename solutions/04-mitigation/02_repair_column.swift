// Exercise 2 of module 4: the disparate impact remover on one numeric column.
// Read the lesson section "The disparate impact remover" (`learn lesson repair-column`).
// Check your work with `learn check repair-column`; stuck? `learn hint repair-column`.

/// Feldman et al.'s (2015) repair of one numeric column, in its continuous form. For a row with value
/// x in group g (n_g rows):
///
/// 1. its rank u = (the number of values in g strictly below x) / (n_g − 1), or 0.5 when g has a single
///    row (equal values share a rank, so ties stay tied);
/// 2. the target is the median, over all groups, of each group's quantile at u, where a group's quantile
///    interpolates linearly between its sorted values at position u · (n − 1) (numpy's default);
///    the median of an even number of values is the mean of the middle two;
/// 3. the repaired value is (1 − λ) · x + λ · target, for the repair level λ in [0, 1].
///
/// At λ = 1 every group's column has (nearly) the same distribution, so the column no longer tells the
/// groups apart, while each row keeps its rank inside its own group. `nil` when the lists differ in
/// length or are empty, or λ is outside [0, 1].
func repairColumn(values: [Double], groups: [String], level: Double) -> [Double]? {
    guard values.count == groups.count, !values.isEmpty, level >= 0, level <= 1 else { return nil }
    var byGroup: [String: [Double]] = [:]
    for (value, group) in zip(values, groups) { byGroup[group, default: []].append(value) }
    let columns = byGroup.mapValues { $0.sorted() }
    return zip(values, groups).map { value, group in
        let own = columns[group] ?? [value]
        let rank = own.count == 1 ? 0.5 : Double(own.filter { $0 < value }.count) / Double(own.count - 1)
        let target = median(columns.values.map { quantile($0, at: rank) })
        return (1 - level) * value + level * target
    }
}

/// The value at position u · (n − 1) of sorted values, interpolated linearly between neighbours.
private func quantile(_ sorted: [Double], at u: Double) -> Double {
    let position = u * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
}

/// The middle value, or the mean of the middle two.
private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted(), middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
