/// How a set of group values is reduced to one disparity, after Fairlearn's MetricFrame.
public enum DisparityMethod: String, Sendable, Codable, CaseIterable {
    /// Between the extreme groups: difference max - min, ratio min / max.
    case betweenGroups = "between_groups"
    /// Each group against the overall value: difference max over groups of |group - overall|,
    /// ratio min over groups of min(group / overall, overall / group).
    case toOverall = "to_overall"
}

/// One metric in every group, and overall: Fairlearn's `by_group`, `overall`, `group_min`,
/// `group_max`, `difference` and `ratio` for that metric.
///
/// Undefined values propagate: if any group's value is undefined, its minimum, maximum,
/// differences and ratios are undefined too, and the reason names every undefined group and why.
/// Fairlearn instead skips NaN groups in min and max (pandas' skipna), which can report a perfect
/// parity of 0 while a group the model never saw a positive of goes unmentioned.
///
/// Example (Fairlearn's selection-rate example, groups a, b, c with selection rates 3/4, 1/2, 1/2
/// and overall 5/9): difference between groups 3/4 - 1/2 = 1/4; ratio (1/2) / (3/4) = 2/3;
/// difference to overall |3/4 - 5/9| = 7/36; ratio to overall min(5/9 ÷ 3/4, 1/2 ÷ 5/9) = 20/27.
public struct GroupValues: Sendable, Codable {
    /// The metric's id and name.
    public let metricID: String
    public let displayName: String
    /// Group names and values, in group order; an undefined value's reason names its group.
    public let groups: [String]
    public let values: [MetricValue]
    /// The metric over all rows of the groups.
    public let overall: MetricValue

    private enum CodingKeys: String, CodingKey {
        case metricID = "metric_id", displayName = "display_name", groups, values, overall
    }

    /// Values of the metric `displayName` (id `metricID`) for `groups` (one value each); undefined
    /// reasons are reworded to name their group.
    init(metricID: String, displayName: String, groups: [String], values: [MetricValue], overall: MetricValue) {
        self.metricID = metricID
        self.displayName = displayName
        self.groups = groups
        self.values = zip(groups, values).map { group, value in
            value.attributed(to: "group '\(group)'", metric: displayName)
        }
        self.overall = overall.attributed(to: "overall", metric: displayName)
    }

    /// (group, value) pairs in group order.
    public var byGroup: [(group: String, value: MetricValue)] { Array(zip(groups, values)) }

    /// The groups whose value is undefined.
    public var undefinedGroups: [String] {
        zip(groups, values).filter { !$0.1.isDefined }.map(\.0)
    }

    /// The smallest group value.
    public func groupMin() -> MetricValue { definedNumbers().map { .value($0.min()!) } ?? failure("a minimum") }

    /// The largest group value.
    public func groupMax() -> MetricValue { definedNumbers().map { .value($0.max()!) } ?? failure("a maximum") }

    /// The disparity as a difference (0 is parity); see `DisparityMethod`.
    public func difference(method: DisparityMethod = .betweenGroups) -> MetricValue {
        guard let numbers = definedNumbers() else { return failure("a difference") }
        switch method {
        case .betweenGroups:
            return .value(numbers.max()! - numbers.min()!)
        case .toOverall:
            return overall.map { o in numbers.map { abs($0 - o) }.max()! }
        }
    }

    /// The disparity as a ratio at most 1 (1 is parity); see `DisparityMethod`. Ratios need
    /// non-negative values; a ratio over a zero is undefined.
    public func ratio(method: DisparityMethod = .betweenGroups) -> MetricValue {
        guard let numbers = definedNumbers() else { return failure("a ratio") }
        if let negative = zip(groups, numbers).first(where: { $0.1 < 0 }) {
            return .undefined(reason: "group '\(negative.0)' has a negative \(displayName) (\(negative.1)); ratios need values >= 0")
        }
        if method == .toOverall, let o = overall.number, o < 0 {
            return .undefined(reason: "the overall \(displayName) is negative (\(o)); ratios need values >= 0")
        }
        switch method {
        case .betweenGroups:
            return .ratio(numbers.min()!, numbers.max()!,
                          undefinedWhenZero: "every group's \(displayName) is 0, so their ratio is undefined")
        case .toOverall:
            guard let o = overall.number else { return overall }
            var worst = 1.0
            for (group, x) in zip(groups, numbers) {
                let high = max(x, o)
                if high == 0 {
                    return .undefined(reason: "group '\(group)' and the overall \(displayName) are both 0, so their ratio is undefined")
                }
                worst = min(worst, min(x, o) / high)
            }
            return .value(worst)
        }
    }

    /// The group values as numbers when every one is defined and there is at least one group.
    private func definedNumbers() -> [Double]? {
        let numbers = values.compactMap(\.number)
        return numbers.count == values.count && !numbers.isEmpty ? numbers : nil
    }

    /// Why `what` cannot be taken: no groups, or the undefined groups and their reasons.
    private func failure(_ what: String) -> MetricValue {
        if values.isEmpty { return .undefined(reason: "there are no groups, so \(what) of \(displayName) is undefined") }
        let reasons = values.compactMap(\.undefinedReason)
        return .undefined(reason: "\(what) needs every group's \(displayName): " + reasons.joined(separator: "; "))
    }
}

extension MetricValue {
    /// An undefined value's reason reworded to say whose value it is: "group 'c' has no positive
    /// labels (TP + FN = 0), so its true positive rate is undefined". Defined values pass through.
    func attributed(to subject: @autoclosure () -> String, metric: String) -> MetricValue {
        guard let reason = undefinedReason else { return self }
        let cause = reason.hasPrefix("no ") ? "\(subject()) has \(reason)" : "\(subject()): \(reason)"
        return .undefined(reason: "\(cause), so its \(metric) is undefined")
    }
}
