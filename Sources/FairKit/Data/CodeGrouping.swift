/// Rows grouped by the combination of their codes in several integer-coded variables: the one
/// grouping step behind `Table.groupIndices(by:)` and the metrics' `GroupIndex`.
///
/// Each row's codes combine into one mixed-radix key, k = (⋯(c₁ r₂ + c₂) r₃ + ⋯) rₘ + cₘ for codes
/// cⱼ in 0..<rⱼ, the first variable most significant, so that ascending keys are the combinations in
/// lexicographic order. The keys present are then numbered, through an array indexed by key when
/// the key space is small enough (the usual case: a few variables of a few levels), through a hash
/// table otherwise. When the key space would overflow an `Int`, the variables so far are first
/// renumbered by their present combinations (at most one per row), in ascending order, which keeps
/// the lexicographic order; so there is no limit on the variables or their levels.
///
/// A row with a code outside its variable's 0..<r (a missing value the caller leaves out) is in no
/// group.
///
/// Example: variables a = [1, 0, 1] (r = 2) and b = [0, 2, 0] (r = 3) give keys 3, 2, 3; ascending,
/// the groups are (0, 2) and (1, 0), and the rows' codes [1, 0, 1].
struct CodeGrouping: Sendable {
    /// One variable: a code per row, and how many codes it has.
    typealias Variable = (codes: [Int32], radix: Int)

    /// The order of the groups.
    enum Order {
        /// Lexicographic in the variables' codes, the first variable first.
        case ascending
        /// In the order of their first row.
        case firstAppearance
    }

    /// One group per row, in `0..<count`, or -1 for a row in no group.
    let codes: [Int32]
    /// Each group's code in every variable.
    let combinations: [[Int32]]

    /// How many groups.
    var count: Int { combinations.count }

    /// The combinations present in the rows, in `order`. Every variable has one code per row.
    init(_ variables: [Variable], rowCount: Int, order: Order) {
        var keys = [Int](repeating: 0, count: rowCount)
        var space = 1
        for variable in variables {
            var (product, overflow) = space.multipliedReportingOverflow(by: max(variable.radix, 1))
            if overflow {
                // At most one group per row, and codes are Int32: the product fits now.
                let renumbered = Self.numbered(keys, space: space, order: .ascending)
                keys = renumbered.codes.map(Int.init)
                space = max(renumbered.firstRows.count, 1)
                product = space &* max(variable.radix, 1)
            }
            Self.append(variable, to: &keys)
            space = product
        }
        let numbered = Self.numbered(keys, space: space, order: order)
        codes = numbered.codes
        combinations = numbered.firstRows.map { row in variables.map { $0.codes[row] } }
    }

    /// Every combination of the variables' codes, present or not, in ascending order; `nil` when
    /// there are more than `limit`.
    init?(everyCombinationOf variables: [Variable], rowCount: Int, limit: Int) {
        var space = 1
        for variable in variables {
            let (product, overflow) = space.multipliedReportingOverflow(by: variable.radix)
            guard !overflow, product <= limit else { return nil }
            space = product
        }
        var keys = [Int](repeating: 0, count: rowCount)
        for variable in variables { Self.append(variable, to: &keys) }
        codes = keys.map { Int32($0) }
        let radices = variables.map(\.radix)
        combinations = (0..<space).map { key in
            var rest = key
            var digits = [Int32](repeating: 0, count: radices.count)
            for v in radices.indices.reversed() {
                digits[v] = Int32(rest % radices[v])
                rest /= radices[v]
            }
            return digits
        }
    }

    /// The rows of each of `count` groups given each row's group (-1: none), ascending (one pass).
    static func rowsByGroup(_ codes: [Int32], count: Int) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: count)
        for (row, code) in codes.enumerated() where code >= 0 { rows[Int(code)].append(row) }
        return rows
    }

    /// keys ← keys · radix + code, or -1 where the key is -1 already or the code is out of range.
    private static func append(_ variable: Variable, to keys: inout [Int]) {
        let radix = variable.radix
        variable.codes.withUnsafeBufferPointer { codes in
            keys.withUnsafeMutableBufferPointer { keys in
                for row in keys.indices {
                    let code = Int(codes[row])
                    keys[row] = keys[row] < 0 || code < 0 || code >= radix ? -1 : keys[row] &* radix &+ code
                }
            }
        }
    }

    /// The present keys (all in 0..<space, or -1) numbered in `order`: each row's number (-1 for
    /// -1) and each number's first row.
    private static func numbered(_ keys: [Int], space: Int, order: Order) -> (codes: [Int32], firstRows: [Int]) {
        var codes = [Int32](repeating: -1, count: keys.count)
        var firstRows: [Int] = []
        if space <= max(4 * keys.count, 1 << 16) {
            var number = [Int32](repeating: -1, count: space)
            if order == .ascending {
                for key in keys where key >= 0 { number[key] = 0 }
                var next: Int32 = 0
                for key in number.indices where number[key] == 0 {
                    number[key] = next
                    next += 1
                }
                firstRows = [Int](repeating: -1, count: Int(next))
            }
            for (row, key) in keys.enumerated() where key >= 0 {
                if number[key] < 0 { number[key] = Int32(firstRows.count); firstRows.append(row) }
                let code = number[key]
                if firstRows[Int(code)] < 0 { firstRows[Int(code)] = row }
                codes[row] = code
            }
        } else {
            var number: [Int: Int32] = [:]
            if order == .ascending {
                for (i, key) in Set(keys.filter { $0 >= 0 }).sorted().enumerated() { number[key] = Int32(i) }
                firstRows = [Int](repeating: -1, count: number.count)
            }
            for (row, key) in keys.enumerated() where key >= 0 {
                let code: Int32
                if let known = number[key] {
                    code = known
                } else {
                    code = Int32(firstRows.count)
                    number[key] = code
                    firstRows.append(row)
                }
                if firstRows[Int(code)] < 0 { firstRows[Int(code)] = row }
                codes[row] = code
            }
        }
        return (codes, firstRows)
    }
}
