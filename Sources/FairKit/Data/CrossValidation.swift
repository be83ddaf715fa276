/// K-fold cross-validation (scikit-learn's `KFold`): the rows are cut into k consecutive folds,
/// each fold is the test set once and the other folds are its training set.
///
/// Fold sizes: ⌊n/k⌋ rows each, and the first n mod k folds one more (12 rows in 5 folds:
/// 3, 3, 2, 2, 2). Without a seed the folds are 0..<3, 3..<6, ... as in scikit-learn; with a seed
/// the row indices are first shuffled by `SeededGenerator(seed).permutation(n)` and cut
/// in that order. Both index lists of every fold are returned ascending, as scikit-learn does.
public struct KFold: Sendable, Equatable {
    /// k, the number of folds (at least 2).
    public let folds: Int
    /// Shuffle with this seed before cutting; `nil` keeps the row order.
    public let shuffleSeed: UInt64?

    /// k folds, shuffled with `shuffleSeed` first unless it is nil.
    public init(folds: Int = 5, shuffleSeed: UInt64? = nil) {
        self.folds = folds
        self.shuffleSeed = shuffleSeed
    }

    /// The k train/test splits of `rowCount` rows.
    public func splits(rowCount: Int) throws -> [DataSplit] {
        try checkFolds(folds, rowCount: rowCount)
        var order = Array(0..<rowCount)
        if let shuffleSeed {
            var generator = SeededGenerator(seed: shuffleSeed)
            generator.shuffle(&order)
        }
        var assignment = [Int](repeating: 0, count: rowCount)
        var start = 0
        for fold in 0..<folds {
            let size = rowCount / folds + (fold < rowCount % folds ? 1 : 0)
            for i in start ..< start + size { assignment[order[i]] = fold }
            start += size
        }
        return splitsFromAssignment(assignment, folds: folds)
    }
}

/// Stratified k-fold cross-validation (scikit-learn's `StratifiedKFold`, version 0.22 onwards):
/// every fold keeps close to the class proportions of the whole.
///
/// Algorithm, as scikit-learn's:
/// 1. Classes are numbered in order of first appearance in `labels`.
/// 2. The labels sorted by that number are dealt round-robin into the k folds (fold i takes
///    positions i, i + k, i + 2k, ...); this fixes how many rows of each class each fold gets.
/// 3. For each class, the list [0, ..., 0, 1, ..., 1, ...] (fold numbers, each repeated as often
///    as that fold takes the class) is handed to the class's rows in row order; with a seed, one
///    `SeededGenerator(seed)` first shuffles each class's list, classes in the order of step 1.
/// Without a seed the folds are identical to scikit-learn's. Index lists come back ascending.
///
/// k may exceed a class's size (that class is then absent from some folds, as scikit-learn
/// allows with a warning), but not every class's size.
public struct StratifiedKFold: Sendable, Equatable {
    /// k, the number of folds (at least 2).
    public let folds: Int
    /// Shuffle each class's fold list with this seed; `nil` keeps scikit-learn's unshuffled folds.
    public let shuffleSeed: UInt64?

    /// k stratified folds, shuffled within classes with `shuffleSeed` unless it is nil.
    public init(folds: Int = 5, shuffleSeed: UInt64? = nil) {
        self.folds = folds
        self.shuffleSeed = shuffleSeed
    }

    /// The k train/test splits of the rows of `labels`.
    public func splits(labels: [Int]) throws -> [DataSplit] {
        try checkFolds(folds, rowCount: labels.count)
        var number: [Int: Int] = [:]
        let encoded = labels.map { label -> Int in
            if let k = number[label] { return k }
            number[label] = number.count
            return number.count - 1
        }
        var classSizes = [Int](repeating: 0, count: number.count)
        for k in encoded { classSizes[k] += 1 }
        guard classSizes.contains(where: { $0 >= folds }) else {
            throw DataError.invalidArgument("\(folds) folds is more than the number of rows in every class "
                + "(largest class: \(classSizes.max() ?? 0) rows); use fewer folds")
        }
        // Step 2: allocation[fold][class] from dealing the sorted labels round-robin.
        let sortedLabels = encoded.sorted()
        var allocation = [[Int]](repeating: [Int](repeating: 0, count: classSizes.count), count: folds)
        for (position, k) in sortedLabels.enumerated() { allocation[position % folds][k] += 1 }
        // Step 3.
        var generator = shuffleSeed.map { SeededGenerator(seed: $0) }
        var assignment = [Int](repeating: 0, count: labels.count)
        for k in classSizes.indices {
            var foldsForClass = (0..<folds).flatMap { fold in [Int](repeating: fold, count: allocation[fold][k]) }
            generator?.shuffle(&foldsForClass)
            var next = 0
            for (row, label) in encoded.enumerated() where label == k {
                assignment[row] = foldsForClass[next]
                next += 1
            }
        }
        return splitsFromAssignment(assignment, folds: folds)
    }
}

/// At least 2 folds, and no more folds than rows.
private func checkFolds(_ folds: Int, rowCount: Int) throws {
    guard folds >= 2 else {
        throw DataError.invalidArgument("cross-validation needs at least 2 folds, got \(folds)")
    }
    guard folds <= rowCount else {
        throw DataError.invalidArgument("\(folds) folds cannot be cut from \(rowCount) rows; use at most \(rowCount) folds")
    }
}

/// One split per fold: its rows as the test set, every other row as the training set, ascending.
private func splitsFromAssignment(_ assignment: [Int], folds: Int) -> [DataSplit] {
    (0..<folds).map { fold in
        DataSplit(train: assignment.indices.filter { assignment[$0] != fold },
                  test: assignment.indices.filter { assignment[$0] == fold })
    }
}
