/// What the Lagrangian game of the reductions needs from a constraint loaded with training data
/// (Fairlearn 0.15's `Moment`): the constraint values γ_k(h) of hard predictions, each required to
/// be ≤ its bound, and each row's cost of predicting 1 under multipliers λ.
///
/// Two kinds exist, as in Fairlearn: classification moments (`UtilityParity`) turn the game's
/// best response into a weighted classification on relabelled rows (label 1 where 2y − 1 + the
/// signed weight is positive); loss moments (`BoundedGroupLoss`) keep the labels and reweight the
/// rows by 1 + the signed weight.
protocol ReductionMoment: Sendable {
    /// The number of constraints k.
    var count: Int { get }
    /// The bound every γ_k is held to, or nil when it is the reduction's ε (the parity moments).
    var upperBound: Double? { get }
    /// Whether the best response relabels the rows (a classification moment) or keeps the labels
    /// (a loss moment).
    var relabels: Bool { get }
    /// γ_k(h) for hard predictions `h`.
    func gamma(_ h: [Int]) -> [Double]
    /// Each row's part of the cost-sensitive weight under λ (Fairlearn's `signed_weights`).
    func signedWeights(_ lambda: [Double]) -> [Double]
    /// λ moved to an equivalent point that never lowers the Lagrangian (`project_lambda`).
    func project(_ lambda: [Double]) -> [Double]
}

/// The constraint a reduction enforces: a parity constraint within ε, or every group's error
/// bounded by ζ.
public enum ReductionConstraint: Sendable, Equatable {
    case parity(ParityConstraint)
    /// Fairlearn's `BoundedGroupLoss(ZeroOneLoss(), upper_bound: ζ)`.
    case boundedGroupLoss(upperBound: Double)

    /// The name reports and the CLI use ("demographic_parity", ..., "bounded_group_loss").
    public var name: String {
        switch self {
        case .parity(let constraint): return constraint.rawValue
        case .boundedGroupLoss: return Self.boundedGroupLossName
        }
    }

    /// The name of `.boundedGroupLoss` (Fairlearn's moment, in snake case as the CLI takes it).
    public static let boundedGroupLossName = "bounded_group_loss"

}
