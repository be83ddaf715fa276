/// AIF360's convention: one metric compared between an unprivileged and a privileged group,
/// signed, the unprivileged group first.
///
/// difference = metric(unprivileged) - metric(privileged), ratio = metric(unprivileged) /
/// metric(privileged) (AIF360 `DatasetMetric.difference` and `.ratio`). A negative difference or a
/// ratio below 1 on a favorable metric means the unprivileged group is worse off. Rows in neither
/// group count only towards the overall value, as in AIF360. Unlike AIF360, whose PPV, NPV, FDR,
/// FOR and accuracy silently become 0 when their denominator is, every undefined rate stays
/// undefined and says whose it is.
///
/// Example: privileged TP 3, FP 1, TN 3, FN 1 and unprivileged TP 1, FP 1, TN 4, FN 2 give
/// selection rates 1/2 and 1/4, so difference(selection rate) = 1/4 - 1/2 = -1/4 and
/// ratio(selection rate) = (1/4) / (1/2) = 1/2.
public struct PrivilegedComparison: Sendable {
    /// Which set of rows a value is taken over.
    public enum Side: String, Sendable, CaseIterable {
        case privileged, unprivileged, overall
    }

    /// The group definitions.
    public let privilegedGroup: ProtectedGroup
    public let unprivilegedGroup: ProtectedGroup?
    /// Weighted counts of each side.
    public let privileged: ConfusionCounts
    public let unprivileged: ConfusionCounts
    public let overall: ConfusionCounts

    /// Counts for `privileged` and `unprivileged` (everyone not privileged when `nil`) over the
    /// protected attributes `features`. The groups must not overlap (AIF360 raises too).
    public init(labels: [Int], predictions: [Int], weights: [Double]? = nil, features: [SensitiveFeature],
                privileged: ProtectedGroup, unprivileged: ProtectedGroup? = nil) throws {
        try MetricInput.validate(labels: labels, predictions: predictions, weights: weights)
        let sides = try Self.sides(of: features, privileged: privileged, unprivileged: unprivileged, labelCount: labels.count)
        let codes = sides.map { side -> Int32 in side == .privileged ? 0 : (side == .unprivileged ? 1 : 2) }
        let cells = ConfusionCounts.tally(labels: labels, predictions: predictions, weights: weights,
                                          codes: codes, cells: 3).counts
        self.privilegedGroup = privileged
        self.unprivilegedGroup = unprivileged
        self.privileged = cells[0]
        self.unprivileged = cells[1]
        self.overall = cells.reduce(.zero, +)
    }

    /// A comparison of counts already tallied (the audit's bootstrap resamples).
    init(privilegedGroup: ProtectedGroup, unprivilegedGroup: ProtectedGroup?, privileged: ConfusionCounts,
         unprivileged: ConfusionCounts, overall: ConfusionCounts) {
        self.privilegedGroup = privilegedGroup
        self.unprivilegedGroup = unprivilegedGroup
        self.privileged = privileged
        self.unprivileged = unprivileged
        self.overall = overall
    }

    /// Which side each of `labelCount` rows of `features` is on (`nil`: in neither group). The
    /// groups must not overlap.
    public static func sides(of features: [SensitiveFeature], privileged: ProtectedGroup,
                             unprivileged: ProtectedGroup? = nil, labelCount: Int) throws -> [Side?] {
        if let bad = features.first(where: { $0.count != labelCount }) {
            throw MetricError.lengthMismatch(what: "protected attribute '\(bad.name)'", expected: labelCount, got: bad.count)
        }
        let isPrivileged = try privileged.members(in: features)
        let isUnprivileged = try unprivileged?.members(in: features) ?? isPrivileged.map(!)
        return try zip(isPrivileged, isUnprivileged).enumerated().map { row, member in
            switch member {
            case (true, true):
                throw MetricError.invalidArgument(
                    "row \(row + 1) is in both the privileged group \(privileged) and the unprivileged group \(unprivileged.map(String.init(describing:)) ?? ""); the groups must not overlap")
            case (true, false): return .privileged
            case (false, true): return .unprivileged
            case (false, false): return nil
            }
        }
    }

    /// The counts of `side`.
    public func counts(_ side: Side) -> ConfusionCounts {
        switch side {
        case .privileged: return privileged
        case .unprivileged: return unprivileged
        case .overall: return overall
        }
    }

    /// `metric` over the rows of `side` (as a part of all rows, for share metrics); an undefined
    /// value says which side it belongs to.
    public func value(_ metric: GroupMetric, for side: Side) -> MetricValue {
        // The subject is only worded for an undefined value: the bootstrap evaluates this thousands of times.
        func subject() -> String {
            switch side {
            case .privileged: return "the privileged group \(privilegedGroup)"
            case .unprivileged: return "the unprivileged group " + (unprivilegedGroup.map(String.init(describing:)) ?? "(everyone not privileged)")
            case .overall: return "overall"
            }
        }
        return metric.value(of: counts(side), in: overall).attributed(to: subject(), metric: metric.displayName)
    }

    /// metric(unprivileged) - metric(privileged).
    public func difference(_ metric: GroupMetric) -> MetricValue {
        .difference(value(metric, for: .unprivileged), value(metric, for: .privileged))
    }

    /// metric(unprivileged) / metric(privileged), undefined when the privileged value is 0.
    public func ratio(_ metric: GroupMetric) -> MetricValue {
        .quotient(value(metric, for: .unprivileged), value(metric, for: .privileged),
                  "the privileged group's \(metric.displayName)")
    }
}
