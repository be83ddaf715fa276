/// Disparate impact remover (Feldman, Friedler, Moeller, Scheidegger & Venkatasubramanian,
/// "Certifying and removing disparate impact", KDD 2015), as AIF360 0.6.1's
/// `DisparateImpactRemover` runs it through BlackBoxAuditing 0.1.54's numeric `Repairer`: each
/// numeric column is moved, group by group and quantile by quantile, toward a common "median"
/// distribution, so the column no longer tells the groups apart; `repairLevel` λ in [0, 1] says
/// how far (0: unchanged, 1: full repair). Ranks within each group are kept.
///
/// Algorithm, for one column:
/// 1. the column's distinct values over all rows, sorted: the only values a repair may produce;
/// 2. per group, its own distinct values sorted; Q = the smallest number of distinct values any
///    group has; quantile q of a group holds its distinct values at positions
///    ⌊round(q·n_g/Q)⌉ ..< ⌊round((q+1)·n_g/Q)⌉ (n_g the group's distinct count, offsets summed
///    in steps of 1/Q, Python's round-half-to-even);
/// 3. the target of quantile q is the lower median (of an even count, the left middle value) of
///    the groups' lower medians of their quantile-q values;
/// 4. every row in quantile q moves from its value's position p in the sorted distinct values of
///    step 1 to position p + round((p_target − p) · λ).
///
/// Worked example: groups a = [1, 2, 3] and b = [4, 5, 6] (one row per value), λ = 1: Q = 3;
/// quantile 0 holds 1 (a) and 4 (b), whose lower median is 1, so 1 stays and 4 becomes 1; then
/// 2 and 5 → 2, 3 and 6 → 3. At λ = ½, 4 (position 3) moves round(−3 · ½) = −2 (half to even)
/// positions to 2.
public struct DisparateImpactRemover: Sendable {
    /// What the repair did to one column.
    public struct ColumnRepair: Sendable, Equatable {
        /// Q, the number of quantiles the column was cut into.
        public let quantiles: Int
        /// The rows whose value changed.
        public let changedRows: Int
        /// The mean absolute change.
        public let meanAbsoluteChange: Double
    }

    /// λ: 0 leaves the data alone, 1 repairs fully.
    public let repairLevel: Double

    public init(repairLevel: Double = 1) throws {
        guard (0...1).contains(repairLevel) else {
            throw MitigationError.invalidSetting(name: "repairLevel", value: "\(repairLevel)", requirement: "between 0 and 1")
        }
        self.repairLevel = repairLevel
    }

    /// The repaired columns (each one value per row, finite) and what changed in each. The rows'
    /// groups come from `sensitive`, which must have at least two values.
    public func repair(_ columns: [[Double]], sensitive: SensitiveFeature) throws -> (columns: [[Double]], report: [ColumnRepair]) {
        var repaired: [[Double]] = [], report: [ColumnRepair] = []
        let groups = sensitive.codes.map { Int($0) }
        let present = Set(groups).sorted()
        guard present.count >= 2 else {
            throw MitigationError.singleGroup(feature: sensitive.name, value: present.first.map { sensitive.levels[$0] } ?? "(no rows)")
        }
        for (c, column) in columns.enumerated() {
            try MitigationInput.check(count: column.count, of: "column \(c + 1)", rows: sensitive.count)
            if let row = column.firstIndex(where: { !$0.isFinite }) {
                throw MitigationError.invalidValue(what: "column \(c + 1)", row: row, value: "\(column[row])", requirement: "values must be finite")
            }
            let (values, quantiles) = repairColumn(column, groups: groups, present: present)
            let changes = zip(values, column).map { abs($0 - $1) }
            repaired.append(values)
            report.append(ColumnRepair(quantiles: quantiles, changedRows: changes.filter { $0 > 0 }.count,
                                       meanAbsoluteChange: changes.isEmpty ? 0 : changes.reduce(0, +) / Double(changes.count)))
        }
        return (repaired, report)
    }

    private func repairColumn(_ column: [Double], groups: [Int], present: [Int]) -> ([Double], Int) {
        let distinct = Array(Set(column)).sorted()
        let position = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        // Per group: its distinct values sorted, each with the rows holding it.
        var rowsByValue = [Int: [Double: [Int]]]()
        for i in column.indices { rowsByValue[groups[i], default: [:]][column[i], default: []].append(i) }
        let groupValues = present.map { g in rowsByValue[g, default: [:]].keys.sorted() }
        let quantiles = groupValues.map(\.count).min() ?? 0
        guard quantiles > 0 else { return (column, 0) }
        let unit = 1 / Double(quantiles)
        var offsets = [Double](repeating: 0, count: present.count)
        var out = column
        for _ in 0..<quantiles {
            var medians: [Double] = []
            var members: [[Int]] = []
            for (k, g) in present.enumerated() {
                let n = Double(groupValues[k].count)
                let start = Int((offsets[k] * n).rounded(.toNearestOrEven))
                let count = Int(((offsets[k] + unit) * n).rounded(.toNearestOrEven)) - start
                offsets[k] += unit
                guard count > 0 else { members.append([]); continue }
                let slice = Array(groupValues[k][start..<min(start + count, groupValues[k].count)])
                members.append(slice.flatMap { rowsByValue[g]?[$0] ?? [] })
                medians.append(Self.lowerMedian(slice))
            }
            let target = position[Self.lowerMedian(medians)] ?? 0
            for rows in members {
                for i in rows {
                    let current = position[column[i]] ?? 0
                    let move = Int((Double(target - current) * repairLevel).rounded(.toNearestOrEven))
                    out[i] = distinct[current + move]
                }
            }
        }
        return (out, quantiles)
    }

    /// The middle value of the sorted values, the left one of an even count (BlackBoxAuditing's
    /// `get_median`), so the median is always one of the values.
    static func lowerMedian(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 0 ? sorted[sorted.count / 2 - 1] : sorted[sorted.count / 2]
    }
}
