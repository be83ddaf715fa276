/// The groups of one or more sensitive features, assigned once: each row gets a small integer group
/// code, so every metric afterwards is a single pass over integer codes.
///
/// With several features the groups are intersectional: the combinations of values present in the
/// data (absent combinations have no rows and are not listed; Fairlearn lists them as rows of NaN,
/// which its min, max, differences and ratios then skip, so the aggregates agree). Groups are
/// ordered by their values, first feature first, as pandas' groupby orders Fairlearn's, and named
/// "sex=Female, race=Black".
public struct GroupIndex: Sendable {
    /// The features grouped over, in order.
    public let features: [SensitiveFeature]
    /// One group code per row, in `0..<count`.
    public let codes: [Int32]
    /// For each group, its level code in each feature.
    public let levelCodes: [[Int32]]

    /// Groups the rows by the combined values of `features` (at least one, all of one length).
    public init(_ features: [SensitiveFeature]) throws {
        guard let first = features.first else {
            throw MetricError.invalidArgument("grouping needs at least one sensitive feature")
        }
        if let bad = features.first(where: { $0.count != first.count }) {
            throw MetricError.lengthMismatch(what: "sensitive feature '\(bad.name)'", expected: first.count, got: bad.count)
        }
        // Mixed-radix key, first feature most significant, so key order is value order.
        var radices: [Int] = []
        var combinations = 1
        for feature in features {
            let radix = max(feature.levels.count, 1)
            let (product, overflow) = combinations.multipliedReportingOverflow(by: radix)
            if overflow {
                throw MetricError.invalidArgument(
                    "the sensitive features \(features.map(\.name).joined(separator: ", ")) have too many combinations of values to group by; group by fewer features")
            }
            radices.append(radix)
            combinations = product
        }
        var keys = [Int](repeating: 0, count: first.count)
        for (f, feature) in features.enumerated() {
            let radix = radices[f]
            feature.codes.withUnsafeBufferPointer { codes in
                for row in keys.indices { keys[row] = keys[row] &* radix &+ Int(codes[row]) }
            }
        }
        let present = Self.presentKeys(keys, combinations: combinations)
        self.features = features
        if let dense = present.dense {
            self.codes = keys.map { dense[$0] }
        } else {
            var groupOf: [Int: Int32] = [:]
            for (g, key) in present.sorted.enumerated() { groupOf[key] = Int32(g) }
            self.codes = keys.map { groupOf[$0] ?? -1 }
        }
        self.levelCodes = present.sorted.map { key in
            var rest = key
            var levels = [Int32](repeating: 0, count: radices.count)
            for f in radices.indices.reversed() {
                levels[f] = Int32(rest % radices[f])
                rest /= radices[f]
            }
            return levels
        }
    }

    /// The distinct keys in ascending order, and a key -> group table when the key space is small
    /// enough to hold as an array (the usual case: a few features of a few levels).
    private static func presentKeys(_ keys: [Int], combinations: Int) -> (sorted: [Int], dense: [Int32]?) {
        if combinations <= max(4 * keys.count, 1 << 16) {
            var table = [Int32](repeating: -1, count: combinations)
            for key in keys { table[key] = 0 }
            var sorted: [Int] = []
            for key in table.indices where table[key] == 0 {
                table[key] = Int32(sorted.count)
                sorted.append(key)
            }
            return (sorted, table)
        }
        return (Set(keys).sorted(), nil)
    }

    /// How many groups there are.
    public var count: Int { levelCodes.count }
    /// How many rows were grouped.
    public var rowCount: Int { codes.count }

    /// Checks that the groups cover `labelCount` rows, one per label.
    func requireRows(_ labelCount: Int) throws {
        if rowCount != labelCount {
            let names = features.map { "'\($0.name)'" }.joined(separator: ", ")
            throw MetricError.lengthMismatch(what: "feature \(names)", expected: labelCount, got: rowCount)
        }
    }

    /// The values of group `group`, one per feature.
    public func values(of group: Int) -> [String] {
        zip(features, levelCodes[group]).map { $0.levels[Int($1)] }
    }

    /// The name of group `group`: "sex=Female, race=Black".
    public func name(of group: Int) -> String {
        zip(features, values(of: group)).map { "\($0.name)=\($1)" }.joined(separator: ", ")
    }

    /// Every group's name, in group order.
    public var names: [String] { (0..<count).map(name(of:)) }

    /// The group called `name`: its full name ("sex=Female"), or with one feature its bare value
    /// ("Female"). An unknown name is an error listing the groups there are.
    public func group(named name: String) throws -> Int {
        let all = names
        if let g = all.firstIndex(of: name) { return g }
        if features.count == 1, let g = (0..<count).first(where: { values(of: $0)[0] == name }) { return g }
        var text = "no group '\(name)'"
        if let near = nearestName(to: name, in: all) { text += "; did you mean '\(near)'?" }
        throw MetricError.invalidArgument(text + " (groups: \(all.joined(separator: "; ")))")
    }

    /// The rows of each group, in row order (one pass).
    public func rowsByGroup() -> [[Int]] {
        var rows = [[Int]](repeating: [], count: count)
        for (row, code) in codes.enumerated() { rows[Int(code)].append(row) }
        return rows
    }
}
