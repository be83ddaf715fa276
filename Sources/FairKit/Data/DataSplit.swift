/// The size of a test set: a fraction of the rows or a number of rows.
public enum SplitSize: Sendable, Equatable {
    /// A fraction strictly between 0 and 1; the test set gets ⌈fraction · n⌉ rows, as in
    /// scikit-learn's `train_test_split`.
    case fraction(Double)
    /// An exact number of test rows, between 1 and n - 1.
    case count(Int)
}

/// Row indices split into a training and a test part (one train/test split, or one fold of a
/// cross-validation).
///
/// Every split is driven by `SeededGenerator`, so a seed gives the same rows on every platform.
/// The row orders and sizes follow scikit-learn; the particular rows differ, since scikit-learn
/// draws from numpy's generator.
public struct DataSplit: Sendable, Equatable {
    /// Row indices of the training part.
    public let train: [Int]
    /// Row indices of the test part.
    public let test: [Int]

    /// A split from given row indices (the factories below make seeded ones).
    public init(train: [Int], test: [Int]) {
        self.train = train
        self.test = test
    }

    /// A seeded train/test split of `rowCount` rows, optionally stratified.
    ///
    /// Sizes: n_test = ⌈f·n⌉ for a fraction f (so 0.25 of 10 rows gives 3 test rows), or the count
    /// given; n_train = n - n_test. Both must be at least 1.
    ///
    /// Unstratified (scikit-learn's `ShuffleSplit`): p = `SeededGenerator(seed).permutation(n)`;
    /// the test rows are p[0 ..< n_test], the training rows p[n_test ..< n], in that order.
    ///
    /// Stratified by `labels` (scikit-learn's `StratifiedShuffleSplit`), keeping each class's share:
    /// 1. Each class c with n_c rows gets a training quota: its share n_c / n · n_train rounded
    ///    down, then the rows still missing go one each to the classes with the largest rounded-off
    ///    remainders (ties to the smaller label; scikit-learn breaks ties at random). The class's
    ///    other rows go to the test set. Example: 7 ones and 3 zeros, n_train = 7: shares 4.9 and
    ///    2.1 round down to 4 and 2; the missing row goes to the ones (remainder 0.9): train 5 + 2,
    ///    test 2 + 1.
    /// 2. For each class in ascending label order, its row indices (ascending) are shuffled with
    ///    one generator seeded by `seed`; the first quota rows go to train, the rest to test.
    /// 3. The same generator then shuffles the training rows, then the test rows.
    /// Each class needs at least 2 rows, and both sets at least one row per class.
    public static func trainTest(rowCount: Int, testSize: SplitSize, seed: UInt64,
                                 stratifyBy labels: [Int]? = nil) throws -> DataSplit {
        let (nTrain, nTest) = try sizes(rowCount: rowCount, testSize: testSize)
        var generator = SeededGenerator(seed: seed)
        guard let labels else {
            let p = generator.permutation(rowCount)
            return DataSplit(train: Array(p[nTest...]), test: Array(p[..<nTest]))
        }
        guard labels.count == rowCount else {
            throw DataError.invalidArgument("\(labels.count) labels were given to stratify \(rowCount) rows; give one per row")
        }
        let classes = rowsByClass(labels)
        if let small = classes.first(where: { $0.rows.count < 2 }) {
            throw DataError.invalidArgument("class \(small.label) has only \(small.rows.count) row; "
                + "a stratified split needs at least 2 rows in every class")
        }
        guard nTrain >= classes.count, nTest >= classes.count else {
            throw DataError.invalidArgument("a stratified split of \(classes.count) classes needs at least \(classes.count) "
                + "rows in each set, but the training set has \(nTrain) and the test set \(nTest)")
        }
        let quotas = largestRemainderQuotas(classes.map(\.rows.count), total: nTrain)
        var train: [Int] = [], test: [Int] = []
        for (c, entry) in classes.enumerated() {
            var rows = entry.rows
            generator.shuffle(&rows)
            train += rows[..<quotas[c]]
            test += rows[quotas[c]...]
        }
        generator.shuffle(&train)
        generator.shuffle(&test)
        return DataSplit(train: train, test: test)
    }

    /// (n_train, n_test) for `rowCount` rows, or an error naming the size that cannot work.
    static func sizes(rowCount n: Int, testSize: SplitSize) throws -> (train: Int, test: Int) {
        let nTest: Int
        switch testSize {
        case .fraction(let f):
            guard f > 0, f < 1 else {
                throw DataError.invalidArgument("test fraction \(f) must be strictly between 0 and 1")
            }
            nTest = Int((f * Double(n)).rounded(.up))
        case .count(let k):
            nTest = k
        }
        guard nTest >= 1, nTest < n else {
            throw DataError.invalidArgument("a split of \(n) rows with \(nTest) test rows leaves "
                + (nTest < 1 ? "no test rows" : "no training rows") + "; the test set needs between 1 and \(max(n - 1, 1)) rows")
        }
        return (n - nTest, nTest)
    }

    /// `draws` shared out in proportion to `counts`: ⌊count / Σcounts · draws⌋ each, then one
    /// more to the largest remainders until the total is `draws` (ties to the earlier entry).
    /// The order of operations (divide, then multiply) is scikit-learn's `_approximate_mode`.
    static func largestRemainderQuotas(_ counts: [Int], total draws: Int) -> [Int] {
        let sum = Double(counts.reduce(0, +))
        let continuous = counts.map { Double($0) / sum * Double(draws) }
        var quotas = continuous.map { Int($0.rounded(.down)) }
        let missing = draws - quotas.reduce(0, +)
        let byRemainder = continuous.indices.sorted { a, b in
            let ra = continuous[a] - Double(quotas[a]), rb = continuous[b] - Double(quotas[b])
            return ra != rb ? ra > rb : a < b
        }
        for i in byRemainder.prefix(max(missing, 0)) { quotas[i] += 1 }
        return quotas
    }

    /// Each distinct label with its rows (ascending), labels ascending.
    static func rowsByClass(_ labels: [Int]) -> [(label: Int, rows: [Int])] {
        var rows: [Int: [Int]] = [:]
        for (i, label) in labels.enumerated() { rows[label, default: []].append(i) }
        return rows.keys.sorted().map { (label: $0, rows: rows[$0] ?? []) }
    }
}

extension Table {
    /// The training and test rows of `split` as two tables.
    public func split(_ split: DataSplit) -> (train: Table, test: Table) {
        (selectingRows(split.train), selectingRows(split.test))
    }
}
