// Exercise 4 of module 2: whose values are missing.
// Read the lesson section "Missingness by group" (`learn lesson missingness-gap`).
// Check your work with `learn check missingness-gap`; stuck? `learn hint missingness-gap`.

/// The share of each group's values that are missing (`nil`): missing values in the group over
/// the group's rows. Only groups that occur are keys; empty lists give `[:]`. Returns `nil` when
/// the two lists differ in length.
func missingRates(values: [String?], groups: [String]) -> [String: Double]? {
    guard values.count == groups.count else { return nil }
    var rows: [String: Int] = [:]
    var missing: [String: Int] = [:]
    for (value, group) in zip(values, groups) {
        rows[group, default: 0] += 1
        if value == nil { missing[group, default: 0] += 1 }
    }
    return rows.reduce(into: [:]) { result, entry in
        result[entry.key] = Double(missing[entry.key, default: 0]) / Double(entry.value)
    }
}

/// The result of `largestMissingGap`: a struct, not a tuple, so that graders can run your code in a
/// separate process (only Codable values travel between the two).
struct MissingGap: Codable, Equatable {
    var highest: String
    var lowest: String
    var gap: Double
}

/// The largest gap in missing rates: the group with the highest rate, the group with the lowest,
/// and highest − lowest. When several groups share the highest (or lowest) rate, the one whose
/// name sorts first is named, so the answer never depends on dictionary order. One group is its
/// own highest and lowest, gap 0; no groups give `nil`.
func largestMissingGap(_ rates: [String: Double]) -> MissingGap? {
    let ordered = rates.sorted { $0.key < $1.key }
    guard var highest = ordered.first, var lowest = ordered.first else { return nil }
    for entry in ordered.dropFirst() {
        if entry.value > highest.value { highest = entry }
        if entry.value < lowest.value { lowest = entry }
    }
    return MissingGap(highest: highest.key, lowest: lowest.key, gap: highest.value - lowest.value)
}
