/// Reweighing (Kamiran & Calders, "Data preprocessing techniques for classification without
/// discrimination", Knowledge and Information Systems 33, 2012): instance weights that make the
/// label statistically independent of the group in the weighted training data, leaving features
/// and labels untouched.
///
/// Formula, on weighted counts n (Σ of the rows' input weights): for group s and label y,
///   W(s, y) = P(s) P(y) / P(s, y) = n_s · n_y / (n · n_{s,y}),
/// and each row's new weight is its input weight times W(s, y). After reweighing, every group has
/// the overall base rate n_1 / n. AIF360's `Reweighing` computes the same for its privileged and
/// unprivileged groups (`w_p_fav = n_fav · n_p / (n · n_p_fav)`); here any number of groups.
///
/// Worked example: 10 rows, group a with labels [1, 1, 1, 0] and group b with [1, 0, 0, 0, 0, 0].
/// n = 10, n_a = 4, n_b = 6, n_1 = 4, n_0 = 6; n_{a,1} = 3, n_{a,0} = 1, n_{b,1} = 1, n_{b,0} = 5.
/// W(a, 1) = 4·4/(10·3) = 0.5333, W(a, 0) = 4·6/(10·1) = 2.4, W(b, 1) = 6·4/(10·1) = 2.4,
/// W(b, 0) = 6·6/(10·5) = 0.72. Group a's weighted base rate: 3·0.5333 / (1.6 + 2.4) = 0.4 = 4/10.
public struct Reweighing: Sendable {
    /// One (group, label) cell and its weight.
    public struct Cell: Sendable, Equatable {
        public let group: String
        public let label: Int
        /// n_{s,y}: the weighted count of rows in the cell before reweighing.
        public let count: Double
        /// W(s, y).
        public let weight: Double
    }

    /// What `fit` learned: a weight for every (group, label) cell, groups in the sensitive
    /// column's order, label 0 before 1.
    public struct Fitted: Sendable, Equatable {
        public let sensitiveFeature: String
        public let cells: [Cell]

        /// W(group, label), or nil for a group or label `fit` did not see.
        public func weight(group: String, label: Int) -> Double? {
            cells.first { $0.group == group && $0.label == label }?.weight
        }
    }

    /// The learned cell weights; nil until `fit`.
    public private(set) var fitted: Fitted?

    /// Reweighing has no settings.
    public init() {}

    /// Learns W(s, y) from `labels`, the `sensitive` column and optional input weights. Every
    /// group needs rows of both labels (otherwise it cannot be balanced, and AIF360 divides by zero).
    public mutating func fit(labels: [Int], sensitive: SensitiveFeature, sampleWeight: [Double]? = nil) throws {
        fitted = nil
        let rows = try MitigationInput.rows(labels: labels, sensitive: sensitive, sampleWeight: sampleWeight)
        let groupCount = rows.groupNames.count
        var cellCounts = [[Double]](repeating: [0, 0], count: groupCount)
        for i in 0..<rows.count { cellCounts[rows.groups[i]][rows.labels[i]] += rows.weights[i] }
        let labelCounts = [cellCounts.reduce(0) { $0 + $1[0] }, cellCounts.reduce(0) { $0 + $1[1] }]
        let total = labelCounts[0] + labelCounts[1]
        var cells: [Cell] = []
        for g in 0..<groupCount {
            let groupCount = cellCounts[g][0] + cellCounts[g][1]
            guard groupCount > 0 else { continue }
            for y in 0...1 where cellCounts[g][y] == 0 {
                throw MitigationError.singleLabelInGroup(group: rows.groupNames[g], label: 1 - y)
            }
            for y in 0...1 {
                cells.append(Cell(group: rows.groupNames[g], label: y, count: cellCounts[g][y],
                                  weight: groupCount * labelCounts[y] / (total * cellCounts[g][y])))
            }
        }
        fitted = Fitted(sensitiveFeature: sensitive.name, cells: cells)
    }

    /// The new instance weights of `labels` and `sensitive` (the training rows or others): each
    /// input weight (1 when nil) times W(group, label). A group `fit` did not see is an error.
    public func transform(labels: [Int], sensitive: SensitiveFeature, sampleWeight: [Double]? = nil) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("Reweighing") }
        try MitigationInput.check(count: sensitive.count, of: "the sensitive column '\(sensitive.name)'", rows: labels.count)
        if let sampleWeight { try MitigationInput.check(count: sampleWeight.count, of: "sample weights", rows: labels.count) }
        let used = Set(sensitive.codes)
        let byLevel = try sensitive.levels.enumerated().map { code, level -> [Double]? in
            guard used.contains(Int32(code)) else { return nil }
            guard let w0 = fitted.weight(group: level, label: 0), let w1 = fitted.weight(group: level, label: 1) else {
                throw MitigationError.invalidSetting(name: "group", value: "'\(level)'",
                                                     requirement: "Reweighing was fitted without this group; refit on data that has it")
            }
            return [w0, w1]
        }
        return try labels.indices.map { i in
            guard labels[i] == 0 || labels[i] == 1 else {
                throw MitigationError.invalidValue(what: "label", row: i, value: "\(labels[i])", requirement: "labels must be 0 or 1")
            }
            return (sampleWeight?[i] ?? 1) * (byLevel[Int(sensitive.codes[i])]?[labels[i]] ?? 1)
        }
    }
}
