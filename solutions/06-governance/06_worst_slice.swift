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
    guard labels.count == predictions.count, labels.count == attributes.count else { return nil }
    var negatives: [String: Int] = [:], falsePositives: [String: Int] = [:]
    for row in 0..<labels.count where labels[row] == 0 {
        let key = attributes[row].joined(separator: " & ")
        negatives[key, default: 0] += 1
        if predictions[row] == 1 { falsePositives[key, default: 0] += 1 }
    }
    return negatives.keys.sorted().map { key in
        Slice(key: key, negatives: negatives[key]!, falsePositiveRate: Double(falsePositives[key] ?? 0) / Double(negatives[key]!))
    }
}

/// The slice with the highest false positive rate among those with at least `minimumNegatives`
/// label-0 rows (a rate on six people is mostly noise); on a tie, the one whose key sorts first,
/// and the earlier one in the list when the keys are equal too. `nil` when no slice is large enough.
func worstSlice(_ slices: [Slice], minimumNegatives: Int) -> Slice? {
    var worst: Slice?
    for slice in slices where slice.negatives >= minimumNegatives {
        if let current = worst {
            if slice.falsePositiveRate > current.falsePositiveRate
                || (slice.falsePositiveRate == current.falsePositiveRate && slice.key < current.key) {
                worst = slice
            }
        } else {
            worst = slice
        }
    }
    return worst
}
