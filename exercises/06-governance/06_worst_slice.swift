// Exercise 6 of module 6: red-team a model by searching for the slice it treats worst.
// Read the lesson section "Red-teaming" (`learn lesson worst-slice`).
// Check your work with `learn check worst-slice`; stuck? `learn hint worst-slice`.

/// One intersectional slice: its key (the row's attribute values joined with " & ", such as
/// "African-American & Male"), how many of its rows have label 0, and its false positive rate.
struct Slice: Codable, Equatable {
    var key: String
    var negatives: Int
    var falsePositiveRate: Double
}

/// The false positive rate of every slice that has at least one row with label 0, sorted by key.
/// `attributes[i]` holds row i's values (race, sex, ...). The FPR is the share of the slice's
/// label-0 rows predicted 1. `nil` when the three lists differ in length.
func falsePositiveRatesBySlice(labels: [Int], predictions: [Int], attributes: [[String]]) -> [Slice]? {
    // TODO: count each slice's label-0 rows and those predicted 1; one Slice per key, sorted.
    return []
}

/// The slice with the highest false positive rate among those with at least `minimumNegatives`
/// label-0 rows (a rate on six people is mostly noise); on a tie, the one whose key sorts first,
/// and the earlier one in the list when the keys are equal too. `nil` when no slice is large enough.
func worstSlice(_ slices: [Slice], minimumNegatives: Int) -> Slice? {
    // TODO: keep the best candidate so far among the slices that are large enough.
    return nil
}
