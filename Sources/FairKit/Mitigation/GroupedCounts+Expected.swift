extension GroupedCounts {
    /// Expected counts per group of a randomised classifier that predicts 1 with probability pᵢ
    /// (`ConfusionCounts.init(labels:probabilities:)` per group), so every group metric and
    /// Fairlearn disparity of a mitigated model is its expected value, free of sampling noise.
    public init(labels: [Int], probabilities: [Double], groups: GroupIndex) throws {
        try groups.requireRows(labels.count, allowingExcludedRows: true)
        var members = [[Int]](repeating: [], count: groups.count)
        var outside: [Int] = []
        for (i, code) in groups.codes.enumerated() {
            if code < 0 { outside.append(i) } else { members[Int(code)].append(i) }
        }
        self.groups = groups
        self.counts = try members.map { try ConfusionCounts(labels: labels, probabilities: probabilities, rows: $0) }
        self.overall = try counts.reduce(ConfusionCounts(labels: labels, probabilities: probabilities, rows: outside), +)
    }
}
