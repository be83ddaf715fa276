/// Which encoded features belong to which source column: a one-hot block `purpose=A43`,
/// `purpose=A40`, ... is one column, `purpose`, for a reader and for group-level explainers.
///
/// Grouped attributions are the sums of the features' attributions, which is exact for Shapley
/// values computed feature by feature only in aggregate (the group's sum still satisfies
/// efficiency); explainers that play groups as players compute each group's value directly
/// (shap's `feature_names` grouping of KernelExplainer does the same).
///
/// Example: features [age, sex=F, sex=M] with source columns [age, sex] give groups
/// age = {0}, sex = {1, 2}; attributions [0.3, −0.1, 0.2] sum by group to [0.3, 0.1].
public struct FeatureGroups: Sendable, Equatable {
    /// The group (source column) names.
    public let names: [String]
    /// For each feature, the index of its group in `names`.
    public let groupOfFeature: [Int]
    /// For each group, its features in increasing order.
    public let members: [[Int]]

    /// Groups from an explicit map; every group must hold at least one feature.
    public init(names: [String], groupOfFeature: [Int]) throws {
        var members = [[Int]](repeating: [], count: names.count)
        for (feature, group) in groupOfFeature.enumerated() {
            guard names.indices.contains(group) else {
                throw ExplainError.invalidGroups("feature \(feature) maps to group \(group), but there are \(names.count) groups")
            }
            members[group].append(feature)
        }
        if let empty = members.firstIndex(where: \.isEmpty) {
            throw ExplainError.invalidGroups("group '\(names[empty])' has no features")
        }
        self.names = names
        self.groupOfFeature = groupOfFeature
        self.members = members
    }

    /// Every feature its own group.
    public static func singletons(_ featureNames: [String]) -> FeatureGroups {
        FeatureGroups(unchecked: featureNames)
    }

    /// Groups by source column, for names as `FeatureEncoder` writes them: a feature belongs to
    /// column c when its name is c or starts with "c=". Every feature must find a column.
    public static func sourceColumns(_ columns: [String], featureNames: [String]) throws -> FeatureGroups {
        let map = try featureNames.enumerated().map { (index, name) -> Int in
            if let exact = columns.firstIndex(of: name) { return exact }
            // The longest matching prefix, so "a=b" columns nest correctly.
            let candidates = columns.indices.filter { name.hasPrefix(columns[$0] + "=") }
            guard let best = candidates.max(by: { columns[$0].count < columns[$1].count }) else {
                throw ExplainError.invalidGroups("feature '\(name)' (\(index)) belongs to none of the columns \(columns)")
            }
            return best
        }
        return try FeatureGroups(names: columns, groupOfFeature: map)
    }

    /// Sums per-feature values into per-group values.
    public func sum(_ perFeature: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: names.count)
        for (feature, value) in perFeature.enumerated() { out[groupOfFeature[feature]] += value }
        return out
    }

    private init(unchecked names: [String]) {
        self.names = names
        self.groupOfFeature = Array(names.indices)
        self.members = names.indices.map { [$0] }
    }
}
