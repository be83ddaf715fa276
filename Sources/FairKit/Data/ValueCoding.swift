/// A column's distinct values as small integer codes in ascending value order: what grouping
/// compares instead of cells, so that rows are grouped by integers, never by hashing values.
///
/// Values are ordered as pandas sorts them: categories by text (Swift's String order), numbers
/// ascending, false before true. NaN, which equals nothing (not even itself), is one value, after
/// every number; a table read from CSV never holds it. A missing value gets the code after the last
/// value, `missingCode`, so it sorts last: callers that keep missing values as a value of their
/// own use it as one, callers that leave them out treat it as out of range.
///
/// Example: the categories [b, nil, a, b] have values [a, b] and codes [1, 2, 0, 1].
struct ValueCoding: Sendable, Equatable {
    /// One code per row: in `0..<values.count`, or `missingCode` for a missing value.
    let codes: [Int32]
    /// The distinct values, ascending.
    let values: [CellValue]
    /// Whether some row is missing, so that `missingCode` occurs.
    let hasMissing: Bool

    /// The code of a missing value: `values.count`.
    var missingCode: Int32 { Int32(values.count) }
}

extension Column {
    /// The column's values as codes (see `ValueCoding`).
    ///
    /// - Parameter keepingUnusedLevels: whether a categorical column's levels that no row holds,
    ///   and a boolean column's false and true, are values even where no row holds them (to list
    ///   every combination of levels); otherwise only the values that occur are.
    func valueCoding(keepingUnusedLevels: Bool = false) -> ValueCoding {
        switch values {
        case .categorical(let categories):
            return Self.coding(categories, keepingUnusedLevels: keepingUnusedLevels)
        case .boolean(let flags):
            var seen = [keepingUnusedLevels, keepingUnusedLevels]
            var hasMissing = false
            for flag in flags {
                if let flag { seen[flag ? 1 : 0] = true } else { hasMissing = true }
            }
            let values = [false, true].filter { seen[$0 ? 1 : 0] }
            let code: [Int32] = seen[0] ? [0, 1] : [-1, 0]
            let missing = Int32(values.count)
            return ValueCoding(codes: flags.map { $0.map { code[$0 ? 1 : 0] } ?? missing },
                               values: values.map(CellValue.flag), hasMissing: hasMissing)
        case .numeric(let numbers):
            var distinct = ValueCoding.ascendingNumbers(numbers)
            distinct.removeAdjacentDuplicates()
            let hasNaN = numbers.contains { $0?.isNaN == true }
            let nan = Int32(distinct.count), missing = nan + (hasNaN ? 1 : 0)
            return ValueCoding(codes: ValueCoding.ranks(numbers, among: distinct, nan: nan, missing: missing),
                               values: distinct.map(CellValue.number) + (hasNaN ? [.number(.nan)] : []),
                               hasMissing: numbers.contains(nil))
        }
    }

    /// Categories re-coded so their levels are ascending and distinct (a hand-built level list may
    /// be in a code book's order, or repeat a level).
    private static func coding(_ categories: CategoricalValues, keepingUnusedLevels: Bool) -> ValueCoding {
        let levels = categories.levels
        var used = [Bool](repeating: keepingUnusedLevels, count: levels.count)
        var hasMissing = false
        for code in categories.codes {
            if code == CategoricalValues.missingCode { hasMissing = true } else { used[Int(code)] = true }
        }
        let order = levels.indices.filter { used[$0] }.sorted { levels[$0] < levels[$1] }
        var remap = [Int32](repeating: -1, count: levels.count)
        var values: [String] = []
        for i in order {
            if values.last != levels[i] { values.append(levels[i]) }
            remap[i] = Int32(values.count - 1)
        }
        let missing = Int32(values.count)
        // Sorted, distinct, all used and none missing (a column read from CSV, usually): the codes as they are.
        let unchanged = !hasMissing && remap.indices.allSatisfy { remap[$0] == Int32($0) }
        let codes = unchanged ? categories.codes : categories.codes.map { $0 == CategoricalValues.missingCode ? missing : remap[Int($0)] }
        return ValueCoding(codes: codes, values: values.map(CellValue.category), hasMissing: hasMissing)
    }
}

extension ValueCoding {
    /// The numbers that are neither missing nor NaN, ascending, repeats kept (what quantiles need).
    static func ascendingNumbers(_ numbers: [Double?]) -> [Double] {
        var sorted: [Double] = []
        sorted.reserveCapacity(numbers.count)
        for case let x? in numbers where !x.isNaN { sorted.append(x) }
        sorted.sort()
        return sorted
    }

    /// Each number's rank among `distinct` (ascending, without repeats, holding every number that is
    /// neither missing nor NaN); `nan` for NaN and `missing` for a missing value.
    static func ranks(_ numbers: [Double?], among distinct: [Double], nan: Int32, missing: Int32) -> [Int32] {
        numbers.map { x in
            guard let x else { return missing }
            return x.isNaN ? nan : Int32(distinct.countBelow(x))
        }
    }
}

extension Array where Element == Double {
    /// How many elements of this ascending array are strictly below `x` (binary search): `x`'s
    /// rank among distinct ascending values.
    func countBelow(_ x: Double) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < x { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Removes adjacent repeats, leaving an ascending array strictly ascending.
    mutating func removeAdjacentDuplicates() {
        var kept = 0
        for i in indices where i == 0 || self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
