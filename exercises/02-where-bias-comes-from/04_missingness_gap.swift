// Exercise 4 of module 2: whose values are missing.
// Read the lesson section "Missingness by group" (`learn lesson missingness-gap`).
// Check your work with `learn check missingness-gap`; stuck? `learn hint missingness-gap`.

/// The share of each group's values that are missing (`nil`): missing values in the group over
/// the group's rows. Only groups that occur are keys; empty lists give `[:]`. Returns `nil` when
/// the two lists differ in length.
func missingRates(values: [String?], groups: [String]) -> [String: Double]? {
    // TODO: count each group's rows and its missing values; divide.
    return nil
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
    // TODO: find the highest and the lowest rate (ties to the name that sorts first) and subtract.
    return nil
}
