/// Calibrated equalized-odds post-processing (Pleiss, Raghavan, Wu, Kleinberg & Weinberger, "On
/// fairness and calibration", NeurIPS 2017), as AIF360 0.6.1's `CalibratedEqOddsPostprocessing`:
/// the group whose calibrated scores cost less hands a share of its rows the trivial score, its
/// base rate, until both groups' costs are equal. Calibration within groups is kept; only one
/// kind of error can be equalised.
///
/// Costs on a group's rows with scores s and labels y (base rate μ = P(y = 1)):
/// - `.falsePositiveRate`: the generalised FPR, mean of s over y = 0;
/// - `.falseNegativeRate`: the generalised FNR, mean of 1 − s over y = 1;
/// - `.weighted`: ½ · GFPR · (1 − μ) + ½ · GFNR · μ (AIF360's `weighted_cost` with both rates 1).
/// The trivial predictor (s = μ for every row) has GFPR = μ and GFNR = 1 − μ. If the unprivileged
/// cost c_u exceeds the privileged c_p, the privileged mix rate is
/// α_p = (c_u − c_p) / (trivial c_p − c_p) and α_u = 0; otherwise α_u = (c_p − c_u) / (trivial c_u − c_u).
///
/// A row's score becomes μ of its group with probability α of its group, and the label is
/// 1 when the score ≥ `threshold` (0.5): P(positive) = (1 − α)·[s ≥ t] + α·[μ ≥ t].
///
/// Worked example (FPR cost): privileged negatives scoring [0.2, 0.4] (GFPR 0.3) with base rate
/// 0.5 (trivial GFPR 0.5), unprivileged GFPR 0.4: the privileged group costs less, so
/// α_p = (0.4 − 0.3)/(0.5 − 0.3) = ½.
public struct CalibratedEqualizedOdds: ScorePostprocessor {
    /// Which error the groups must share (AIF360's `cost_constraint`).
    public enum Cost: String, Sendable, CaseIterable {
        case falsePositiveRate = "fpr"
        case falseNegativeRate = "fnr"
        case weighted = "weighted"
    }

    public struct Fitted: Sendable, Equatable {
        /// α per group: the probability a row's score is replaced by its group's base rate.
        public let privilegedMixRate: Double
        public let unprivilegedMixRate: Double
        /// μ per group on the training rows.
        public let privilegedBaseRate: Double
        public let unprivilegedBaseRate: Double
    }

    public let privilegedValues: [String]
    public let cost: Cost
    /// Scores ≥ threshold are positive (AIF360's `predict(threshold=0.5)`).
    public let threshold: Double
    public let seed: UInt64
    public internal(set) var fitted: Fitted?

    public init(privilegedValues: [String], cost: Cost = .weighted, threshold: Double = 0.5, seed: UInt64 = 0) {
        self.privilegedValues = privilegedValues
        self.cost = cost
        self.threshold = threshold
        self.seed = seed
    }

    /// Computes the mix rates from calibrated `scores` (probabilities) and true `labels`.
    public mutating func fit(scores: [Double], labels: [Int], sensitive: SensitiveFeature) throws {
        fitted = nil
        let groups = try PrivilegedGroups(training: sensitive, privilegedValues: privilegedValues, labels: labels, scores: scores)
        if let row = scores.firstIndex(where: { $0 < 0 || $0 > 1 }) {
            throw MitigationError.invalidValue(what: "score", row: row, value: "\(scores[row])",
                                               requirement: "calibrated equalized odds needs probabilities in [0, 1]")
        }
        func costs(_ privileged: Bool) -> (cost: Double, trivial: Double, baseRate: Double) {
            let rows = labels.indices.filter { groups.isPrivileged[$0] == privileged }
            let positives = rows.filter { labels[$0] == 1 }, negatives = rows.filter { labels[$0] == 0 }
            let mu = Double(positives.count) / Double(rows.count)
            let gfpr = negatives.reduce(0) { $0 + scores[$1] } / Double(negatives.count)
            let gfnr = positives.reduce(0) { $0 + 1 - scores[$1] } / Double(positives.count)
            switch cost {
            case .falsePositiveRate: return (gfpr, mu, mu)
            case .falseNegativeRate: return (gfnr, 1 - mu, mu)
            case .weighted: return (0.5 * gfpr * (1 - mu) + 0.5 * gfnr * mu, 0.5 * mu * (1 - mu) + 0.5 * (1 - mu) * mu, mu)
            }
        }
        let p = costs(true), u = costs(false)
        let unprivilegedCostsMore = u.cost > p.cost
        fitted = Fitted(privilegedMixRate: unprivilegedCostsMore ? (u.cost - p.cost) / (p.trivial - p.cost) : 0,
                        unprivilegedMixRate: unprivilegedCostsMore ? 0 : (p.cost - u.cost) / (u.trivial - u.cost),
                        privilegedBaseRate: p.baseRate, unprivilegedBaseRate: u.baseRate)
    }

    /// P(positive) = (1 − α)·[s ≥ t] + α·[μ ≥ t] with the row's group's α and μ.
    public func predictProbability(scores: [Double], sensitive: SensitiveFeature) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("CalibratedEqualizedOdds") }
        try MitigationInput.scores(scores, rows: sensitive.count)
        let groups = PrivilegedGroups(sensitive, privilegedValues: privilegedValues)
        return scores.indices.map { i in
            let (alpha, mu) = groups.isPrivileged[i] ? (fitted.privilegedMixRate, fitted.privilegedBaseRate)
                : (fitted.unprivilegedMixRate, fitted.unprivilegedBaseRate)
            return (1 - alpha) * (scores[i] >= threshold ? 1 : 0) + alpha * (mu >= threshold ? 1 : 0)
        }
    }
}
