/// A variable as small integer codes, one per row (negative for a missing value): what a
/// contingency table crosses.
///
/// Categorical columns keep their codes; booleans are 0 (false) and 1 (true). A numeric column
/// is coded by its distinct values when it has at most `numericBins` of them (a count such as
/// "number of credits" is a category), and otherwise by equal-frequency (quantile) bins: the
/// edges e₀ ≤ ⋯ ≤ e_b are the quantiles at 0, 1/b, ..., 1 of the non-missing values (linear
/// interpolation, numpy's default), and the bins are (eₖ, eₖ₊₁], the first including e₀, as pandas'
/// `qcut(x, b, labels=False, duplicates="drop")`. Equal-frequency bins keep every bin populated
/// whatever the skew, where equal-width bins leave income-like columns with one crowded bin.
///
/// One departure from qcut: a value at which two or more edges coincide fills at least a whole
/// bin's share of rows, and qcut's merging of repeated edges would lump it with its neighbours
/// (Adult's capital-gain is 0 in 92% of rows: every decile edge but the last is 0, and qcut leaves
/// a single bin, hiding everything). Such a value becomes a bin of its own, {v}, and the values
/// between it and the next edges form the bins beside it. Without repeated edges the bins are
/// exactly qcut's.
///
/// Example: [1, 2, 3, 4, 5, 6] with 2 bins: edges 1, 3.5, 6, so codes [0, 0, 0, 1, 1, 1] (as
/// bins, whatever the numbers); [0, 0, 0, 0, 5, 9] with 2 bins: edges 0, 0, 9, so 0 is a bin of
/// its own and (0, 9] the other.
///
/// Not a `SensitiveFeature`, though both are a column as integer codes: a sensitive feature is a
/// grouping attribute, every distinct value a named level that reports show and groups are named
/// by, a missing value a level of its own (or its row left out of every group); a coded column is
/// one side of a contingency table, any feature at all, whose numbers with many values fall into
/// unnamed quantile bins (a sensitive feature would make each distinct census weight of Adult a
/// group), whose missing values are excluded pair by pair, and whose code order means nothing. A
/// `GroupIndex`'s groups enter a contingency table as a coded column (`GroupIndex.codedColumn`),
/// and the coding of numbers with few values, by rank among them, is `ValueCoding`'s, the one
/// sensitive features and `Table.groupIndices` use.
struct CodedColumn: Sendable {
    /// What the codes stand for, as reasons and notes name it.
    let name: String
    /// One code per row, in 0..<levelCount, or -1 for a missing value.
    let codes: [Int32]
    /// How many codes there can be (some may not occur).
    let levelCount: Int
    /// Whether numeric values were put into quantile bins (rather than coded one per value).
    let binned: Bool

    init(name: String, codes: [Int32], levelCount: Int, binned: Bool = false) {
        self.name = name
        self.codes = codes
        self.levelCount = levelCount
        self.binned = binned
    }

    /// The codes of `column`; numeric columns as described above.
    init(_ column: Column, numericBins: Int) {
        switch column.values {
        case .categorical(let values):
            self.init(name: column.name, codes: values.codes, levelCount: values.levels.count)
        case .boolean(let flags):
            self.init(name: column.name, codes: flags.map { $0.map { $0 ? 1 : 0 } ?? -1 }, levelCount: 2)
        case .numeric(let numbers):
            let sorted = ValueCoding.ascendingNumbers(numbers)
            var distinct = sorted
            distinct.removeAdjacentDuplicates()
            guard distinct.count > numericBins else {
                // Each value its own code: its rank among the distinct values.
                self.init(name: column.name, codes: ValueCoding.ranks(numbers, among: distinct, nan: -1, missing: -1),
                          levelCount: distinct.count)
                return
            }
            let edges = linearQuantiles(sorted: sorted, at: (0...numericBins).map { Double($0) / Double(numericBins) })
            var points = edges
            points.removeAdjacentDuplicates()
            let isMass = points.map { p in edges.lazy.filter { $0 == p }.count > 1 }
            // Code 2j is the bin {points[j]} (mass points only), code 2j - 1 the bin between
            // points[j - 1] and points[j], holding points[j] itself unless it is a mass point;
            // the lowest value, not a mass point, joins the first interval (qcut's include_lowest).
            func code(_ x: Double) -> Int32 {
                let j = points.countBelow(x)
                if j < points.count, points[j] == x {
                    if isMass[j] { return Int32(2 * j) }
                    return Int32(max(2 * j - 1, 1))
                }
                return Int32(2 * j - 1)
            }
            self.init(name: column.name, codes: numbers.map { $0.map(code) ?? -1 }, levelCount: 2 * points.count - 1,
                      binned: true)
        }
    }
}
