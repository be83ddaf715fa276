extension FairnessAudit {
    /// A protected column of a table and how its values become groups.
    ///
    /// Categories and flags are groups as they are. A numeric column is taken value by value only
    /// when it has at most `maxNumericGroups` distinct values (a 0/1 or 1-5 code); otherwise it
    /// needs `bins` (ranges, e.g. age 18-25, 26-40, 41 or over) or a `split` at a threshold (age
    /// over 25 against 25 or under), since every distinct age as its own group would leave groups
    /// too small to judge. A missing value is a group of its own, `(missing)`, in every case.
    public struct ProtectedColumn: Sendable, Equatable {
        /// How the column's values become groups.
        public enum Grouping: Sendable, Equatable {
            /// Each value is a group.
            case values
            /// Each numeric range is a group; every value must fall in exactly one range.
            case bins([NumericBin])
            /// Two groups either side of a threshold; the side where the comparison holds is the
            /// privileged one for AIF360's comparisons.
            case split(NumericSplit)
        }

        /// A numeric column with at most this many distinct values is taken value by value: 10.
        public static let maxNumericGroups = 10

        /// The column.
        public var name: String
        /// How its values become groups.
        public var grouping: Grouping

        /// The column `name`, grouped by `grouping`.
        public init(_ name: String, grouping: Grouping = .values) {
            self.name = name
            self.grouping = grouping
        }

        /// The column of `table` as a sensitive feature. Bins are not checked for rows here: the
        /// caller tells an empty bin apart from one emptied by dropping rows.
        func feature(in table: Table) throws -> SensitiveFeature {
            let column = try table.column(name)
            switch grouping {
            case .values:
                if case .numeric(let numbers) = column.values {
                    let distinct = Set(numbers.compactMap { $0 }).count
                    if distinct > Self.maxNumericGroups {
                        throw FairnessAuditError.numericColumnNeedsGrouping(column: name, distinctValues: distinct)
                    }
                }
                return SensitiveFeature(column)
            case .bins(let bins):
                return SensitiveFeature(name: name, values: try Self.binNames(of: column, bins))
            case .split(let split):
                let numbers = try Self.numbers(of: column)
                return SensitiveFeature(name: name, values: numbers.map { x in
                    x.map { split.holds($0) ? split.privilegedName : split.otherName }
                })
            }
        }

        /// Each row's bin name (`NumericBin.name`), nil where the value is missing: the groups of
        /// a numeric `column` cut into `bins` (`learn audit --bins`, `learn datasheet --bins`). Bins
        /// that overlap, a column that is not numeric, or a value in no bin (named by its row, from
        /// 0) throw `FairnessAuditError`.
        /// Example: ages [19, 40, nil, 70] into 25 or under, 26-50, 51 or over: ["25 or under", "26-50", nil, "51 or over"].
        public static func binNames(of column: Column, _ bins: [NumericBin]) throws -> [String?] {
            try NumericBin.checkDisjoint(bins, column: column.name)
            let numbers = try Self.numbers(of: column)
            let names = bins.map(\.name)
            return try numbers.enumerated().map { row, x in
                guard let x else { return nil }
                guard let bin = bins.firstIndex(where: { $0.contains(x) }) else {
                    throw FairnessAuditError.valueOutsideBins(column: column.name, row: row, value: x, bins: names)
                }
                return names[bin]
            }
        }

        /// The group names this grouping promises: the bins' names (each must have rows).
        var declaredGroups: [String] {
            if case .bins(let bins) = grouping { return bins.map(\.name) }
            return []
        }

        private static func numbers(of column: Column) throws -> [Double?] {
            guard case .numeric(let numbers) = column.values else {
                throw FairnessAuditError.groupingNeedsNumbers(column: column.name, kind: column.kind)
            }
            return numbers
        }
    }

    /// A range of numbers, bounds included: `18...25`, `41...` (41 or over), `...17` (17 or under).
    public struct NumericBin: Sendable, Equatable {
        /// The smallest value in the bin, `nil` for no lower bound.
        public let lower: Double?
        /// The largest value in the bin, `nil` for no upper bound.
        public let upper: Double?

        /// A bin with at least one bound, the lower not above the upper.
        public init(lower: Double?, upper: Double?) throws {
            guard lower != nil || upper != nil else {
                throw FairnessAuditError.invalidArgument("a bin needs a lower bound, an upper bound, or both")
            }
            if let lower, let upper, lower > upper {
                throw FairnessAuditError.invalidArgument(
                    "the bin \(formatNumber(lower))-\(formatNumber(upper)) starts above its end; write the smaller bound first")
            }
            self.lower = lower
            self.upper = upper
        }

        /// The group's name: "18-25", "41 or over", "17 or under".
        public var name: String {
            switch (lower, upper) {
            case let (lower?, upper?):
                return lower < 0 || upper < 0 ? "\(formatNumber(lower)) to \(formatNumber(upper))" : "\(formatNumber(lower))-\(formatNumber(upper))"
            case let (lower?, nil): return "\(formatNumber(lower)) or over"
            case let (nil, upper?): return "\(formatNumber(upper)) or under"
            case (nil, nil): return "any"
            }
        }

        func contains(_ x: Double) -> Bool {
            (lower.map { x >= $0 } ?? true) && (upper.map { x <= $0 } ?? true)
        }

        /// Checks that no value falls in two bins (`FairnessAuditError.overlappingBins` names the
        /// first two that share values). Example: 18-25 and 25-40 share 25.
        public static func checkDisjoint(_ bins: [NumericBin], column: String) throws {
            let ordered = bins.sorted { ($0.lower ?? -.infinity) < ($1.lower ?? -.infinity) }
            for (a, b) in zip(ordered, ordered.dropFirst()) where (a.upper ?? .infinity) >= (b.lower ?? -.infinity) {
                throw FairnessAuditError.overlappingBins(column: column, first: a.name, second: b.name)
            }
        }
    }

    /// Two groups either side of a threshold, `age > 25`: the rows where the comparison holds
    /// ("over 25") and the others ("25 or under").
    public struct NumericSplit: Sendable, Equatable {
        /// The comparison, spelled as on a command line.
        public enum Comparison: String, Sendable, CaseIterable {
            case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="
        }

        /// x `comparison` `threshold` holds on the privileged side.
        public let comparison: Comparison
        /// The number compared with.
        public let threshold: Double

        /// The split where x `comparison` `threshold`.
        public init(_ comparison: Comparison, _ threshold: Double) {
            self.comparison = comparison
            self.threshold = threshold
        }

        /// Whether `x` is on the side where the comparison holds.
        func holds(_ x: Double) -> Bool {
            switch comparison {
            case .greater: return x > threshold
            case .greaterOrEqual: return x >= threshold
            case .less: return x < threshold
            case .lessOrEqual: return x <= threshold
            }
        }

        /// The group where the comparison holds: "over 25" for > 25.
        public var privilegedName: String { Self.names(comparison, formatNumber(threshold)).holds }
        /// The other group: "25 or under" for > 25.
        public var otherName: String { Self.names(comparison, formatNumber(threshold)).other }

        private static func names(_ comparison: Comparison, _ t: String) -> (holds: String, other: String) {
            switch comparison {
            case .greater: return ("over \(t)", "\(t) or under")
            case .greaterOrEqual: return ("\(t) or over", "under \(t)")
            case .less: return ("under \(t)", "\(t) or over")
            case .lessOrEqual: return ("\(t) or under", "over \(t)")
            }
        }
    }
}
