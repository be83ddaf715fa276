/// Between-group inequality: the part of GE(α) that differences between groups explain (Speicher
/// et al. 2018, section 4), computed as AIF360 does: every individual's benefit is replaced by the
/// mean benefit of its group, then GE(α) is taken of those.
///
/// Example (AIF360's test vector, groups feat = [0,0,1,1,1,1,2,2,2,2]): benefits
/// [1,1 | 1,0,2,2 | 1,1,1,0] have group means 1, 5/4, 3/4; GE(2) of
/// [1,1,5/4,5/4,5/4,5/4,3/4,3/4,3/4,3/4] (μ = 1) is ((2 + 4·25/16 + 4·9/16)/10 - 1)/2 = 0.025.
extension InequalityIndex {
    /// Between-group GE(α) over the groups of `groups` (AIF360's
    /// `between_all_groups_generalized_entropy_index`, whose groups are the intersections of the
    /// protected attributes).
    public static func betweenGroupGeneralizedEntropy(labels: [Int], predictions: [Int], weights: [Double]? = nil,
                                                      groups: GroupIndex, alpha: Double) throws -> MetricValue {
        try groups.requireRows(labels.count)
        return try groupMeanEntropy(labels: labels, predictions: predictions, weights: weights,
                                    codes: groups.codes, groupCount: groups.count, alpha: alpha)
    }

    /// Between-group GE(α) of two groups, `privileged` and `unprivileged` (everyone else when `nil`)
    /// (AIF360's `between_group_generalized_entropy_index`). Rows in neither group are left out;
    /// AIF360 would keep them with benefit 0, which no definition of the index intends.
    public static func betweenGroupGeneralizedEntropy(labels: [Int], predictions: [Int], weights: [Double]? = nil,
                                                      features: [SensitiveFeature], privileged: ProtectedGroup,
                                                      unprivileged: ProtectedGroup? = nil, alpha: Double) throws -> MetricValue {
        try MetricInput.validate(labels: labels, predictions: predictions, weights: weights)
        let sides = try PrivilegedComparison.sides(of: features, privileged: privileged, unprivileged: unprivileged,
                                                   labelCount: labels.count)
        let rows = sides.indices.filter { sides[$0] != nil }
        return try groupMeanEntropy(labels: rows.map { labels[$0] }, predictions: rows.map { predictions[$0] },
                                    weights: weights.map { w in rows.map { w[$0] } },
                                    codes: rows.map { sides[$0] == .privileged ? 0 : 1 },
                                    groupCount: 2, alpha: alpha)
    }

    /// GE(α) of benefits replaced by their group's weighted mean.
    private static func groupMeanEntropy(labels: [Int], predictions: [Int], weights: [Double]?,
                                         codes: [Int32], groupCount: Int, alpha: Double) throws -> MetricValue {
        let b = try benefits(labels: labels, predictions: predictions)
        if let weights { try MetricInput.validate(labels: labels, weights: weights) }
        var sums = [Double](repeating: 0, count: groupCount)
        var totals = [Double](repeating: 0, count: groupCount)
        for (i, code) in codes.enumerated() {
            let w = weights?[i] ?? 1
            sums[Int(code)] += w * b[i]
            totals[Int(code)] += w
        }
        // A group of total weight 0 contributes nothing; its rows' replaced benefit is never weighed.
        let means = zip(sums, totals).map { $1 > 0 ? $0 / $1 : 0 }
        return try generalizedEntropy(codes.map { means[Int($0)] }, weights: weights, alpha: alpha)
    }
}
