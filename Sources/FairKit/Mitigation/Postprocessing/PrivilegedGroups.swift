/// AIF360's two-group view of a sensitive column for its post-processors: rows whose value is one
/// of `privilegedValues` are privileged, every other row unprivileged.
struct PrivilegedGroups {
    /// Per row: privileged or not.
    let isPrivileged: [Bool]

    /// Splits `sensitive` (any rows: predicting on one row is fine).
    init(_ sensitive: SensitiveFeature, privilegedValues: [String]) {
        let privilegedLevel = sensitive.levels.map(privilegedValues.contains)
        isPrivileged = sensitive.codes.map { privilegedLevel[Int($0)] }
    }

    /// Checks and splits a post-processor's training rows: labels 0/1 and finite scores, one per
    /// row; both groups must have rows, and both labels must occur in each group (the
    /// post-processors divide by each group's positives and negatives).
    init(training sensitive: SensitiveFeature, privilegedValues: [String], labels: [Int], scores: [Double]) throws {
        _ = try MitigationInput.rows(labels: labels, sensitive: sensitive)
        try MitigationInput.scores(scores, rows: labels.count)
        self.init(sensitive, privilegedValues: privilegedValues)
        for privileged in [true, false] {
            let name = privileged ? "privileged (\(privilegedValues.joined(separator: ", ")))" : "unprivileged"
            let rows = isPrivileged.indices.filter { isPrivileged[$0] == privileged }
            guard !rows.isEmpty else {
                throw MitigationError.singleGroup(feature: sensitive.name, value: privileged ? "unprivileged values only" : "privileged values only")
            }
            let positives = rows.filter { labels[$0] == 1 }.count
            if positives == 0 || positives == rows.count {
                throw MitigationError.singleLabelInGroup(group: name, label: positives == 0 ? 0 : 1)
            }
        }
    }
}
