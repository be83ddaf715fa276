// Exercise 1 of module 1: a seeded train/test split.
// Read the lesson section "A seeded split" (`learn lesson seeded-split`).
// Check your work with `learn check seeded-split`; stuck? `learn hint seeded-split`.

import FairKit

/// The row indices `0..<count` in a shuffled order that depends only on `seed`.
///
/// Fisher-Yates, from the last index down, with one `SeededGenerator(seed: seed)` making every
/// draw: for each `i` from `count - 1` down to `1`, draw `j = rng.nextInt(below: i + 1)` (so
/// `0 <= j <= i`) and swap the elements at `i` and `j`. A count of zero or less gives `[]`.
func shuffledIndices(count: Int, seed: UInt64) -> [Int] {
    guard count > 0 else { return [] }
    var rng = SeededGenerator(seed: seed)
    var indices = Array(0..<count)
    for i in stride(from: count - 1, through: 1, by: -1) {
        let j = rng.nextInt(below: i + 1)
        indices.swapAt(i, j)
    }
    return indices
}

/// The two parts of a split, as row indices in shuffled order. A struct, not a tuple: graders run
/// your code in a separate process, and only Codable values can travel between the two.
struct Split: Codable, Equatable {
    /// The rows the model learns from.
    var train: [Int]
    /// The held-out rows it is measured on.
    var test: [Int]
}

/// Splits rows `0..<rowCount` into a training part and a held-out test part.
///
/// Shuffle with `shuffledIndices(count: rowCount, seed: seed)`; the test part is the first
/// `ceil(testFraction × rowCount)` indices of that order (rounded up, as scikit-learn's
/// `train_test_split` does), the training part is the rest, both in shuffled order.
/// Returns `nil` unless `0 < testFraction < 1` and `rowCount >= 0`.
func trainTestSplit(rowCount: Int, testFraction: Double, seed: UInt64) -> Split? {
    guard testFraction > 0, testFraction < 1, rowCount >= 0 else { return nil }
    let order = shuffledIndices(count: rowCount, seed: seed)
    let testCount = Int((testFraction * Double(rowCount)).rounded(.up))
    return Split(train: Array(order[testCount...]), test: Array(order[..<testCount]))
}
