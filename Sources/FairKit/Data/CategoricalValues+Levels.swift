extension CategoricalValues {
    /// Values from codes into any level list (unsorted, possibly with repeated levels), re-coded
    /// so the levels end up sorted and distinct, as `init(_:)` would give from the strings.
    /// Readers and relabelings build codes in order of first appearance and then call this, which
    /// costs one sort of the distinct levels instead of a sort of every value.
    init(sortingLevelsOf codes: [Int32], levels: [String]) {
        let sortedLevels = Array(Set(levels)).sorted()
        var position: [String: Int32] = [:]
        for (i, level) in sortedLevels.enumerated() { position[level] = Int32(i) }
        // Every level is in `position` by construction; the fallback cannot happen.
        let remap = levels.map { position[$0] ?? Self.missingCode }
        self.init(codes: codes.map { $0 == Self.missingCode ? $0 : remap[Int($0)] }, levels: sortedLevels)
    }

    /// The same values with every level renamed by `transform`; levels that become equal merge,
    /// and the result's levels are sorted.
    public func relabeled(_ transform: (String) throws -> String) rethrows -> CategoricalValues {
        CategoricalValues(sortingLevelsOf: codes, levels: try levels.map(transform))
    }

    /// How many rows hold each level, in level order (missing values are not counted).
    public var levelCounts: [Int] {
        var counts = [Int](repeating: 0, count: levels.count)
        for code in codes where code != Self.missingCode { counts[Int(code)] += 1 }
        return counts
    }
}
