/// What stops a mitigation algorithm: input it cannot work with, named so the user can fix it.
///
/// A constraint that cannot be met exactly is not an error: the algorithms return the closest
/// model they found and say so in their report (`ExponentiatedGradient.Report.constraintMet`).
public enum MitigationError: Error, Equatable, CustomStringConvertible {
    /// Two inputs that need one value per row have different lengths.
    case lengthMismatch(what: String, expected: Int, got: Int)
    /// The sensitive column holds a single value: there are no groups to compare.
    case singleGroup(feature: String, value: String)
    /// A group whose rows all carry one label (`label` is the label present).
    case singleLabelInGroup(group: String, label: Int)
    /// A group without rows of the label a constraint conditions on (e.g. no positive labels
    /// for a true-positive-rate constraint).
    case missingLabelInGroup(group: String, label: Int, constraint: String)
    /// A setting outside its allowed range.
    case invalidSetting(name: String, value: String, requirement: String)
    /// A model or post-processor used before `fit`.
    case notFitted(String)
    /// A value the algorithm cannot read (a label not 0/1, a score not finite, a weight < 0).
    case invalidValue(what: String, row: Int, value: String, requirement: String)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, expected, got):
            return "\(what) has \(got) values but there are \(expected) rows; pass one per row"
        case let .singleGroup(feature, value):
            return "the sensitive column '\(feature)' holds one value only ('\(value)'): mitigation needs at least two groups"
        case let .singleLabelInGroup(group, label):
            return "every row of group '\(group)' has label \(label): the group needs rows of both labels "
                + "(merge it with another group or drop it)"
        case let .missingLabelInGroup(group, label, constraint):
            return "group '\(group)' has no rows with label \(label), which \(constraint) needs to compute its rate "
                + "(merge the group with another, or choose a constraint that does not condition on the label)"
        case let .invalidSetting(name, value, requirement):
            return "\(name) = \(value) is not allowed: \(requirement)"
        case .notFitted(let what):
            return "\(what) is not fitted yet: call fit first"
        case let .invalidValue(what, row, value, requirement):
            return "\(what) at row \(row + 1) is \(value); \(requirement)"
        }
    }
}
